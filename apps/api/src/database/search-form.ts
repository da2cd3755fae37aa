/**
 * A text as searches compare it, as an SQL expression: lower case, without accents (é, ü, ç, ş and the like by their
 * Unicode compatibility decomposition; ł, ı, ø and đ, which have none, by their base letter; Greek final ς as σ) and without the
 * spaces, apostrophes, hyphens and dots that names are written with in more than one way. So `cecile` finds Cécile,
 * `ozdemir` Özdemir, `lukasz` Łukasz, `weiss` Weiß, `vanderberg` "van der Berg" and `t hart` "Zoë 't Hart", as
 * people type on a Dutch keyboard.
 */
export const searchForm = (text: string) =>
  // Lower case by ICU's rules, whatever the database's own locale (a C-locale database lowers only A to Z); ß, æ and
  // œ as the two letters they are typed as. NFKD also gives full-width letters (Ａｎｎａ) their plain form and makes
  // every kind of space a plain one (a non-breaking one, as Outlook and Word paste a name); a soft hyphen and the
  // zero-width characters go with the accents.
  `replace(replace(replace(translate(regexp_replace(normalize(lower(${text} COLLATE "und-x-icu"), NFKD), '[\\u0300-\\u036f\\u00ad\\u200b-\\u200d\\u2060\\ufeff]', '', 'g'), 'łıøđς''’ -.', 'liodσ'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')`;

/** Whether `haystack` holds the search text `needle` (both SQL expressions), as searchForm compares; `%` and `_` are letters. */
export const matchesSearch = (haystack: string, needle: string) => `strpos(${searchForm(haystack)}, ${searchForm(needle)}) > 0`;
