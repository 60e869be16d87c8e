/** English texts of one area of the lab; see `./ui.ts` for the conventions. */
export const enProblems = {} as const;
