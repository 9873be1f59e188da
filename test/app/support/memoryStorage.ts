/** A Web Storage in memory; `refuse` makes every write throw as a full storage does. */
export function memoryStorage(): Storage & { refuse: boolean } {
  const data = new Map<string, string>();
  return {
    refuse: false,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => {
      data.delete(key);
    },
    setItem(key, value) {
      if (this.refuse) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      data.set(key, value);
    },
  };
}
