import { lazy, Suspense, useRef } from 'react';
import { useAppStore, type AppState } from '../../state/store';
import { Controls } from '../Controls/Controls';
import { DigitsPanel } from '../Digits/DigitsPanel';
import { ExportPanel } from '../Exports/ExportPanel';
import { GradientFlow } from '../GradientFlow/GradientFlow';
import { LessonNote } from '../Lessons/LessonNote';
import { LessonsMenu } from '../Lessons/LessonsMenu';
import { LossChart } from '../LossChart/LossChart';
import { NetworkGraph } from '../NetworkGraph/NetworkGraph';
import { Notices } from '../Notices/Notices';
import { OutputView } from '../OutputMap/OutputView';
import { ScalarGraphPanel } from '../ScalarGraph/ScalarGraphPanel';
import { StepInspector } from '../StepInspector/StepInspector';
import { useShows } from '../shared/presentation';
import { Transport } from '../Transport/Transport';
import { Intro } from './Intro';
import { useHeaderHeight } from './useHeaderHeight';
import { WarmupBanner } from './WarmupBanner';
import './layout.css';

/** The race draws contours (d3-contour) and is not needed to train: it loads after the page. */
const RacePanel = lazy(() => import('../Race/RacePanel').then((m) => ({ default: m.RacePanel })));

const selectInspecting = (s: AppState): boolean => s.trace !== null;

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
  useHeaderHeight(header);
  const inspector = showsInspector ? (
    <section
      className={inspecting ? 'panel inspector-panel open' : 'panel inspector-panel'}
      aria-label="Step inspector"
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
        {showsLessons && <LessonNote />}
      </header>
      <Notices />
      <WarmupBanner />
      <Intro />
      <main className={inspecting ? 'layout inspecting' : 'layout'}>
        <aside className="panel controls-panel" aria-label="Settings">
          <Controls />
        </aside>
        <div className="col-center">
          <section className="panel graph-panel" aria-label="Network">
            <NetworkGraph />
          </section>
          {!inspecting && inspector}
          <section className="panel flow-panel" aria-label="Gradient flow">
            <GradientFlow />
          </section>
        </div>
        <div className="col-side">
          {inspecting && inspector}
          <div className="panel output-panel" aria-label="Output">
            <OutputView />
          </div>
          <div className="panel loss-panel" aria-label="Loss">
            <LossChart />
          </div>
        </div>
      </main>
      <DigitsPanel />
      <section className="panel wide-panel" aria-label="Exports">
        <ExportPanel />
      </section>
      <ScalarGraphPanel />
      <section className="panel wide-panel" aria-label="Optimizer race">
        <Suspense fallback={<p>Loading the optimizer race…</p>}>
          <RacePanel />
        </Suspense>
      </section>
    </div>
  );
}
