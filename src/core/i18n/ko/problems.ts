import type { Texts } from '../texts';
import type { enProblems } from '../en/problems';

export const koProblems: Texts<typeof enProblems> = {};
