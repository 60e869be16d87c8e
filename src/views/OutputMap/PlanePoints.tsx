import { memo, type MouseEvent } from 'react';
import { useT } from '../shared/useT';

interface PlanePointsProps {
  train: readonly { cx: number; cy: number }[];
  trainColors: readonly string[];
  test: readonly { cx: number; cy: number }[];
  testColors: readonly string[];
  showTest: boolean;
  radius: number;
  onPick: (index: number) => void;
}

/**
 * The data points over the map: training points filled (click one to make it the focus
 * sample), test points as rings. Rendered once per run (and when the test toggle changes).
 */
export const PlanePoints = memo(function PlanePoints({
  train,
  trainColors,
  test,
  testColors,
  showTest,
  radius,
  onPick,
}: PlanePointsProps) {
  const t = useT();
  const pick = (event: MouseEvent<SVGGElement>): void => {
    const index = (event.target as Element).getAttribute('data-index');
    if (index !== null) onPick(Number(index));
  };
  return (
    <>
      {showTest && (
        <g className="points test" aria-label={t('output.testPoints', { count: test.length })}>
          {test.map((p, i) => (
            <circle key={i} cx={p.cx} cy={p.cy} r={radius} stroke={testColors[i]} />
          ))}
        </g>
      )}
      <g
        className="points train"
        aria-label={t('output.trainPoints', { count: train.length })}
        onClick={pick}
      >
        {train.map((p, i) => (
          <circle key={i} data-index={i} cx={p.cx} cy={p.cy} r={radius} fill={trainColors[i]} />
        ))}
      </g>
    </>
  );
});
