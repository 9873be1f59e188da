/** A single-key shortcut of the ops room. */
export interface Shortcut {
  key: string;
  label: string;
  run(): void;
}

/**
 * Listens for single-key shortcuts on `target` while `enabled()` holds; keys typed into a field, or pressed with a
 * modifier, are left alone. Returns the function that stops listening.
 */
export function installShortcuts(
  target: Document | HTMLElement,
  shortcuts: readonly Shortcut[],
  enabled: () => boolean,
): () => void {
  const listener = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.defaultPrevented || key.ctrlKey || key.metaKey || key.altKey || !enabled()) return;
    if (isTyping(key.target)) return;
    const shortcut = shortcuts.find((candidate) => candidate.key === key.key.toLowerCase());
    if (!shortcut) return;
    key.preventDefault();
    shortcut.run();
  };
  target.addEventListener("keydown", listener);
  return () => target.removeEventListener("keydown", listener);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !["button", "checkbox", "radio", "range", "submit", "reset", "file"].includes(target.type);
}
