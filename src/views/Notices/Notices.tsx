import { dismissNotice, useAppStore } from '../../state/store';
import { selectNotices } from '../../state/selectors';

/** Messages about the run (bad link, divergence, worker trouble), each dismissible. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice ${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
        >
          <div className="notice-body">
            <strong>{n.title}</strong>
            <ul>
              {n.lines.map((line, k) => (
                <li key={k}>{line}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            aria-label={`Dismiss: ${n.title}`}
            onClick={() => dismissNotice(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
