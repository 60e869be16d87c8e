import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import type { DataView, RunInfo } from '../../core/runInfo';
import { useElementWidth } from '../shared/useElementWidth';
import { DigitView } from './DigitView';
import { LineFit } from './LineFit';
import { MapLegend } from './MapLegend';
import { coloringFor } from './palette';
import { PlaneMap } from './PlaneMap';
import { SampleTable } from './SampleTable';
import './OutputView.css';
import { selectInfo, selectShowTestData } from '../../state/selectors';
import { setShowTestData } from '../../state/actions';

const DEFAULT_WIDTH = 374;

function caption(data: DataView): string {
  switch (data.rawKind) {
    case 'plane':
      return data.task === 'regression'
        ? 'Output ŷ over (x₁, x₂) · train ● test ○'
        : 'Decision map over (x₁, x₂) · train ● test ○';
    case 'line':
      return 'Fitted curve ŷ(x) over the data · train ● test ○';
    case 'image':
      return 'The focus sample and what the network makes of it';
    case 'table':
      return 'The focus sample: inputs, target and output';
  }
}

/**
 * What the network computes on the data: a decision map over the plane, a fitted curve over a
 * line, or the focus sample with the predicted classes for images and tables.
 */
export function OutputView() {
  const info = useAppStore(selectInfo);
  const [boxRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  return (
    <div className="output-view" ref={boxRef}>
      <h2>Output</h2>
      {info ? (
        <OutputBody key={info.runId} info={info} width={width} />
      ) : (
        <p className="output-caption">Preparing the data…</p>
      )}
    </div>
  );
}

function OutputBody({ info, width }: { info: RunInfo; width: number }) {
  const data = info.data;
  const showTest = useAppStore(selectShowTestData);
  const coloring = useMemo(() => coloringFor(data), [data]);
  const drawsPoints = data.rawKind === 'plane' || data.rawKind === 'line';
  return (
    <>
      <p className="output-caption">{caption(data)}</p>
      {data.rawKind === 'plane' && <PlaneMap data={data} width={width} />}
      {data.rawKind === 'line' && <LineFit data={data} width={width} />}
      {data.rawKind === 'image' && <DigitView info={info} />}
      {data.rawKind === 'table' && <SampleTable info={info} />}
      {drawsPoints && (
        <div className="output-footer">
          {(data.rawKind === 'plane' || data.task !== 'regression') && (
            <MapLegend data={data} coloring={coloring} />
          )}
          <label className="test-toggle">
            <input
              type="checkbox"
              checked={showTest}
              disabled={data.test.count === 0}
              onChange={(e) => setShowTestData(e.target.checked)}
            />
            Show test data
          </label>
        </div>
      )}
    </>
  );
}
