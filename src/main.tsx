import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { decodeLink } from './config/link';
import { RunController } from './state/controller';
import { ControllerContext } from './views/shared/controllerContext';
import { App } from './views/App/App';
import './styles.css';

const controller = new RunController();

/** Opens the run the address bar describes (the defaults when it is empty). */
function openFromLocation(): void {
  const hash = window.location.hash.replace(/^#/, '');
  const { config, problems } = decodeLink(hash);
  // A link without its end marker v=… may have been cut off; its address stays without one.
  const cutOff = hash.length > 0 && !/(^|&)v=[^&]*$/.test(hash);
  controller.start(config, problems, { cutOff });
}

openFromLocation();
// A link pasted into the address bar of an open page starts that run.
window.addEventListener('hashchange', () => {
  if (window.location.hash !== controller.link()) openFromLocation();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ControllerContext value={controller}>
      <App />
    </ControllerContext>
  </StrictMode>,
);
