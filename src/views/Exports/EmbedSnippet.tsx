import { useId, useState } from 'react';
import type { EmbedPanel } from '../../config/presentation';
import { useController } from '../shared/controllerContext';
import { usePageLink } from '../shared/pageLink';
import { useT, type PlainKey } from '../shared/useT';

const CHOICES: { panel: EmbedPanel; label: PlainKey }[] = [
  { panel: 'graph', label: 'exports.chart.graphLabel' },
  { panel: 'output', label: 'exports.chart.outputLabel' },
  { panel: 'loss', label: 'exports.chart.lossLabel' },
  { panel: 'inspector', label: 'app.region.inspector' },
  { panel: 'flow', label: 'app.region.flow' },
];

const SIZES = ['320×240', '640×480', '800×600', '1024×768'] as const;

/** The <iframe> snippet that embeds this run, with the chosen panels and size. */
export function iframeSnippet(url: string, size: string): string {
  const [width, height] = size.split('×');
  return `<iframe src="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="${width}" height="${height}" title="Backprop Lab" loading="lazy" style="border:0"></iframe>`;
}

/** "Embed": ticks for the panels, a size, and the snippet to paste into a page or slides. */
export function EmbedSnippet() {
  const controller = useController();
  const pageLink = usePageLink();
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [panels, setPanels] = useState<EmbedPanel[]>(['graph', 'loss']);
  const [size, setSize] = useState<string>('640×480');
  // The embedded page keeps this page's hide= and lang= (a Korean slide embeds a Korean lab).
  const url = () =>
    window.location.origin +
    window.location.pathname +
    pageLink(controller.link(), { embed: panels });
  const toggle = (panel: EmbedPanel, on: boolean): void =>
    setPanels((now) =>
      CHOICES.map((c) => c.panel).filter((p) => (p === panel ? on : now.includes(p))),
    );

  return (
    <div className="embed-snippet">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-box`}
        onClick={() => setOpen(!open)}
      >
        {t('embed.open')}
      </button>
      {open && (
        <div id={`${id}-box`} role="group" aria-label={t('embed.group')}>
          <fieldset>
            <legend>{t('embed.panels')}</legend>
            {CHOICES.map((c) => (
              <label key={c.panel}>
                <input
                  type="checkbox"
                  checked={panels.includes(c.panel)}
                  onChange={(e) => toggle(c.panel, e.currentTarget.checked)}
                />
                {t(c.label)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('embed.size')}{' '}
            <select value={size} onChange={(e) => setSize(e.currentTarget.value)}>
              {SIZES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label htmlFor={`${id}-code`}>{t('embed.snippet')}</label>
          <textarea
            id={`${id}-code`}
            readOnly
            rows={3}
            value={panels.length > 0 ? iframeSnippet(url(), size) : t('embed.nothing')}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
