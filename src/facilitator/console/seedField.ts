import { el, field } from "../../ui/dom";

/**
 * A seed input with its "New seed" button, in one bar: the seed makes a session reproducible, the button draws
 * another. `purpose` names the form in the button's accessible name when a page holds more than one.
 */
export function seedField(
  name: string,
  randomSeed: () => string,
  purpose?: string,
): { input: HTMLInputElement; bar: HTMLElement } {
  const input = el("input", { type: "text", name, value: randomSeed() });
  const bar = el(
    "div",
    { class: "bar" },
    field("Seed", input),
    el("button", {
      type: "button",
      class: "secondary",
      text: "New seed",
      ...(purpose !== undefined ? { "aria-label": `New seed for ${purpose}` } : {}),
      onclick: () => (input.value = randomSeed()),
    }),
  );
  return { input, bar };
}
