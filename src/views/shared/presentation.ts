import { createContext, useContext } from 'react';
import { FULL_PAGE, type HideGroup, type Presentation } from '../../config/presentation';

/** The link's embed= and hide= choices, for the views that honour them. */
export const PresentationContext = createContext<Presentation>(FULL_PAGE);

export function usePresentation(): Presentation {
  return useContext(PresentationContext);
}

/** Whether a control group is on show (not listed in hide=). */
export function useShows(group: HideGroup): boolean {
  return !useContext(PresentationContext).hide.includes(group);
}
