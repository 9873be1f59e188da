import type { PlayerView } from "../../engine/playerView";
import { el, uniqueId } from "../dom";

/** A fieldset of checkboxes, one per person, that keeps ticks across re-renders and reports each change. */
export function peopleChecklist(
  legend: string,
  filter: (person: PlayerView["people"][number]) => boolean = () => true,
  onChange: (ids: string[]) => void = () => {},
) {
  const box = el("div", { class: "people-options" });
  const element = el("fieldset", { class: "people" }, el("legend", { text: legend }), box);
  const checked = new Set<string>();
  return {
    element,
    selected: (): string[] => [...checked],
    clear(): void {
      checked.clear();
      for (const input of box.querySelectorAll<HTMLInputElement>("input")) input.checked = false;
      onChange([]);
    },
    /** Ticks exactly these people (a restored draft). */
    set(ids: readonly string[]): void {
      checked.clear();
      for (const id of ids) checked.add(id);
      for (const input of box.querySelectorAll<HTMLInputElement>("input"))
        input.checked = checked.has(input.value);
    },
    setPeople(people: PlayerView["people"]): void {
      box.replaceChildren();
      for (const person of people.filter(filter)) {
        const id = uniqueId("person");
        const input = el("input", { type: "checkbox", id, value: person.id });
        input.checked = checked.has(person.id);
        input.addEventListener("change", () => {
          if (input.checked) checked.add(person.id);
          else checked.delete(person.id);
          onChange([...checked]);
        });
        const label = `${person.name}, ${person.title}${person.internal ? "" : ` (${person.organisation ?? "external"})`}`;
        box.append(el("div", { class: "checkbox" }, input, el("label", { for: id, text: label })));
      }
    },
  };
}
