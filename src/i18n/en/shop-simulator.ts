/** English UI strings of the `shopSimulator` namespace. */
export const shopSimulator = {} as const;
