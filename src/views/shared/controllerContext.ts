import { createContext, use } from 'react';
import type { RunController } from '../../state/controller';

/** The run controller, provided once at the root (tests provide one with a fake worker). */
export const ControllerContext = createContext<RunController | null>(null);

export function useController(): RunController {
  const controller = use(ControllerContext);
  if (!controller) throw new Error('useController needs a ControllerContext provider');
  return controller;
}
