import { Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useLessonState } from '../../state/lessonState';
import { useOpenViewScroll } from '../shared/useOpenViewScroll';
import { openNeuron, usePanelStore } from './graphActions';
import './ScalarGraph.css';
import { lazyView } from '../shared/lazyView';
import { useT } from '../shared/useT';

// The graphs themselves are a chunk of their own: the panel opens closed (preloaded when idle).
const body = lazyView(() => import('./ScalarGraphBody').then((m) => m.ScalarGraphBody));

/**
 * The computational graph of single numbers: an expression typed in, or one neuron of the
 * network opened from the network graph. Closed until asked for (or a link opens on it).
 */
export function ScalarGraphPanel() {
  const t = useT();
  const box = useRef<HTMLElement>(null);
  const { open, mode } = usePanelStore();
  const linkView = useAppStore((s) => s.view);
  useEffect(() => {
    if (linkView === 'graph') usePanelStore.setState({ open: true });
  }, [linkView]);
  useOpenViewScroll(box, 'graph');
  useLessonNeuron();
  // A neuron opened from the network graph brings the panel into sight.
  const neuron = usePanelStore((s) => s.neuron);
  useEffect(() => {
    if (neuron && usePanelStore.getState().mode === 'neuron')
      box.current?.scrollIntoView?.({ block: 'start' });
  }, [neuron]);
  return (
    <section ref={box} className="panel wide-panel scalar-graph" aria-label={t('scalar.title')}>
      <div className="sg-header">
        <h2>{t('scalar.title')}</h2>
        <p className="sg-muted">{t('scalar.intro')}</p>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => usePanelStore.setState({ open: !open })}
        >
          {open ? t('scalar.hide') : t('scalar.show')}
        </button>
      </div>
      {open && (
        <>
          <div className="sg-tabs" role="tablist" aria-label={t('scalar.tabs')}>
            <button
              type="button"
              role="tab"
              aria-selected={mode === 'expression'}
              onClick={() => usePanelStore.setState({ mode: 'expression' })}
            >
              {t('scalar.tab.expression')}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={mode === 'neuron'}
              onClick={() => usePanelStore.setState({ mode: 'neuron' })}
            >
              {t('scalar.tab.neuron')}
            </button>
          </div>
          <Suspense fallback={<p className="sg-muted">{t('app.viewLoading')}</p>}>
            <body.View mode={mode} />
          </Suspense>
        </>
      )}
    </section>
  );
}

/** The graph lesson's last variant opens the output neuron of its trained network. */
function useLessonNeuron(): void {
  const active = useLessonState((s) => s.active);
  const depth = useAppStore((s) => (s.info ? s.info.sizes.length - 1 : 0));
  useEffect(() => {
    if (active?.lesson.id !== 'computational-graph' || depth === 0) return;
    if (active.variant.id === 'real-neuron') openNeuron(depth, 0);
    else usePanelStore.setState({ open: true, mode: 'expression' });
  }, [active, depth]);
}
