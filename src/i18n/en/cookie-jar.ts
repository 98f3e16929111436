/** English UI strings of the `cookieJar` namespace. */
export const cookieJar = {} as const;
