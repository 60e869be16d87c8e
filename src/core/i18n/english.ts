/**
 * The English catalogue: the source of every key and of its parameters' names, and the text
 * shown while another language's catalogue is still on its way (it loads on demand).
 */
import { enUi } from './en/ui';
import { enGraphs } from './en/graphs';
import { enInspector } from './en/inspector';
import { enInspectorFormulas } from './en/inspectorFormulas';
import { enProblems } from './en/problems';
import { enLessons } from './en/lessons';
import { enDigits } from './en/digits';
import { enLandscape } from './en/landscape';

/** The English areas, listed for the test that no key is defined in two of them. */
export const ENGLISH_AREAS: readonly Readonly<Record<string, string>>[] = [
  enUi,
  enGraphs,
  enInspector,
  enInspectorFormulas,
  enProblems,
  enLessons,
  enDigits,
  enLandscape,
];

// One area per part of the lab, so each catalogue file stays a size one can read.
export const english = {
  ...enUi,
  ...enGraphs,
  ...enInspector,
  ...enInspectorFormulas,
  ...enProblems,
  ...enLessons,
  ...enDigits,
  ...enLandscape,
} as const;
export type English = typeof english;
