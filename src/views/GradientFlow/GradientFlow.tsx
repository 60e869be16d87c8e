import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useOpenViewScroll } from '../shared/useOpenViewScroll';
import { FlowCharts } from './FlowCharts';
import { GradientCheck } from './GradientCheck';
import { LayerHistograms } from './LayerHistograms';
import { RatioCaption } from './RatioCaption';
import './GradientFlow.css';
import { selectInfo } from '../../state/selectors';
import { useT } from '../shared/useT';

/**
 * How the gradient flows back through the layers: per-layer gradient size, update size and
 * unit health over time, where vanishing and exploding gradients show at a glance; beside them
 * each layer's activations and gradients now; and a numerical check of the gradients.
 */
export function GradientFlow() {
  // The structure (layer count, activations) comes from the run; the numbers from live frames.
  const info = useAppStore(selectInfo);
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // A link that opens on this view brings it into sight when its run is ready.
  useOpenViewScroll(box, 'gradients');
  return (
    <div className="gradient-flow" ref={box}>
      <div className="view-header">
        <h2>{t('flow.title')}</h2>
      </div>
      {info === null ? (
        <p className="panel-empty">{t('flow.notReady')}</p>
      ) : (
        <>
          <RatioCaption depth={info.sizes.length - 1} />
          <div className="flow-body">
            <div className="flow-main">
              <FlowCharts info={info} />
              <GradientCheck />
            </div>
            <LayerHistograms info={info} />
          </div>
        </>
      )}
    </div>
  );
}
