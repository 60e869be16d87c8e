/**
 * The page's first work: the run starts in its worker before the views' code (React, D3, the
 * panels) is evaluated. main.tsx imports this module first, and modules run in import order,
 * so the worker loads and trains while the rest of the page's code and its first render follow.
 */
import { decodeLink } from './config/link';
import {
  presentationText,
  splitPresentation,
  withPresentation,
  type Presentation,
} from './config/presentation';
import { pickLang } from './core/i18n';
import { languageActions, linkLang, useLanguageStore } from './state/language';
import { RunController } from './state/controller';
import { raceActions, useRaceStore } from './state/race';

// The page's embed= and hide= keys hold for its lifetime; the address bar keeps them. Its
// lang= is the language switch's: a switch rewrites it without restarting the run.
export const { presentation } = splitPresentation(window.location.hash);
export const startLang = pickLang(presentation.lang ?? undefined, navigator.languages);
languageActions.start(startLang, presentation.lang !== null);
const shownNow = (): Presentation => ({ ...presentation, lang: linkLang() });
export const controller = new RunController(undefined, (link) =>
  history.replaceState(null, '', withPresentation(link, shownNow())),
);

// <html lang> follows the interface, so screen readers and line breaking use the right rules.
document.documentElement.lang = useLanguageStore.getState().lang;
useLanguageStore.subscribe((now, before) => {
  if (now.lang === before.lang && now.inLink === before.inLink) return;
  document.documentElement.lang = now.lang;
  controller.refreshUrl();
});

/** Opens the run a link describes (the address bar's at first; the defaults when it is empty). */
function openFromLocation(address: string = window.location.hash): void {
  const { runLink, problems: shown } = splitPresentation(address);
  const { config, problems, race } = decodeLink(runLink);
  if (race !== null) raceActions.open(race);
  // A link without a version v=… may have been cut off; its address stays without one. (One
  // with its version elsewhere than at the end was written by hand: it keeps it, since the
  // version also names the maths the run computes with.)
  const hash = runLink.replace(/^#/, '');
  const cutOff = hash.length > 0 && !/(^|&)v=/.test(hash);
  controller.start(config, [...problems, ...shown], { cutOff });
}

openFromLocation();
// A link pasted into the address bar of an open page starts that run. It is read from the
// event, not from the address bar: a snapshot of the run before that arrived between the
// navigation and this event has written that run's link back into the address bar (the page
// keeps its link there), and the pasted link would be lost.
window.addEventListener('hashchange', (event) => {
  const address = new URL(event.newURL).hash;
  const next = splitPresentation(address);
  const layout = (p: Presentation): string => presentationText({ ...p, lang: null });
  if (layout(next.presentation) !== layout(presentation)) {
    history.replaceState(null, '', address);
    window.location.reload(); // another way of showing the page
    return;
  }
  // A pasted link's language is taken as it is; one without lang= keeps the page's.
  if (next.presentation.lang !== null) languageActions.setLang(next.presentation.lang);
  if (`#${next.runLink}` !== controller.link()) {
    openFromLocation(address);
  }
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
