import { useState } from 'react';
import { exportRun } from '../../state/exportRun';
import { live } from '../../state/live';
import { useController } from '../shared/controllerContext';
import { useT } from '../shared/useT';
import { usePageLink } from '../shared/pageLink';

export function CopyLink() {
  const controller = useController();
  const [copied, setCopied] = useState(false);
  const t = useT();
  const pageLink = usePageLink();
  const copy = async (): Promise<void> => {
    // The run's link with the page's presentation keys (hide=, lang=) as the address shows them.
    const link = pageLink(controller.link());
    const url = window.location.origin + window.location.pathname + window.location.search + link;
    window.history.replaceState(null, '', link);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard refused (insecure context or permissions): the address bar holds the link anyway.
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button
      type="button"
      className="copy-link"
      aria-label={t('transport.copyLink')}
      title={t('transport.copyLinkTitle')}
      onClick={copy}
    >
      {copied ? t('transport.copied') : t('transport.copyLink')}
    </button>
  );
}

/** Downloads the run's current weights as JSON, in the shape `npm run replay` prints. */
export function ExportButton() {
  const controller = useController();
  const t = useT();
  const download = (): void => {
    const link = window.location.origin + window.location.pathname + controller.link();
    const run = exportRun(live, link);
    if (!run) return;
    const blob = new Blob([JSON.stringify(run, null, 1)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `backprop-lab-step-${run.steps}.json`;
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button
      type="button"
      className="json-export"
      aria-label={t('transport.download')}
      title={t('transport.downloadTitle')}
      onClick={download}
    >
      ⤓ JSON
    </button>
  );
}
