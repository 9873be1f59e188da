import { revealInvisible } from "../report/render/revealInvisible";

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element with attributes, `on*` listeners and children; strings become text nodes, never HTML, with
 * bidirectional and zero-width characters shown (`⟨U+202E⟩`) so a name or message cannot disguise itself.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === "text") {
      node.textContent = revealInvisible(String(value));
    } else if (value === true) {
      node.setAttribute(name, "");
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends children to a node; strings become text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(revealInvisible(child)) : child);
  }
}

let idCounter = 0;

/** A document-unique id with a readable prefix, for label/aria wiring. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled form control wrapped in a field container. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uniqueId("field");
  control.id = id;
  const wrapper = el("div", { class: "field" }, el("label", { for: id, text: label }), control);
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute("aria-describedby", hintId);
    wrapper.append(el("p", { class: "hint", id: hintId, text: hint }));
  }
  return wrapper;
}

/** A select element whose options are value/label pairs. */
export function select(
  options: readonly { value: string; label: string }[],
  value?: string,
): HTMLSelectElement {
  const node = el("select");
  for (const option of options) node.append(el("option", { value: option.value, text: option.label }));
  if (value !== undefined) node.value = value;
  return node;
}

/** A titled, labelled section used as a panel (a region landmark with a heading). */
export function panel(title: string, className: string): { section: HTMLElement; body: HTMLElement } {
  const headingId = uniqueId("panel");
  const body = el("div", { class: "panel-body" });
  const section = el(
    "section",
    { class: `panel ${className}`, "aria-labelledby": headingId },
    el("h2", { id: headingId, text: title }),
    body,
  );
  return { section, body };
}
