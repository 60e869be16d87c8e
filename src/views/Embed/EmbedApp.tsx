import { lazy, Suspense, useEffect, useRef } from 'react';
import { splitPresentation, withPresentation, type EmbedPanel } from '../../config/presentation';
import { useAppStore } from '../../state/store';
import { GradientFlow } from '../GradientFlow/GradientFlow';
import { LossChart } from '../LossChart/LossChart';
import { NetworkGraph } from '../NetworkGraph/NetworkGraph';
import { Notices } from '../Notices/Notices';
import { OutputView } from '../OutputMap/OutputView';
import { usePanelStore } from '../ScalarGraph/graphActions';
import { ScalarGraphPanel } from '../ScalarGraph/ScalarGraphPanel';
import { StepInspector } from '../StepInspector/StepInspector';
import { useController } from '../shared/controllerContext';
import { formatCount } from '../shared/format';
import { useLiveFrame } from '../shared/useLiveFrame';
import './Embed.css';

/** Each panel an embed may show, with the name its region is announced by. */
const PANELS: Partial<Record<EmbedPanel, { label: string; view: () => React.JSX.Element }>> = {
  graph: { label: 'Network', view: () => <NetworkGraph /> },
  output: { label: 'Output', view: () => <OutputView /> },
  loss: { label: 'Loss', view: () => <LossChart /> },
  inspector: { label: 'Step inspector', view: () => <StepInspector /> },
  flow: { label: 'Gradient flow', view: () => <GradientFlow /> },
  'graph-scalar': { label: 'Computational graph', view: () => <OpenScalarGraph /> },
  race: {
    label: 'Optimizer race',
    view: () => (
      <Suspense fallback={<p>Loading the optimizer race…</p>}>
        <RacePanel />
      </Suspense>
    ),
  },
  landscape: {
    label: 'Loss landscape',
    view: () => (
      <Suspense fallback={null}>
        <LandscapePanel />
      </Suspense>
    ),
  },
};

const LandscapePanel = lazy(() =>
  import('../Landscape/LandscapePanel').then((m) => ({ default: m.LandscapePanel })),
);
const RacePanel = lazy(() => import('../Race/RacePanel').then((m) => ({ default: m.RacePanel })));

/** The computational graph, opened (on the full page it starts folded). */
function OpenScalarGraph() {
  useEffect(() => {
    usePanelStore.setState({ open: true });
  }, []);
  return <ScalarGraphPanel />;
}

/**
 * The page inside an <iframe>: only the panels the link's embed= lists, a compact transport
 * bar and a link to the full lab. Panels share the width in a grid that drops to one column in
 * a narrow frame; nothing is wider than the frame.
 */
export function EmbedApp({ panels }: { panels: readonly EmbedPanel[] }) {
  const shown = panels.filter((p) => PANELS[p] !== undefined);
  return (
    <div className="embed" data-panels={shown.length}>
      <EmbedBar />
      <Notices />
      <main className="embed-panels">
        {shown.map((name) => {
          // The computational graph is a region of its own (with its own name).
          if (name === 'graph-scalar') return <OpenScalarGraph key={name} />;
          const panel = PANELS[name]!;
          return (
            <section key={name} className="panel embed-panel" aria-label={panel.label}>
              {panel.view()}
            </section>
          );
        })}
        {shown.length < panels.length && (
          <p className="embed-missing">
            Not in this version of the lab: {panels.filter((p) => !PANELS[p]).join(', ')}.
          </p>
        )}
      </main>
    </div>
  );
}

/** Play/Pause, Step, Reset, the step counter and "Open in Backprop Lab". */
function EmbedBar() {
  const controller = useController();
  const playing = useAppStore((s) => s.playing);
  const status = useAppStore((s) => s.status);
  const canTrain = status === 'ready' || status === 'diverged';
  const stepRef = useRef<HTMLOutputElement>(null);
  const openRef = useRef<HTMLAnchorElement>(null);
  useLiveFrame(() => {
    if (stepRef.current) stepRef.current.textContent = formatCount(controller.currentStepCount);
    if (openRef.current) openRef.current.href = fullPageUrl(controller.link());
  });
  return (
    <div className="embed-bar" role="toolbar" aria-label="Training controls">
      <button
        type="button"
        className="primary"
        aria-label={playing ? 'Pause' : 'Play'}
        disabled={!canTrain}
        onClick={() => controller.togglePlay()}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        aria-label="Step"
        disabled={!canTrain}
        onClick={() => controller.step(1)}
      >
        ▶❚
      </button>
      <button type="button" aria-label="Reset" onClick={() => controller.reset()}>
        ↺
      </button>
      <span className="embed-step">
        Step{' '}
        <output ref={stepRef} data-testid="step-count">
          0
        </output>
      </span>
      <a
        ref={openRef}
        className="embed-open"
        href={fullPageUrl(controller.link())}
        target="_blank"
        rel="noopener"
      >
        Open in Backprop Lab ↗
      </a>
    </div>
  );
}

/** The same run on the full page (the hide= flags kept, embed= dropped). */
function fullPageUrl(runLink: string): string {
  const { hide } = splitPresentation(window.location.hash).presentation;
  const link = withPresentation(runLink, { embed: null, hide });
  return `${window.location.origin}${window.location.pathname}${link}`;
}
