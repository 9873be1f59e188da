/** Every character in `text` a terminal would act on or hide: controls but tab and line feed, format characters. */
export function unsafeCharacters(text: string): string[] {
  return [...text].filter(
    (char) => char !== "\t" && char !== "\n" && /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char),
  );
}
