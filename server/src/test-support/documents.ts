import JSZip from 'jszip';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Reading generated documents back in tests: a DOCX's text, a PDF's text and fonts, a PDF page drawn. */

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of word/document.xml, one paragraph a line (XML entities decoded). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

/** Each page's text (items joined by spaces, whitespace collapsed), and the names of the fonts embedded. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: string[]; text: string; embeddedFonts: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(collapse(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
  }
  await pdf.destroy();
  // A font embedded as a TrueType program has a /FontFile2 stream; its descriptor names it (a subset prefix, e.g. ABCDEF+NotoSerif-Bold).
  const raw = Buffer.from(bytes).toString('latin1');
  const embeddedFonts = raw.includes('/FontFile2') ? [...raw.matchAll(/\/FontName\s*\/([A-Za-z0-9+\-_]+)/g)].map((m) => m[1]!) : [];
  return { pages, text: pages.join('\n'), embeddedFonts };
}

/** Draws page `n` with pdf.js on a canvas; answers the share of pixels that are not white (0 for a blank page). */
export async function inkOnPage(bytes: Uint8Array, n = 1): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) ink++;
  await pdf.destroy();
  return ink / (pixels.length / 4);
}
