import { headerValue, layerBlock } from '../../core/snapshotReader';
import { useRef } from 'react';

import type { RunInfo } from '../../core/runInfo';
import { useLiveFrame } from '../shared/useLiveFrame';
import { ClassBars } from './ClassBars';
import { greyPixels } from './prediction';
import { SampleNav } from './SampleNav';
import { useRichT } from '../shared/richText';
import { useT } from '../shared/useT';

/**
 * For image data: the focus sample's input z⁽⁰⁾ drawn large, its true label, and the network's
 * class probabilities. The image comes from the snapshot, so it is exactly what the network saw.
 */
export function DigitView({ info }: { info: RunInfo }) {
  const t = useT();
  const rich = useRichT();
  const data = info.data;
  const side = data.imageSide;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const labelRef = useRef<HTMLElement>(null);
  const drawn = useRef<{ snapshot: Float64Array | null; sample: number }>({
    snapshot: null,
    sample: -1,
  });
  useLiveFrame((run) => {
    const snap = run.snapshot;
    const layout = run.layout;
    if (!snap || !layout) return;
    const sample = headerValue(snap, 'focusSample');
    const label = data.train.labels[sample];
    if (labelRef.current) {
      labelRef.current.textContent = `${data.classNames[label] ?? label ?? '—'}`;
    }
    // The input image does not change with training: redraw only for another sample.
    if (drawn.current.sample === sample && drawn.current.snapshot !== null) return;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || side === 0) return;
    drawn.current = { snapshot: snap, sample };
    const image = ctx.createImageData(side, side);
    greyPixels(layerBlock(layout, snap, 'activations', 0), 0, side * side, image.data);
    ctx.putImageData(image, 0, 0);
  });
  const softmax = info.activations[info.activations.length - 1] === 'softmax';
  return (
    <div className="digit-view">
      <div className="digit-body">
        <figure className="digit-figure">
          <canvas
            ref={canvasRef}
            width={side}
            height={side}
            className="digit-image"
            role="img"
            aria-label={t('output.digitImage', { side })}
          />
          <figcaption>
            {rich('output.trueLabel', { label: <b ref={labelRef}>—</b> })}
            <br />
            <span className="muted">{t('output.digitInput', { side })}</span>
          </figcaption>
        </figure>
        <ClassBars data={data} softmax={softmax} />
      </div>
      <SampleNav count={data.train.count} />
    </div>
  );
}
