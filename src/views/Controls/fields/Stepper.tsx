import type { ReactNode } from 'react';
import type { DynamicRange } from '../../../config/fields';
import { useT } from '../../shared/useT';

interface StepperProps {
  /** The field's accessible name, for "Decrease …" / "Increase …". */
  name: string;
  value: number;
  range: DynamicRange;
  onStep: (delta: number) => void;
  children: ReactNode;
}

/** −/+ around an input. Out of the tab order: ↑/↓ in the input do the same from the keyboard. */
export function Stepper({ name, value, range, onStep, children }: StepperProps) {
  const t = useT();
  return (
    <span className="stepper">
      <button
        type="button"
        tabIndex={-1}
        aria-label={t('controls.decrease', { name })}
        disabled={value <= range.min}
        onClick={() => onStep(-1)}
      >
        −
      </button>
      {children}
      <button
        type="button"
        tabIndex={-1}
        aria-label={t('controls.increase', { name })}
        disabled={value >= range.max}
        onClick={() => onStep(1)}
      >
        +
      </button>
    </span>
  );
}
