import type { Texts } from '../texts';
import type { enUi } from '../en/ui';

/** 화면에 보이는 말 (한국어). 키는 `../en/ui.ts`와 같아야 하며, 빠지면 컴파일 오류가 납니다. */
export const koUi: Texts<typeof enUi> = {
  'transport.toolbar': '학습 조작',
  'transport.play': '재생',
  'transport.pause': '일시 정지',
  'transport.playTitle': '재생 (Space)',
  'transport.pauseTitle': '일시 정지 (Space)',
  'transport.step': '한 단계',
  'transport.stepTitle': '한 단계: 학습을 한 번만 진행합니다 (→)',
  'transport.reset': '초기화',
  'transport.resetTitle': '초기화: 0단계로 돌아갑니다 (R)',
  'transport.speed': '속도',
  'transport.speedTitle': '속도: 재생할 때 1초에 진행할 학습 단계 수',
  'language.label': '언어',
};
