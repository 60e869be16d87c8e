import { dismissNotice, useAppStore } from '../../state/store';
import { selectNotices } from '../../state/selectors';
import { useLanguageStore } from '../../state/language';
import { messageText, type Message } from '../../state/message';
import { useT } from '../shared/useT';
import { problemText } from './problemText';

/** Messages about the run (bad link, divergence, worker trouble), each dismissible. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const lang = useLanguageStore((s) => s.lang);
  const t = useT();
  if (notices.length === 0) return null;
  const say = (m: Message): string => messageText(m, lang, (problem) => problemText(problem, t));
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice ${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
        >
          <div className="notice-body">
            <strong>{say(n.title)}</strong>
            <ul>
              {n.lines.map((line, k) => (
                <li key={k}>{say(line)}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            aria-label={t('notice.dismiss', { title: say(n.title) })}
            onClick={() => dismissNotice(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
