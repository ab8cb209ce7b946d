import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * Rasterise an OG card with resvg. resvg draws no text without fonts, so we hand it real font files
 * (Debian's fonts-dejavu; OG_FONT_DIR overrides) and fail loudly when they are missing rather than
 * shipping cards with blank text.
 */
const FONT_DIRS = [process.env.OG_FONT_DIR, '/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu'].filter(
  (d): d is string => Boolean(d),
);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif-Bold.ttf'];

export function ogFontFiles(): string[] {
  for (const dir of FONT_DIRS) {
    const files = FONT_FILES.map((f) => join(dir, f));
    if (files.every((f) => existsSync(f))) return files;
  }
  throw new Error(
    `Open Graph images need the DejaVu fonts (${FONT_FILES.join(', ')}) and none were found in ${FONT_DIRS.join(', ')}. ` +
      'Install them (Debian/Ubuntu: apt-get install fonts-dejavu-core fonts-dejavu-extra) or point OG_FONT_DIR at a folder holding them.',
  );
}

export function renderOgPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: ogFontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
