/** English UI strings of the `compare` namespace. */
export const compare = {} as const;
