/** A text as a search compares it: without accents or case, so "renee" finds Renée and "celik" Çelik. */
export function searchFolded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/** Whether every word of the query occurs in one of the texts, in any order ("linde jan" finds Jan of De Linde). */
export function matchesSearch(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = searchFolded(query).split(/\s+/).filter(Boolean);
  const haystack = searchFolded(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
