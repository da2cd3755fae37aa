/** Letters that have no accent to drop but are written as others by people who cannot type them (Strauß, Jørgensen, Łukasz). */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** A text as a search compares it: without accents or case, so "renee" finds Renée, "celik" Çelik and "strauss" Strauß. */
export function searchFolded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[ßæœøłđðþıħ]/g, (letter) => PLAIN_LETTERS[letter]);
}

/** Whether every word of the query occurs in one of the texts, in any order ("linde jan" finds Jan of De Linde). */
export function matchesSearch(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = searchFolded(query).split(/\s+/).filter(Boolean);
  const haystack = searchFolded(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
