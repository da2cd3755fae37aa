/** What Koers reads of fontkit (pdfkit's font library, untyped): whether a font has a letter, and its ascent. */
declare module 'fontkit' {
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** `postScriptName` picks the face of a collection (a .ttc). */
  export function create(data: Buffer, postScriptName?: string): Font;
}
