import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { decodeLink } from './config/link';
import { RunController } from './state/controller';
import { raceActions, useRaceStore } from './state/race';
import { ControllerContext } from './views/shared/controllerContext';
import { App } from './views/App/App';
import './styles.css';

const controller = new RunController();

/** Opens the run the address bar describes (the defaults when it is empty). */
function openFromLocation(): void {
  const hash = window.location.hash.replace(/^#/, '');
  const { config, problems, race } = decodeLink(hash);
  if (race !== null) raceActions.open(race);
  controller.start(config, problems);
}

openFromLocation();
// A link pasted into the address bar of an open page starts that run.
window.addEventListener('hashchange', () => {
  if (window.location.hash !== controller.link()) openFromLocation();
});

// The race lives in the same link: a change to it rewrites the address (at most once a frame).
let raceUrlPending = false;
useRaceStore.subscribe((now, before) => {
  if (now.config === before.config && now.inLink === before.inLink) return;
  if (raceUrlPending) return;
  raceUrlPending = true;
  requestAnimationFrame(() => {
    raceUrlPending = false;
    controller.refreshUrl();
  });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ControllerContext value={controller}>
      <App />
    </ControllerContext>
  </StrictMode>,
);
