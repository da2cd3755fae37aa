/**
 * What a search leaves out as PostgreSQL regular-expression escapes: tabs and line breaks (a name pasted from a
 * spreadsheet), the accents NFKD split off, and the characters that show nothing (a soft hyphen, zero-width ones,
 * direction marks, embeddings and isolates, variation selectors, the byte order mark).
 */
const SEARCH_IGNORED = ['0009-\\u000d', '0300-\\u036f', '00ad', '061c', '180e', '200b-\\u200f', '202a-\\u202e', '2060-\\u2064', '2066-\\u2069', 'fe00-\\ufe0f', 'feff']
  .map((range) => `\\u${range}`)
  .join('');

/**
 * A text as searches compare it, as an SQL expression: lower case, without accents (é, ü, ç, ş and the like by their
 * Unicode compatibility decomposition; ł, ı, ø and đ, which have none, by their base letter; Greek final ς as σ) and without the
 * spaces, apostrophes, hyphens and dots that names are written with in more than one way. So `cecile` finds Cécile,
 * `ozdemir` Özdemir, `lukasz` Łukasz, `weiss` Weiß, `vanderberg` "van der Berg" and `t hart` "Zoë 't Hart", as
 * people type on a Dutch keyboard.
 */
export const searchForm = (text: string) =>
  // NFKD gives full-width and styled letters (Ａｎｎａ, 𝐀𝐧𝐧𝐚) their plain form and makes every kind of space a plain
  // one (a non-breaking one, as Outlook and Word paste a name); lower case then by ICU's rules, whatever the
  // database's own locale (a C-locale database lowers only A to Z); ß, æ and œ as the two letters they are typed as.
  `replace(replace(replace(translate(regexp_replace(lower(normalize(${text}, NFKD) COLLATE "und-x-icu"), '[${SEARCH_IGNORED}]', '', 'g'), 'łıøđς''’ -.', 'liodσ'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')`;

/** Whether `haystack` holds the search text `needle` (both SQL expressions), as searchForm compares; `%` and `_` are letters. */
export const matchesSearch = (haystack: string, needle: string) => `strpos(${searchForm(haystack)}, ${searchForm(needle)}) > 0`;
