/** English UI strings of the `simulatorPage` namespace. */
export const simulatorPage = {} as const;
