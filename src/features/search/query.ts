/**
 * What the search box and the `?q=` parameter hold, made safe to search for and to show:
 * one line, no control characters, at most `MAX_QUERY_LENGTH` characters. Anything else a
 * link may carry is dropped quietly; the query is only ever text.
 */
export const MAX_QUERY_LENGTH = 100;

export function cleanQuery(raw: string): string {
  return raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** The query in a page address's search part (`?q=cookie`), cleaned; '' when there is none. */
export function queryFromSearch(search: string): string {
  return cleanQuery(new URLSearchParams(search).get('q') ?? '');
}

/**
 * The nodes of a Pagefind excerpt: its text, with the matched words in `<mark>`. Pagefind
 * escapes page text itself, but the excerpt still arrives as HTML, so only text and `mark`
 * survive here: whatever else it held is shown as plain text.
 */
export function excerptNodes(html: string, doc: Document): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return doc.createTextNode(node.textContent ?? '');
    const mark = doc.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}
