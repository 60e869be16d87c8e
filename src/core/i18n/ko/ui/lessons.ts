import type { Texts } from '../../texts';
import type { enUiLessons } from '../../en/ui/lessons';

/** 실습 메뉴와 실습 안내문의 틀 (실습 본문은 lessons 카탈로그에 있습니다). */
export const koUiLessons: Texts<typeof enUiLessons> = {
  'lessonMenu.menu': '실습',
  'lessonMenu.menuIntro':
    '실습마다 요점이 드러나는 순간의 학습을 바로 엽니다. 주소 창에 그 링크가 담깁니다.',
  'lessonMenu.closeMenu': '실습 메뉴 닫기',
  'lessonMenu.closeNote': '실습 안내 닫기',
  'lessonMenu.number': '실습 {number}',
  'lessonMenu.showText': '본문 보기',
  'lessonMenu.hideText': '본문 접기',
  'lessonMenu.lookAt': '살펴볼 곳:',
  'lessonMenu.variants': '{lesson}: 변형',
};
