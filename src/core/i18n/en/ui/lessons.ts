/** The lessons' menu and note around the lesson texts (the texts are the lessons catalogue's). */
export const enUiLessons = {
  'lessonMenu.menu': 'Lessons',
  'lessonMenu.menuIntro':
    'Each opens a ready run at the moment its point shows; the address bar holds its link.',
  'lessonMenu.closeMenu': 'Close lessons',
  'lessonMenu.closeNote': 'Close the lesson note',
  'lessonMenu.number': 'Lesson {number}',
  'lessonMenu.showText': 'Show text',
  'lessonMenu.hideText': 'Hide text',
  'lessonMenu.lookAt': 'Look at:',
  'lessonMenu.variants': '{lesson}: variants',
} as const;
