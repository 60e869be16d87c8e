import type { Texts } from '../texts';
import type { enGraphs } from '../en/graphs';

export const koGraphs: Texts<typeof enGraphs> = {};
