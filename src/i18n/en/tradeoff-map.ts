/** English UI strings of the `tradeoffMap` namespace. */
export const tradeoffMap = {} as const;
