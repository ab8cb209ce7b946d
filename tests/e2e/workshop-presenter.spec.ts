/**
 * The workshop's presenter view: every slide's transcluded id exists in its built chapter (built HTML,
 * no browser); every slide's QR code decodes to its link with its state; and the deck steps through every
 * slide by keyboard with the notes window (a second page) following over the BroadcastChannel, F/B/Esc.
 */
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PIXELS_PER_MODULE } from '../../src/components/workshop/qr-canvas';
import { agendaSteps } from '../../src/figures/workshop/agenda';
import { SLIDES, type SlideSpec, slideById } from '../../src/figures/workshop/slides';
import { documentOf } from './built-links';
import { collectPageErrors, noProblems } from './helpers';

test('every transcluded section and figure exists in its built chapter and on the built presenter page', () => {
  const deck = documentOf('/workshop/present/');
  for (const spec of SLIDES) {
    const slide = deck.getElementById(`slide-${spec.id}`);
    expect(slide, `slide ${spec.id} on /workshop/present/`).not.toBeNull();
    const s = spec.source;
    if (s.kind !== 'section' && s.kind !== 'figure') continue;
    const id = s.kind === 'section' ? s.heading : s.figure;
    expect(
      documentOf(`/chapters/${s.chapter}/`).getElementById(id),
      `#${id} in /chapters/${s.chapter}/`,
    ).not.toBeNull();
    expect(slide?.querySelector(`[id="${id}"]`), `#${id} transcluded into slide ${spec.id}`).not.toBeNull();
  }
});

/** What a phone should open for a slide, on the origin the page is served from. */
function expectLinkFor(spec: SlideSpec, decoded: string, origin: string): void {
  const url = new URL(decoded);
  expect(url.origin).toBe(origin);
  const s = spec.source;
  if (s.kind === 'widget') {
    expect(url.pathname).toBe(`/widgets/${s.widget}/`);
    // The default preset is left out of a widget's URL; any other is named, with the state's version.
    if (s.preset === 'worked-example') expect(url.searchParams.get(`${s.widget}.preset`)).toBeNull();
    else {
      expect(url.searchParams.get(`${s.widget}.preset`)).toBe(s.preset);
      expect(url.searchParams.get('v')).toBe('1');
    }
    return;
  }
  const expected = {
    title: '/workshop/',
    section: s.kind === 'section' ? `/chapters/${s.chapter}/#${s.heading}` : '',
    figure: s.kind === 'figure' ? `/chapters/${s.chapter}/#${s.figure}` : '',
    exercise: s.kind === 'exercise' ? `/workshop/exercises/${s.exercise}/` : '',
  }[s.kind];
  expect(`${url.pathname}${url.search}${url.hash}`).toBe(expected);
}

/**
 * Every slide's QR code read back from its canvas (all are drawn when the deck starts): the pixel at the
 * centre of each module, sent out of the page as one character, redrawn at four pixels a module with a
 * clean edge and decoded by jsQR.
 */
async function decodeEveryQr(page: Page): Promise<Map<string, { decoded: string | undefined; href: string | null }>> {
  const images = await page.evaluate((cell) => {
    return [...document.querySelectorAll<HTMLElement>('[data-slide]')].map((slide) => {
      const canvas = slide.querySelector<HTMLCanvasElement>('[data-qr]');
      const href = slide.querySelector('[data-short-link]')?.getAttribute('href') ?? null;
      const ctx = canvas?.getContext('2d');
      const side = canvas ? Math.floor(canvas.width / cell) : 0;
      if (!canvas || !ctx || side < 21) return { id: slide.dataset.slide ?? '', href, side: 0, dark: '' };
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let dark = '';
      for (let row = 0; row < side; row++) {
        for (let col = 0; col < side; col++) {
          const at = ((row * cell + cell / 2) * canvas.width + col * cell + cell / 2) * 4;
          dark += (data[at] ?? 255) < 128 ? '1' : '0';
        }
      }
      return { id: slide.dataset.slide ?? '', href, side, dark };
    });
  }, PIXELS_PER_MODULE);
  const scale = 4;
  const out = new Map<string, { decoded: string | undefined; href: string | null }>();
  for (const { id, href, side, dark } of images) {
    const width = side * scale;
    const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++) {
        if (dark[Math.floor(y / scale) * side + Math.floor(x / scale)] === '1')
          rgba.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      }
    }
    out.set(id, { decoded: side ? jsQR(rgba, width, width)?.data : undefined, href });
  }
  return out;
}

test('every slide carries a QR code that decodes to its link, with its state, on the serving origin', async ({
  page,
  baseURL,
}) => {
  await page.goto('/workshop/present/');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-ready', 'true');
  const codes = await decodeEveryQr(page);
  const origin = new URL(baseURL ?? '').origin;
  for (const spec of SLIDES) {
    const code = codes.get(spec.id);
    expect(code?.decoded, `QR code of slide ${spec.id}`).toBeDefined();
    expect(code?.decoded).toBe(code?.href);
    expectLinkFor(spec, code?.decoded ?? '', origin);
  }
});

test('steps every slide by keyboard with the notes window in step; F, B and Esc; the short session', async ({
  page,
  context,
}) => {
  const problems = collectPageErrors(page);
  await page.goto('/workshop/present/');
  const deck = page.locator('[data-deck]');
  await expect(deck).toHaveAttribute('data-ready', 'true');
  const notes = await context.newPage();
  const notesProblems = collectPageErrors(notes);
  await notes.goto('/workshop/present/notes/?variant=90');
  const notesRoot = notes.locator('[data-notes-root]');
  await expect(notesRoot).toHaveAttribute('data-connected', 'true');

  const steps = agendaSteps('90');
  const keys = ['ArrowRight', ' ', 'PageDown', 'ArrowDown'];
  for (const [i, step] of steps.entries()) {
    if (i > 0) await page.keyboard.press(keys[i % keys.length] ?? 'ArrowRight');
    await expect(notesRoot).toHaveAttribute('data-index', String(i));
    expect(
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-slide]:not([hidden])')?.dataset.slide),
    ).toBe(step.slideId);
    await expect(notes.locator('[data-notes-field="notes"]')).toHaveText(slideById(step.slideId).notes);
  }
  await expect(notes.locator('[data-notes-field="next"]')).toHaveText('End of the session');

  await page.keyboard.press('Home');
  await expect(notesRoot).toHaveAttribute('data-index', '0');
  await page.keyboard.press('End');
  await expect(notesRoot).toHaveAttribute('data-index', String(steps.length - 1));
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(notesRoot).toHaveAttribute('data-index', String(steps.length - 3));
  // The notes window steps the deck too.
  await notes.getByRole('button', { name: 'Next slide' }).click();
  await expect(deck).toHaveAttribute('data-index', String(steps.length - 2));

  // Chromium grants full screen only to the window in front.
  await page.bringToFront();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.matches('[data-stage]') ?? false)).toBe(true);
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toBeVisible();
  await expect(notes.locator('[data-notes-field="status"]')).toContainText('blank');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-blank]')).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

  await page.goto('/workshop/present/?variant=45');
  await expect(deck).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('End');
  const short = agendaSteps('45');
  await expect(page.locator('[data-slide]:not([hidden])')).toHaveAttribute('data-slide', short.at(-1)?.slideId ?? '');
  await expect(page.locator('[data-position]')).toContainText(`of ${short.length}`);
  expect(problems).toEqual(noProblems);
  expect(notesProblems).toEqual(noProblems);
});
