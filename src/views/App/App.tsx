import { lazy, Suspense, useDeferredValue, useRef } from 'react';
import { useHeldByOpening } from '../../state/opening';
import { useAppStore, type AppState } from '../../state/store';
import { Controls } from '../Controls/Controls';
import { DigitsPanel } from '../Digits/DigitsPanel';
import { GradientFlow } from '../GradientFlow/GradientFlow';
import { LessonNote } from '../Lessons/LessonNote';
import { LessonsMenu } from '../Lessons/LessonsMenu';
import { useLessonRaceScroll } from '../Lessons/useLessonRaceScroll';
import { LossChart } from '../LossChart/LossChart';
import { NetworkGraph } from '../NetworkGraph/NetworkGraph';
import { Notices } from '../Notices/Notices';
import { OutputView } from '../OutputMap/OutputView';
import { ScalarGraphPanel } from '../ScalarGraph/ScalarGraphPanel';
import { StepInspector } from '../StepInspector/StepInspector';
import { lazyView } from '../shared/lazyView';
import { useShows } from '../shared/presentation';
import { useT } from '../shared/useT';
import { Transport } from '../Transport/Transport';
import { Intro } from './Intro';
import { LanguageSwitch } from './LanguageSwitch';
import { useHeaderHeight } from './useHeaderHeight';
import { WarmupBanner } from './WarmupBanner';
import './layout.css';

/** The race draws contours (d3-contour) and is not needed to train: it loads after the page. */
const RacePanel = lazy(() => import('../Race/RacePanel').then((m) => ({ default: m.RacePanel })));
/** The loss landscape draws contours too, and waits until asked: it loads after the page. */
const LandscapePanel = lazy(() =>
  import('../Landscape/LandscapePanel').then((m) => ({ default: m.LandscapePanel })),
);

/** The exports sit below the fold and are used after some training: they load after the page. */
const exportPanel = lazyView(() => import('../Exports/ExportPanel').then((m) => m.ExportPanel));

const selectInspecting = (s: AppState): boolean => s.trace !== null;
/**
 * A link that trains to a late step takes a while to open: the race and the landscape
 * (contours, d3) wait until it is there and drawn (state/opening.ts), so the page leaves the CPU
 * to training meanwhile, and they mount in a render of their own, in a transition. A short
 * opening (a lesson's few hundred steps) keeps them, and the page's layout, as they are.
 */
function useOpening(): boolean {
  return useDeferredValue(useHeldByOpening());
}

/**
 * The page: settings on the left, the graph in the middle with the step inspector and the
 * gradient flow under it, the output and the loss on the right. While a step is inspected the
 * inspector moves to the top of the right-hand column, beside the graph it highlights, so it
 * never covers the graph. Narrow windows reorder the panels with CSS (layout.css).
 */
export function App() {
  const showsLessons = useShows('lessons');
  const showsInspector = useShows('inspector');
  const inspecting = useAppStore(selectInspecting);
  const header = useRef<HTMLElement>(null);
  const t = useT();
  useHeaderHeight(header);
  const inspector = showsInspector ? (
    <section
      className={inspecting ? 'panel inspector-panel open' : 'panel inspector-panel'}
      aria-label={t('app.region.inspector')}
    >
      <StepInspector />
    </section>
  ) : null;
  return (
    <div className="app">
      <header ref={header} className="app-header">
        <h1>
          Backprop <span>Lab</span>
        </h1>
        {showsLessons && <LessonsMenu />}
        <Transport />
        <LanguageSwitch />
        {showsLessons && <LessonNote />}
      </header>
      <Notices />
      <WarmupBanner />
      <Intro />
      <main className={inspecting ? 'layout inspecting' : 'layout'} tabIndex={-1}>
        <aside className="panel controls-panel" aria-label={t('app.region.settings')}>
          <Controls />
        </aside>
        <div className="col-center">
          <section className="panel graph-panel" aria-label={t('app.region.network')}>
            <NetworkGraph />
          </section>
          {!inspecting && inspector}
          <section className="panel flow-panel" aria-label={t('app.region.flow')}>
            <GradientFlow />
          </section>
        </div>
        <div className="col-side">
          {inspecting && inspector}
          <div className="panel output-panel" aria-label={t('app.region.output')}>
            <OutputView />
          </div>
          <div className="panel loss-panel" aria-label={t('app.region.loss')}>
            <LossChart />
          </div>
        </div>
      </main>
      <DigitsPanel />
      <section className="panel wide-panel" aria-label={t('app.region.exports')}>
        <Suspense
          fallback={
            <div className="exports">
              <h2>{t('exports.title')}</h2>
              <p>{t('app.viewLoading')}</p>
            </div>
          }
        >
          <exportPanel.View />
        </Suspense>
      </section>
      <ScalarGraphPanel />
      <RaceSection />
      <LandscapeSection />
    </div>
  );
}

/** The race; a lesson variant with a race brings it into sight (useLessonRaceScroll). */
function RaceSection() {
  const box = useRef<HTMLElement>(null);
  useLessonRaceScroll(box);
  const t = useT();
  const opening = useOpening();
  const loading = <p>{t('app.raceLoading')}</p>;
  return (
    <section ref={box} className="panel wide-panel race-section" aria-label={t('app.region.race')}>
      <Suspense fallback={loading}>{opening ? loading : <RacePanel />}</Suspense>
    </section>
  );
}

function LandscapeSection() {
  const t = useT();
  const opening = useOpening();
  const loading = <p>{t('landscape.loading')}</p>;
  return (
    <section className="panel wide-panel" aria-label={t('landscape.region')}>
      <Suspense fallback={loading}>{opening ? loading : <LandscapePanel />}</Suspense>
    </section>
  );
}
