import { useId, useState } from 'react';
import { withPresentation, type EmbedPanel } from '../../config/presentation';
import { useController } from '../shared/controllerContext';
import { usePresentation } from '../shared/presentation';

const CHOICES: { panel: EmbedPanel; label: string }[] = [
  { panel: 'graph', label: 'Network graph' },
  { panel: 'output', label: 'Output map' },
  { panel: 'loss', label: 'Loss curve' },
  { panel: 'inspector', label: 'Step inspector' },
  { panel: 'flow', label: 'Gradient flow' },
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
  const { hide } = usePresentation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [panels, setPanels] = useState<EmbedPanel[]>(['graph', 'loss']);
  const [size, setSize] = useState<string>('640×480');
  const url = () =>
    window.location.origin +
    window.location.pathname +
    withPresentation(controller.link(), { embed: panels, hide });
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
        Embed…
      </button>
      {open && (
        <div id={`${id}-box`} role="group" aria-label="Embed this run">
          <fieldset>
            <legend>Panels</legend>
            {CHOICES.map((c) => (
              <label key={c.panel}>
                <input
                  type="checkbox"
                  checked={panels.includes(c.panel)}
                  onChange={(e) => toggle(c.panel, e.currentTarget.checked)}
                />
                {c.label}
              </label>
            ))}
          </fieldset>
          <label>
            Frame size{' '}
            <select value={size} onChange={(e) => setSize(e.currentTarget.value)}>
              {SIZES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label htmlFor={`${id}-code`}>Snippet</label>
          <textarea
            id={`${id}-code`}
            readOnly
            rows={3}
            value={panels.length > 0 ? iframeSnippet(url(), size) : 'Tick at least one panel.'}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
