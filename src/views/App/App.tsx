import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/store';
import { Controls } from '../Controls/Controls';
import { GradientFlow } from '../GradientFlow/GradientFlow';
import { LessonNote } from '../Lessons/LessonNote';
import { LessonsMenu } from '../Lessons/LessonsMenu';
import { LossChart } from '../LossChart/LossChart';
import { NetworkGraph } from '../NetworkGraph/NetworkGraph';
import { Notices } from '../Notices/Notices';
import { OutputView } from '../OutputMap/OutputView';
import { StepInspector } from '../StepInspector/StepInspector';
import { useController } from '../shared/controllerContext';
import { formatCount } from '../shared/format';
import { Transport } from '../Transport/Transport';
import { selectStatus, selectWarmup } from '../../state/selectors';

/** The race draws contours (d3-contour) and is not needed to train: it loads after the page. */
const RacePanel = lazy(() => import('../Race/RacePanel').then((m) => ({ default: m.RacePanel })));

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Backprop <span>Lab</span>
        </h1>
        <LessonsMenu />
        <Transport />
        <LessonNote />
      </header>
      <Notices />
      <WarmupBanner />
      <main className="layout">
        <aside className="panel controls-panel" aria-label="Settings">
          <Controls />
        </aside>
        <section className="panel graph-panel" aria-label="Network">
          <NetworkGraph />
        </section>
        <section className="side-panels">
          <div className="panel" aria-label="Output">
            <OutputView />
          </div>
          <div className="panel" aria-label="Loss">
            <LossChart />
          </div>
        </section>
      </main>
      <section className="panel wide-panel" aria-label="Step inspector">
        <StepInspector />
      </section>
      <section className="panel wide-panel" aria-label="Gradient flow">
        <GradientFlow />
      </section>
      <section className="panel wide-panel" aria-label="Optimizer race">
        <Suspense fallback={<p>Loading the optimizer race…</p>}>
          <RacePanel />
        </Suspense>
      </section>
    </div>
  );
}

/** Shown while a link's run trains up to the step it opens at. */
function WarmupBanner() {
  const controller = useController();
  const warmup = useAppStore(selectWarmup);
  const status = useAppStore(selectStatus);
  if (status !== 'warming-up' || !warmup) return null;
  const share = warmup.total > 0 ? warmup.done / warmup.total : 0;
  return (
    <div className="notice info" role="status">
      <div className="notice-body">
        <strong>
          Training to step {formatCount(warmup.total)} … {Math.floor(share * 100)}%
        </strong>
        <progress max={warmup.total} value={warmup.done} aria-label="Training to the link's step" />
      </div>
      <button type="button" onClick={() => controller.cancelWarmup()}>
        Stop here
      </button>
    </div>
  );
}
