/** English UI strings of the `dataFlow` namespace. */
export const dataFlow = {} as const;
