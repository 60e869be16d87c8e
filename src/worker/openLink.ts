import { decodeLink } from '../config/link';
import { splitPresentation } from '../config/presentation';
import type { OpenLinkCommand, WorkerCommand } from './protocol';

/**
 * The worker's side of an early start (src/start.ts): 'open-link' becomes the `init` of run 1
 * read from the address, and the page's own first `init` of that same run, sent once its code
 * has loaded, is dropped. Any other init (another run, or the same address read otherwise)
 * passes, and starts afresh.
 */
export class OpenLinkFilter {
  /** The run started from the address, as JSON, until the page's first init. */
  private opened: string | null = null;

  /** The command the session should handle, or null for none. */
  filter(command: WorkerCommand | OpenLinkCommand): WorkerCommand | null {
    if (command.type === 'open-link') {
      try {
        const config = decodeLink(splitPresentation(command.link).runLink).config;
        this.opened = JSON.stringify(config);
        return { type: 'init', config, runId: 1 };
      } catch {
        // The page reads the address too and starts the run itself (or says why it cannot).
        return null;
      }
    }
    if (this.opened !== null && command.type === 'init') {
      const same = command.runId === 1 && JSON.stringify(command.config) === this.opened;
      this.opened = null;
      if (same) return null;
    }
    return command;
  }
}
