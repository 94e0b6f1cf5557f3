import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = (style: string) => require.resolve(`@expo-google-fonts/noto-serif/${style}/NotoSerif_${style}.ttf`);

/**
 * Noto Serif (SIL Open Font License), shipped by npm in @expo-google-fonts/noto-serif: a serif face
 * with the full Vietnamese set (precomposed letters with two diacritics included), embedded (subset)
 * in every PDF, so printing needs no font on the machine.
 */
export const PDF_FONTS = {
  regular: file('400Regular'),
  bold: file('700Bold'),
  italic: file('400Regular_Italic'),
  boldItalic: file('700Bold_Italic'),
} as const;

/** What a DOCX asks Word for: the face Vietnamese administrative documents are set in. */
export const DOCX_FONT = 'Times New Roman';
