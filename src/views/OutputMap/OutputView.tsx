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
import { selectInfo, selectShowTestData, selectStatus } from '../../state/selectors';
import { setShowTestData } from '../../state/actions';
import type { Translate } from '../../core/i18n';
import { useT } from '../shared/useT';

const DEFAULT_WIDTH = 374;

function caption(t: Translate, data: DataView): string {
  switch (data.rawKind) {
    case 'plane':
      return data.task === 'regression'
        ? t('output.caption.planeRegression')
        : t('output.caption.planeClasses');
    case 'line':
      return t('output.caption.line');
    case 'image':
      return t('output.caption.image');
    case 'table':
      return t('output.caption.table');
  }
}

/**
 * What the network computes on the data: a decision map over the plane, a fitted curve over a
 * line, or the focus sample with the predicted classes for images and tables.
 */
export function OutputView() {
  const info = useAppStore(selectInfo);
  const failed = useAppStore(selectStatus) === 'failed';
  const t = useT();
  const [boxRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  return (
    <div className="output-view" ref={boxRef}>
      <h2>{t('output.title')}</h2>
      {info ? (
        <OutputBody key={info.runId} info={info} width={width} />
      ) : (
        <p className="output-caption">{t(failed ? 'output.failed' : 'output.preparing')}</p>
      )}
    </div>
  );
}

function OutputBody({ info, width }: { info: RunInfo; width: number }) {
  const t = useT();
  const data = info.data;
  const showTest = useAppStore(selectShowTestData);
  const coloring = useMemo(() => coloringFor(data), [data]);
  const drawsPoints = data.rawKind === 'plane' || data.rawKind === 'line';
  return (
    <>
      <p className="output-caption">{caption(t, data)}</p>
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
            {t('output.showTest')}
          </label>
        </div>
      )}
    </>
  );
}
