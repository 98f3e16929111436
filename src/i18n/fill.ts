/**
 * Fills `{name}` placeholders. Used on the server by `t()` and in the browser by
 * widgets, which receive their strings with placeholders still in them.
 * A missing value leaves the placeholder visible, so it gets noticed.
 */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
