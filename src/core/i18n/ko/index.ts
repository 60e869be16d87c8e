/**
 * 한국어 카탈로그 전체. 페이지가 한국어로 열리거나 한국어로 바뀔 때에만 불러옵니다
 * (`loadLanguage('ko')`): 영어로 여는 사람은 이 글자들을 내려받지 않습니다.
 */
import type { English } from '../english';
import type { Texts } from '../texts';
import { koUi } from './ui';
import { koGraphs } from './graphs';
import { koInspector } from './inspector';
import { koInspectorFormulas } from './inspectorFormulas';
import { koProblems } from './problems';
import { koLessons } from './lessons';
import { koDigits } from './digits';
import { koLandscape } from './landscape';

export const korean: Texts<English> = {
  ...koUi,
  ...koGraphs,
  ...koInspector,
  ...koInspectorFormulas,
  ...koProblems,
  ...koLessons,
  ...koDigits,
  ...koLandscape,
};
