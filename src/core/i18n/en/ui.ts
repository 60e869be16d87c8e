/**
 * The page's own words in English: controls, legends, tooltips, captions, notices.
 * Keys are `area.thing`; `{name}` marks a parameter filled by `translate`. The Korean
 * catalogue (`../ko/ui.ts`) must have exactly these keys: the compiler checks it. The area is
 * kept in parts (ui/*.ts) so each file stays readable; a test checks no key is in two parts.
 */
import { enUiPage } from './ui/page';
import { enUiExports } from './ui/exports';
import { enUiChoices } from './ui/choices';
import { enUiControls } from './ui/controls';
import { enUiLessons } from './ui/lessons';

export const UI_PARTS = [enUiPage, enUiExports, enUiChoices, enUiControls, enUiLessons] as const;

export const enUi = {
  ...enUiPage,
  ...enUiExports,
  ...enUiChoices,
  ...enUiControls,
  ...enUiLessons,
} as const;
