import { useEffect } from 'react';
import type { RunController } from '../../state/controller';
import { previousOp, stepOneOperation } from '../../state/inspector';

/**
 * Space belongs to the focused control when Space itself activates it (a button, checkbox,
 * link, summary …): Space then presses it, never plays.
 */
function spaceActivates(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'button, a[href], summary, select, input, textarea, [role="button"], [role="checkbox"], ' +
        '[role="switch"], [role="menuitem"], [role="tab"], [role="option"], [contenteditable="true"]',
    ) !== null
  );
}

/** Keys typed into a form field are the field's, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * Space plays/pauses, → steps, R resets; `.` or Shift+→ steps one operation (starting an
 * inspected step when none is open), Shift+← goes back one operation. A key a view already
 * handled (the step inspector's own ← / →) is left alone.
 */
export function useKeyboardShortcuts(controller: RunController): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.defaultPrevented) return;
      if (event.key === '.' || (event.key === 'ArrowRight' && event.shiftKey)) {
        event.preventDefault();
        stepOneOperation(controller);
      } else if (event.key === 'ArrowLeft' && event.shiftKey) {
        event.preventDefault();
        previousOp();
      } else if (event.key === ' ' || event.code === 'Space') {
        if (spaceActivates(event.target)) return;
        event.preventDefault();
        controller.togglePlay();
      } else if (event.key === 'ArrowRight') {
        event.preventDefault();
        controller.step(1);
      } else if (event.key === 'r' || event.key === 'R') {
        event.preventDefault();
        controller.reset();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller]);
}
