/** English UI strings of the `choices` namespace. */
export const choices = {} as const;
