/** What the ops room keeps for one drill across reloads: unsent drafts and which injects were read. */
export interface OpsRoomMemory {
  draft(key: string): string | undefined;
  setDraft(key: string, value: string): void;
  readInjects(): readonly string[];
  markRead(inject: string): void;
}

/** A memory that lives only as long as the page (tests, and storage that refuses writes). */
export function forgetfulMemory(): OpsRoomMemory {
  const drafts = new Map<string, string>();
  const read = new Set<string>();
  return {
    draft: (key) => drafts.get(key),
    setDraft: (key, value) => {
      drafts.set(key, value);
    },
    readInjects: () => [...read],
    markRead: (inject) => {
      read.add(inject);
    },
  };
}

type DraftControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Restores a control's draft and keeps it saved as the player types. A select's draft waits in `data-draft` until
 * its options arrive (replaceOptions applies it).
 */
export function bindDraft(memory: OpsRoomMemory, key: string, control: DraftControl): void {
  const saved = memory.draft(key);
  const isBox = control instanceof HTMLInputElement && control.type === "checkbox";
  if (saved !== undefined) {
    if (isBox) control.checked = saved === "true";
    else if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === saved))
      control.dataset.draft = saved;
    else control.value = saved;
  }
  const store = () =>
    memory.setDraft(key, isBox ? String((control as HTMLInputElement).checked) : control.value);
  control.addEventListener(isBox || control instanceof HTMLSelectElement ? "change" : "input", store);
}

/** Empties controls after their action was taken, and their saved drafts with them. */
export function clearDrafts(...controls: DraftControl[]): void {
  for (const control of controls) {
    if (control instanceof HTMLInputElement && control.type === "checkbox") {
      control.checked = false;
      control.dispatchEvent(new Event("change"));
    } else {
      control.value = "";
      control.dispatchEvent(new Event("input"));
    }
  }
}
