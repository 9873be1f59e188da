const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";

/** A calendar date found in text: year may be missing when the text writes only month and day. */
export interface FoundDate {
  year?: number;
  month: number;
  day: number;
  text: string;
}

const PATTERNS: {
  pattern: RegExp;
  parse: (match: RegExpMatchArray) => Omit<FoundDate, "text"> | undefined;
}[] = [
  {
    pattern: new RegExp(`\\b${YEAR}-(\\d{1,2})-(\\d{1,2})\\b`, "i"),
    parse: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    pattern: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH_NAME}(?:,?\\s+${YEAR})?\\b`, "i"),
    parse: (m) => ({ day: Number(m[1]), month: monthIndex(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) }),
  },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`, "i"),
    parse: (m) => ({ month: monthIndex(m[1]), day: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) }),
  },
  {
    pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/,
    parse: (m) => {
      const first = Number(m[1]);
      const second = Number(m[2]);
      // why: 11/28/2026 is US month-first; 28/11/2026 and 28.11.2026 are day-first — either is a date.
      if (first <= 12) return { month: first, day: second, year: Number(m[3]) };
      return { month: second, day: first, year: Number(m[3]) };
    },
  },
];

function monthIndex(name: string | undefined): number {
  const prefix = (name ?? "").toLowerCase().slice(0, 3);
  return MONTHS.indexOf(prefix as (typeof MONTHS)[number]) + 1;
}

function valid(date: Omit<FoundDate, "text">): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31;
}

/**
 * The first calendar date written in the text in a common form — `2026-11-28`, `28 November 2026`,
 * `Nov. 28, 2026`, `November 28th 2026`, `11/28/2026`, `28.11.2026` — or undefined.
 */
export function dateIn(text: string): FoundDate | undefined {
  for (const { pattern, parse } of PATTERNS) {
    const match = text.match(pattern);
    if (!match) continue;
    const date = parse(match);
    if (date && valid(date)) return { ...date, text: match[0] };
  }
  return undefined;
}
