/** English texts of one area of the lab; see `./ui.ts` for the conventions. */
export const enGraphs = {} as const;
