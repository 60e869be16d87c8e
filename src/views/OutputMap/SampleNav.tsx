import { useAppStore } from '../../state/store';
import { useController } from '../shared/controllerContext';
import { formatCount } from '../shared/format';
import { selectFocusSample } from '../../state/selectors';

/** Previous / next / random training sample as the focus (wrapping around the set). */
export function SampleNav({ count }: { count: number }) {
  const controller = useController();
  const focus = useAppStore(selectFocusSample);
  const go = (index: number): void => controller.focus(((index % count) + count) % count);
  return (
    <div className="sample-nav" role="group" aria-label="Focus sample">
      <span className="sample-index" title="The focus sample: its index in the training set">
        Sample <b>#{formatCount(focus)}</b> <span className="muted">of {formatCount(count)}</span>
      </span>
      <button
        type="button"
        aria-label="Previous sample"
        disabled={count === 0}
        onClick={() => go(focus - 1)}
      >
        ‹ Previous
      </button>
      <button
        type="button"
        aria-label="Next sample"
        disabled={count === 0}
        onClick={() => go(focus + 1)}
      >
        Next ›
      </button>
      <button
        type="button"
        aria-label="Random sample"
        disabled={count === 0}
        onClick={() => go(Math.floor(Math.random() * count))}
      >
        Random
      </button>
    </div>
  );
}
