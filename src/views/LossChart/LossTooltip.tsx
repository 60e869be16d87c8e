import type { RefObject } from 'react';
import { useRichT, type PlainTextKey } from '../shared/richText';
import { useT } from '../shared/useT';

/** The fields of the hover read-out, filled in by the chart once a frame. */
export const TOOLTIP_FIELDS = [
  'step',
  'epoch',
  'trainLoss',
  'testLoss',
  'trainAccuracy',
  'testAccuracy',
  'learningRate',
] as const;
export type TooltipField = (typeof TOOLTIP_FIELDS)[number];
export type TooltipCells = Partial<Record<TooltipField, HTMLElement | null>>;

const ROWS: { field: TooltipField; label: PlainTextKey; className: string; accuracy?: boolean }[] =
  [
    { field: 'trainLoss', label: 'loss.trainLoss', className: 'train' },
    { field: 'testLoss', label: 'loss.testLoss', className: 'test' },
    { field: 'trainAccuracy', label: 'loss.trainAccuracy', className: 'train', accuracy: true },
    { field: 'testAccuracy', label: 'loss.testAccuracy', className: 'test', accuracy: true },
    { field: 'learningRate', label: 'loss.learningRate', className: '' },
  ];

/** The box next to the crosshair: the exact numbers at the point under the pointer. */
export function LossTooltip({
  boxRef,
  cellsRef,
  classification,
}: {
  boxRef: RefObject<HTMLDivElement | null>;
  cellsRef: RefObject<TooltipCells>;
  classification: boolean;
}) {
  const t = useT();
  const rich = useRichT();
  return (
    <div className="loss-tooltip" ref={boxRef} hidden role="status" aria-live="off">
      <div className="loss-tooltip-head">
        {rich('loss.tooltipHead', {
          step: (
            <b
              ref={(el) => {
                cellsRef.current.step = el;
              }}
            />
          ),
          epoch: (
            <b
              ref={(el) => {
                cellsRef.current.epoch = el;
              }}
            />
          ),
        })}
      </div>
      <dl>
        {ROWS.filter((r) => classification || !r.accuracy).map((r) => (
          <div key={r.field} className={r.className}>
            <dt>{t(r.label)}</dt>
            <dd
              ref={(el) => {
                cellsRef.current[r.field] = el;
              }}
            />
          </div>
        ))}
      </dl>
    </div>
  );
}
