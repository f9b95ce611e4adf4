// DOM building without HTML parsing: elements from createElement, strings only ever as text.

type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | boolean | number | ((event: Event) => void) | undefined>;

/** `h("button", { type: "button", onclick }, "Accept all")`: functions become handlers, `true` an empty attribute. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Attributes, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, attributes?: Attributes, ...children: Child[]): HTMLElement;
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value == "function") (element as unknown as Record<string, unknown>)[name] = value;
    else if (value != null && value !== false) element.setAttribute(name, value === true ? "" : String(value));
  }
  // append() turns strings into Text nodes: markup in a string stays literal.
  element.append(...(children.filter(Boolean) as (Node | string)[]));
  return element;
}

/** Only http(s) links survive; the URL parser has already normalised `\tjava\nscript:` and friends. */
export function safeUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol == "https:" || url.protocol == "http:") return url.href;
  } catch {}
  console.warn("consentry: dropped a link that is not http(s):", href);
  return undefined;
}

/** `"Read our {policy}."` -> text and `<a>` nodes. An unsafe or missing URL leaves the label as plain text. */
export function richText(text: string, links: Record<string, [href: string | undefined, label: string]>, base: string): Child[] {
  return text.split(/\{(\w+)\}/).map((part, index) => {
    if (index % 2 == 0) return part;
    const link = links[part];
    if (!link) return `{${part}}`;
    const href = safeUrl(link[0], base);
    return href ? h("a", { href, rel: new URL(href).origin != new URL(base).origin && "noopener noreferrer" }, link[1]) : link[1];
  });
}

/** The element that really has focus, looking through open shadow roots (A-02 focus return). */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}
