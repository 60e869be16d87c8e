import type { NumberSpec } from '../../../config/fields';
import { formatNumber } from '../../../config/numbers';

export interface SliderProps {
  spec: NumberSpec;
  value: number;
  /** The values the slider can take, increasing (e.g. 0.0001, 0.0003 … 10 on a log scale). */
  stops: readonly number[];
  onChange: (value: number) => void;
  /** Accessible name; the field's label names the number input beside it. */
  name: string;
}

/**
 * A slider over a few chosen values within the field's range — for a learning rate, steps of
 * about ×3 from 10⁻⁴ to 10 read better than any linear track. It shows the stop nearest the
 * current value (which may lie between stops, typed by hand) and announces the value itself.
 * A value beyond the stops (η = 99 from a link or typed in) becomes the slider's end, labelled
 * with it, rather than leaving the thumb at the last stop as if the rate were 10.
 */
export function Slider({ spec, value, stops, onChange, name }: SliderProps) {
  const usable = stopsReaching(
    stops.filter((stop) => stop >= spec.min && stop <= spec.max),
    value,
  );
  const index = nearestStop(usable, value);
  return (
    <span className="slider">
      <input
        type="range"
        min={0}
        max={usable.length - 1}
        step={1}
        value={index}
        aria-label={name}
        aria-valuetext={formatNumber(value)}
        onChange={(event) => {
          const stop = usable[Number(event.target.value)];
          if (stop !== undefined && stop !== value) onChange(stop);
        }}
      />
      <span className="slider-ends" aria-hidden="true">
        <span>{formatNumber(usable[0])}</span>
        <span>{formatNumber(usable[usable.length - 1])}</span>
      </span>
    </span>
  );
}

/** The stops, with `value` added at the end it lies beyond (when it does). */
export function stopsReaching(stops: readonly number[], value: number): readonly number[] {
  if (stops.length === 0 || !Number.isFinite(value)) return stops;
  if (value > stops[stops.length - 1]) return [...stops, value];
  if (value < stops[0]) return [value, ...stops];
  return stops;
}

/** Index of the stop closest to `value` on a log scale (linear when a stop is not positive). */
export function nearestStop(stops: readonly number[], value: number): number {
  const logScale = stops.every((s) => s > 0) && value > 0;
  const distance = (s: number): number =>
    logScale ? Math.abs(Math.log(s) - Math.log(value)) : Math.abs(s - value);
  let best = 0;
  for (let i = 1; i < stops.length; i++) if (distance(stops[i]) < distance(stops[best])) best = i;
  return best;
}
