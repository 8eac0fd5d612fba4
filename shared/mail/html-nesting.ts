/**
 * htmlparser2 (under html-to-text) takes time quadratic in element nesting: 100,000 nested <div>s
 * (1 MB, well under MAX_HTML_CHARS) cost it 5–20 s, enough to time out the parser Lambda. html-to-text
 * would only cut that nesting after parsing. So tags nested deeper than the limit are removed
 * first, in one linear pass; their text stays. HTML within the limit comes out unchanged.
 */

/** Elements that never have content, so never nest. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements a sibling of the same name closes implicitly ("<li>a<li>b"), as the parser does. */
const SELF_CLOSING_SIBLINGS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>/g;

interface OpenElement {
  readonly name: string;
  readonly kept: boolean;
}

export function capHtmlNesting(html: string, maxDepth: number): string {
  const stack: OpenElement[] = [];
  // How many of each name are open: a close tag whose name is not open is left as it is (O(1) check).
  const openCount = new Map<string, number>();
  const pop = (): OpenElement | undefined => {
    const element = stack.pop();
    if (element) openCount.set(element.name, (openCount.get(element.name) ?? 1) - 1);
    return element;
  };
  return html.replace(TAG, (tag: string, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (closing === '/') {
      if ((openCount.get(name) ?? 0) === 0) return tag;
      // Close everything opened inside it, like the parser does for unclosed inner tags.
      let element = pop();
      while (element && element.name !== name) element = pop();
      return element?.kept === false ? '' : tag;
    }
    if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) return stack.length >= maxDepth ? '' : tag;
    if (SELF_CLOSING_SIBLINGS.has(name) && stack.at(-1)?.name === name) pop();
    const kept = stack.length < maxDepth;
    stack.push({ name, kept });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    return kept ? tag : '';
  });
}
