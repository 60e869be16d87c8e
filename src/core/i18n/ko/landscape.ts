import type { Texts } from '../texts';
import type { enLandscape } from '../en/landscape';

export const koLandscape: Texts<typeof enLandscape> = {};
