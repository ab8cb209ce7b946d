/**
 * Printing as a reader does (Chromium's "Save as PDF"): chart patterns must stay vectors. SVG <pattern>
 * fills were rasterised into one embedded image per filled shape, which made the printable edition a
 * 106 MB, 39-page PDF and one widget 91 MB over 3 pages.
 */
import { expect, type Page, test } from '@playwright/test';

/** A widget page on A4 stays well under this; the raster patterns made it ~91 MB. */
const WIDGET_PDF_BUDGET_BYTES = 1_500_000;
const EDITION_PDF_BUDGET_BYTES = 10_000_000;

async function printPdf(page: Page, path: string): Promise<{ bytes: number; pages: number; images: number }> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    // Chromium's own print dialog defaults to about 1 cm.
    margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
  });
  const raw = pdf.toString('latin1');
  // Page objects are written uncompressed; "/Type /Pages" (the tree) is excluded by the word boundary.
  const pages = raw.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  const images = raw.match(/\/Subtype\s*\/Image\b/g)?.length ?? 0;
  // The figures the report quotes: bytes, pages and embedded bitmaps.
  process.stdout.write(`${path}: ${pdf.length} bytes, ${pages} pages, ${images} images\n`);
  return { bytes: pdf.length, pages, images };
}

test('a widget page prints on one page, as vectors', async ({ page }) => {
  test.setTimeout(120_000);
  const { bytes, pages } = await printPdf(page, '/widgets/step/');
  expect(pages).toBe(1);
  expect(bytes).toBeLessThan(WIDGET_PDF_BUDGET_BYTES);
});

test('the printable edition prints under 10 MB', async ({ page }) => {
  test.setTimeout(240_000);
  const { bytes } = await printPdf(page, '/print/');
  expect(bytes).toBeLessThan(EDITION_PDF_BUDGET_BYTES);
});
