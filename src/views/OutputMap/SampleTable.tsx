import { layerBlock } from '../../core/snapshotReader';
import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import type { RunInfo } from '../../core/runInfo';
import { formatValue } from '../shared/format';
import { useLiveFrame } from '../shared/useLiveFrame';
import { ClassBars } from './ClassBars';
import { classScores, topClass } from './prediction';
import { SampleNav } from './SampleNav';
import { selectFocusSample } from '../../state/selectors';
import { useT } from '../shared/useT';
import { classLabel, classNameWords } from '../shared/dataWords';
import { setText } from '../shared/setText';

/**
 * For tabular data: the focus sample's inputs and target, and the network's output for it
 * (updated once a frame), with the class scores as bars for classification.
 */
export function SampleTable({ info }: { info: RunInfo }) {
  const t = useT();
  const data = info.data;
  const focus = useAppStore(selectFocusSample);
  const outputRef = useRef<HTMLTableCellElement>(null);
  const classification = data.task !== 'regression';
  const width = data.rawSize;
  const names =
    data.inputNames.length === width
      ? data.inputNames.map((name) => classNameWords(t, name))
      : Array.from({ length: width }, (_, j) => `x${j + 1}`);
  const index = Math.min(focus, Math.max(0, data.train.count - 1));
  const inputs = Array.from({ length: width }, (_, j) => data.train.raw[index * width + j]);
  const label = data.train.labels[index];
  const targets = Array.from(
    { length: classification ? 0 : data.outputSize },
    (_, j) => data.train.rawTargets[index * data.outputSize + j],
  );
  const target = classification
    ? classLabel(t, data.classNames, label)
    : targets.map(formatValue).join(', ');

  useLiveFrame((run) => {
    const snap = run.snapshot;
    const layout = run.layout;
    if (!snap || !layout || !outputRef.current) return;
    const L = layout.sizes.length - 1;
    const outputs = layerBlock(layout, snap, 'activations', L);
    if (!classification) {
      setText(outputRef.current, Array.from(outputs, formatValue).join(', '));
      return;
    }
    const scores = classScores(data.targetEncoding, outputs);
    const top = topClass(scores);
    setText(
      outputRef.current,
      top < 0 ? '—' : `${classLabel(t, data.classNames, top)} (${scores[top].toFixed(3)})`,
    );
  });

  const softmax = info.activations[info.activations.length - 1] === 'softmax';
  return (
    <div className="sample-table">
      <table>
        <tbody>
          {names.map((name, j) => (
            <tr key={j}>
              <th scope="row">{name}</th>
              <td>{formatValue(inputs[j])}</td>
            </tr>
          ))}
          <tr className="target-row">
            <th scope="row">{t('output.target')}</th>
            <td>{target}</td>
          </tr>
          <tr className="output-row">
            <th scope="row">{classification ? t('output.predicted') : t('output.outputValue')}</th>
            <td ref={outputRef}>—</td>
          </tr>
        </tbody>
      </table>
      {classification && <ClassBars data={data} softmax={softmax} />}
      <SampleNav count={data.train.count} />
    </div>
  );
}
