import type { Texts } from '../texts';
import type { enUi } from '../en/ui';
import { koUiPage } from './ui/page';
import { koUiExports } from './ui/exports';
import { koUiChoices } from './ui/choices';
import { koUiControls } from './ui/controls';
import { koUiLessons } from './ui/lessons';

/** 화면에 보이는 말 (한국어). 키는 `../en/ui.ts`와 같아야 하며, 빠지면 컴파일 오류가 납니다. */
export const koUi: Texts<typeof enUi> = {
  ...koUiPage,
  ...koUiExports,
  ...koUiChoices,
  ...koUiControls,
  ...koUiLessons,
};
