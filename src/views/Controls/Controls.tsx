import { useId } from 'react';
import { useShows } from '../shared/presentation';
import { useT } from '../shared/useT';
import { ModeNoteIds } from './context';
import { CHANGE_MODE_TEXT } from './liveness';
import { DataSection } from './sections/DataSection';
import { NetworkSection } from './sections/NetworkSection';
import { RegularizationSection } from './sections/RegularizationSection';
import { RunSection } from './sections/RunSection';
import { TrainingSection } from './sections/TrainingSection';
import './Controls.css';

/**
 * Every setting of the run. Each section reads its part of the store's config and hands a new
 * config to the controller, which applies optimizer, schedule and regularization changes live
 * and restarts the run for the rest. Nothing here reads per-step numbers, so the panel does not
 * re-render while training and a field being typed in keeps its focus.
 */
export function Controls() {
  const id = useId();
  const noteIds = { live: `${id}-live`, restart: `${id}-restart` };
  const t = useT();
  // A link's hide= takes groups of controls away (a teacher fixes what students may change).
  const shows = {
    data: useShows('data'),
    network: useShows('network'),
    training: useShows('training'),
  };
  return (
    <ModeNoteIds value={noteIds}>
      <div className="controls">
        <p className="mode-legend">
          <span className="mode-mark live" aria-hidden="true">
            {CHANGE_MODE_TEXT.live.mark}
          </span>{' '}
          {t(CHANGE_MODE_TEXT.live.short)}
          <span className="mode-mark restart" aria-hidden="true">
            {CHANGE_MODE_TEXT.restart.mark}
          </span>{' '}
          {t(CHANGE_MODE_TEXT.restart.short)}
        </p>
        <span id={noteIds.live} hidden>
          {t(CHANGE_MODE_TEXT.live.long)}
        </span>
        <span id={noteIds.restart} hidden>
          {t(CHANGE_MODE_TEXT.restart.long)}
        </span>
        {shows.data && <DataSection />}
        {shows.network && <NetworkSection />}
        {shows.training && <TrainingSection />}
        {shows.training && <RegularizationSection />}
        <RunSection />
      </div>
    </ModeNoteIds>
  );
}
