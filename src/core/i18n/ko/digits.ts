import type { Texts } from '../texts';
import type { enDigits } from '../en/digits';

export const koDigits: Texts<typeof enDigits> = {};
