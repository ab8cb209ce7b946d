/**
 * Draws a QR code of `text` on a canvas in the browser (qrcode-generator, no service): dark modules on
 * a white plate with the standard four-module quiet zone, in both themes, since phone cameras read
 * dark-on-light codes most reliably.
 */
import qrcode from 'qrcode-generator';

const QUIET_MODULES = 4;
export const PIXELS_PER_MODULE = 8;

export function drawQr(canvas: HTMLCanvasElement, text: string): void {
  // Level M survives a projector's glare and a smudge while keeping the code coarse enough to read from the back.
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const size = (modules + 2 * QUIET_MODULES) * PIXELS_PER_MODULE;
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  // The colours are tokens (tokens.css): black on white in both themes, the contrast a scanner needs.
  const style = getComputedStyle(canvas);
  ctx.fillStyle = style.getPropertyValue('--qr-light').trim() || 'white';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = style.getPropertyValue('--qr-dark').trim() || 'black';
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (!qr.isDark(row, col)) continue;
      ctx.fillRect(
        (col + QUIET_MODULES) * PIXELS_PER_MODULE,
        (row + QUIET_MODULES) * PIXELS_PER_MODULE,
        PIXELS_PER_MODULE,
        PIXELS_PER_MODULE,
      );
    }
  }
}
