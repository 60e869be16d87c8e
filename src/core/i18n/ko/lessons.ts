import type { Texts } from '../texts';
import type { enLessons } from '../en/lessons';

export const koLessons: Texts<typeof enLessons> = {};
