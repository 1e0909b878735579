// fontkit (pdfkit's own font reader, which pdfmake brings) ships no types: the one call the constancia
// makes, to know which characters the embedded font draws.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
