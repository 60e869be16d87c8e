import type { Texts } from '../texts';
import type { enInspector } from '../en/inspector';

export const koInspector: Texts<typeof enInspector> = {};
