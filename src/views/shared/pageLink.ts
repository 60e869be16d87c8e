import { withPresentation, type Presentation } from '../../config/presentation';
import { linkLang } from '../../state/language';
import { usePresentation } from './presentation';

/**
 * Adds the page's presentation keys (embed=, hide=, and lang= when the link holds the
 * language) to a run's link, as the address bar shows them. `override` replaces some of them
 * (the embed snippet's panels, the full page's embed=null).
 */
export function usePageLink(): (runLink: string, override?: Partial<Presentation>) => string {
  const presentation = usePresentation();
  return (runLink, override = {}) =>
    withPresentation(runLink, { ...presentation, lang: linkLang(), ...override });
}
