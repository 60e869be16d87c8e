import type { RunInfo } from '../../core/runInfo';
import { useElementWidth } from '../shared/useElementWidth';
import { ActivationHistogram } from './ActivationHistogram';
import { GradientHistogram } from './GradientHistogram';
import { HISTOGRAM_LABEL_WIDTH, histogramHeight } from './layout';
import { layerColor } from './palette';
import { useT } from '../shared/useT';
import { activationName } from '../Controls/choiceLabels';

const DEFAULT_WIDTH = 520;
const COLUMN_GAP = 12;

/**
 * Small multiples, one row per layer: the activations z over the last batch and the weight
 * gradients ∂C/∂W at the current step (the initialization explorer).
 */
export function LayerHistograms({ info }: { info: RunInfo }) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const t = useT();
  const depth = info.sizes.length - 1;
  const height = histogramHeight(depth);
  const plotWidth = Math.max(60, Math.floor((width - HISTOGRAM_LABEL_WIDTH - 2 * COLUMN_GAP) / 2));
  return (
    <div className="flow-histograms" ref={boxRef}>
      <div className="flow-histogram-row head" aria-hidden="true">
        <span />
        <span>{t('flow.hist.activations')}</span>
        <span>{t('flow.hist.gradients')}</span>
      </div>
      {info.activations.map((activation, k) => {
        const layer = k + 1;
        return (
          <div
            key={layer}
            className="flow-histogram-row"
            aria-label={t('flow.layerCapital', { layer })}
            role="group"
          >
            <span className="layer-name">
              <span
                className="swatch"
                style={{ background: layerColor(layer, depth) }}
                aria-hidden="true"
              />
              <span>
                {t('flow.layer', { layer })}
                <small>
                  {layer === depth
                    ? t('flow.hist.outputLayer', { activation: activationName(activation, t) })
                    : activationName(activation, t)}
                </small>
              </span>
            </span>
            <ActivationHistogram
              layer={layer}
              activation={activation}
              width={plotWidth}
              height={height}
            />
            <GradientHistogram
              layer={layer}
              weights={info.sizes[layer] * info.sizes[layer - 1]}
              width={plotWidth}
              height={height}
            />
          </div>
        );
      })}
    </div>
  );
}
