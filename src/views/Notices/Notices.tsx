import { renderMessage } from '../../core/i18n/message';
import { dismissNotice, useAppStore } from '../../state/store';
import { selectNotices } from '../../state/selectors';
import { useT } from '../shared/useT';

/** Messages about the run (bad link, divergence, worker trouble), each dismissible. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => {
        const title = renderMessage(n.title, t);
        return (
          <div
            key={n.id}
            className={`notice ${n.tone}`}
            role={n.tone === 'error' ? 'alert' : 'status'}
          >
            <div className="notice-body">
              <strong>{title}</strong>
              <ul>
                {n.lines.map((line, k) => (
                  <li key={k}>{renderMessage(line, t)}</li>
                ))}
              </ul>
            </div>
            <button
              type="button"
              aria-label={t('notice.dismiss', { title })}
              onClick={() => dismissNotice(n.id)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
