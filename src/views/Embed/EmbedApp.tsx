import { lazy, Suspense, useEffect, useRef } from 'react';
import type { EmbedPanel } from '../../config/presentation';
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
import { usePageLink } from '../shared/pageLink';
import { useT, type PlainKey } from '../shared/useT';
import { useKeyboardShortcuts } from '../Transport/useKeyboardShortcuts';
import './Embed.css';

/** Each panel an embed may show, with the name its region is announced by. */
const PANELS: Partial<Record<EmbedPanel, { label: PlainKey; view: () => React.JSX.Element }>> = {
  graph: { label: 'app.region.network', view: () => <NetworkGraph /> },
  output: { label: 'app.region.output', view: () => <OutputView /> },
  loss: { label: 'app.region.loss', view: () => <LossChart /> },
  inspector: { label: 'app.region.inspector', view: () => <StepInspector /> },
  flow: { label: 'app.region.flow', view: () => <GradientFlow /> },
  'graph-scalar': { label: 'app.region.scalarGraph', view: () => <OpenScalarGraph /> },
  race: { label: 'app.region.race', view: () => <RaceLoading /> },
  landscape: {
    label: 'app.region.landscape',
    view: () => (
      <Suspense fallback={null}>
        <LandscapePanel />
      </Suspense>
    ),
  },
};

function RaceLoading() {
  const t = useT();
  return (
    <Suspense fallback={<p>{t('app.raceLoading')}</p>}>
      <RacePanel />
    </Suspense>
  );
}

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
  const t = useT();
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
            <section key={name} className="panel embed-panel" aria-label={t(panel.label)}>
              {panel.view()}
            </section>
          );
        })}
        {shown.length < panels.length && (
          <p className="embed-missing">
            {t('embed.missing', { panels: panels.filter((p) => !PANELS[p]).join(', ') })}
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
  const t = useT();
  const pageLink = usePageLink();
  // The page's keys work in the frame too once it has the focus (Space, →, R, `.`, Shift+←).
  useKeyboardShortcuts(controller);
  // The same run on the full page: hide= and lang= kept, embed= dropped.
  const fullPageUrl = (runLink: string): string =>
    `${window.location.origin}${window.location.pathname}${pageLink(runLink, { embed: null })}`;
  useLiveFrame(() => {
    if (stepRef.current) stepRef.current.textContent = formatCount(controller.currentStepCount);
    if (openRef.current) openRef.current.href = fullPageUrl(controller.link());
  });
  return (
    <div className="embed-bar" role="toolbar" aria-label={t('transport.toolbar')}>
      <button
        type="button"
        className="primary"
        aria-label={playing ? t('transport.pause') : t('transport.play')}
        disabled={!canTrain}
        onClick={() => controller.togglePlay()}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        aria-label={t('transport.step')}
        disabled={!canTrain}
        onClick={() => controller.step(1)}
      >
        ▶❚
      </button>
      <button type="button" aria-label={t('transport.reset')} onClick={() => controller.reset()}>
        ↺
      </button>
      <span className="embed-step">
        {t('transport.stepCount')}{' '}
        <output ref={stepRef} data-testid="step-count" aria-live="off">
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
        {t('embed.openFull')}
      </a>
    </div>
  );
}
