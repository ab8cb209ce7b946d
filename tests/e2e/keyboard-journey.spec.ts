/**
 * One chapter read with the keyboard alone, from the top of the page to the end: the skip link, the
 * contents, every control of every widget operated, the globe started and each site's card opened and
 * closed. After every Tab the focus is on an element of the page (never lost to <body>), visibly marked,
 * and the journey reaches the end of the page (no widget or globe traps it).
 */
import { expect, type Page, test } from '@playwright/test';
import { collectPageErrors, noProblems } from './helpers';

// The chapter with the most controls: the globe with its sites and the build widget.
const CHAPTER = '/chapters/growing-the-superfactory/';
const MAX_TABS = 600;

interface Stop {
  /** Empty when focus is on <body> (or nothing). */
  tag: string;
  key: string;
  type: string;
  role: string;
  widget: string;
  inGlobe: boolean;
  inMain: boolean;
  inFooter: boolean;
  action: string;
  site: string;
  visible: boolean;
  value: string;
  checked: boolean;
}

/** What has focus, and whether it is visibly marked (outline, shadow, or an SVG focus stroke). */
function focused(page: Page, focusColour: string): Promise<Stop> {
  return page.evaluate((ring) => {
    const el = document.activeElement as HTMLElement | null;
    const none = { tag: '', key: '', type: '', role: '', widget: '', action: '', site: '' };
    const nowhere = { inGlobe: false, inMain: false, inFooter: false };
    if (!el || el === document.body) return { ...none, ...nowhere, visible: false, value: '', checked: false };
    const drawn = (c: Element) => {
      const cs = getComputedStyle(c);
      return (
        (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0) ||
        cs.boxShadow !== 'none' ||
        (c instanceof SVGElement && cs.stroke === ring)
      );
    };
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
      path.unshift(`${n.tagName}${n.id ? `#${n.id}` : ''}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      key: path.join('>'),
      type: input.type ?? '',
      role: el.getAttribute('role') ?? '',
      widget: el.closest<HTMLElement>('sf-widget')?.dataset.widget ?? '',
      inGlobe: el.closest('sf-globe') !== null,
      inMain: el.closest('main') !== null,
      inFooter: el.closest('footer') !== null,
      action: el.dataset.action ?? '',
      site: el.dataset.siteButton ?? '',
      visible: drawn(el) || (el instanceof SVGElement && [...el.querySelectorAll('*')].some(drawn)),
      value: String(input.value ?? ''),
      checked: Boolean(input.checked),
    };
  }, focusColour);
}

/** Presses `first`, and `second` if the value did not move (a control at the end of its range). */
async function nudge(page: Page, first: string, second: string, before: Stop, focusColour: string): Promise<Stop> {
  await page.keyboard.press(first);
  let after = await focused(page, focusColour);
  if (after.value === before.value) {
    await page.keyboard.press(second);
    after = await focused(page, focusColour);
  }
  return after;
}

// Reduced motion: the globe does not turn by itself, so its frames do not compete with the journey for CPU.
test.use({ reducedMotion: 'reduce' });

test('keyboard alone: skip link, contents, every widget control, the globe and its sites; focus never lost or trapped', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = collectPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CHAPTER);
  // A widget's controls start as it nears the viewport (lazy-element.ts); start them all, so the
  // journey tests the keyboard, not how fast a worker loads.
  for (const widget of await page.locator('sf-widget').all()) {
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));

  // The skip link: the first stop; it moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const focusColour = await skip.evaluate((a) => getComputedStyle(a).outlineColor);
  expect((await focused(page, focusColour)).visible, 'the skip link shows focus').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const seen: Stop[] = [];
  const invisible: string[] = [];
  const widgetsOperated = new Map<string, number>();
  let sitesOpened = 0;
  let previous = '';
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    let stop = await focused(page, focusColour);
    // Past the footer's last link the browser leaves the page (or wraps to the top): the journey got there.
    if (seen.at(-1)?.inFooter && !stop.inFooter && !stop.inMain) break;
    expect(stop.tag, `focus lost to <body> after ${previous}`).not.toBe('');
    expect(stop.key, `Tab did not move on from ${previous}`).not.toBe(previous);
    if (!stop.visible) invisible.push(stop.key);

    // The globe starts when it takes focus; the reader's place stays on it.
    if (stop.inGlobe && (await page.locator('sf-globe').getAttribute('data-drawn')) !== 'true') {
      await expect(page.locator('sf-globe')).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
      stop = await focused(page, focusColour);
      expect(stop.inGlobe, 'focus stays on the globe as it starts').toBe(true);
    }
    const site = stop.site;
    if (site) {
      await page.keyboard.press('Enter');
      const card = page.locator(`sf-globe [data-card="${site}"]`);
      await expect(card).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      await expect(page.locator(':focus')).toHaveAttribute('data-site-button', site);
      sitesOpened += 1;
    }

    if (stop.widget) {
      let after: Stop | undefined;
      if (stop.tag === 'select') after = await nudge(page, 'ArrowDown', 'ArrowUp', stop, focusColour);
      else if (stop.tag === 'input' && stop.type === 'range')
        after = await nudge(page, 'ArrowRight', 'ArrowLeft', stop, focusColour);
      else if (stop.tag === 'input' && stop.type === 'number')
        after = await nudge(page, 'ArrowUp', 'ArrowDown', stop, focusColour);
      else if (stop.tag === 'input' && stop.type === 'checkbox') {
        await page.keyboard.press('Space');
        after = await focused(page, focusColour);
        expect(after.checked, `Space toggles ${stop.key}`).not.toBe(stop.checked);
      } else if (stop.action === 'reset') {
        await page.keyboard.press('Enter');
        await expect(page.locator(`sf-widget[data-widget="${stop.widget}"]`)).toHaveAttribute('data-ready', 'true');
        after = await focused(page, focusColour);
        expect(after.action, 'focus stays on Reset').toBe('reset');
      } else if (stop.tag === 'summary') {
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open))
          .toBe(true);
      }
      if (after && stop.action !== 'reset') {
        if (stop.type !== 'checkbox') expect(after.value, `keys change ${stop.key}`).not.toBe(stop.value);
        expect(after.tag, `focus stays on ${stop.key} as the widget redraws`).not.toBe('');
        widgetsOperated.set(stop.widget, (widgetsOperated.get(stop.widget) ?? 0) + 1);
        stop = after;
      }
    }
    seen.push(stop);
    previous = stop.key;
  }
  expect(seen.length, `the journey ended within ${MAX_TABS} Tabs`).toBeLessThan(MAX_TABS);
  expect(invisible, 'every stop shows where focus is').toEqual([]);

  // Every widget on the page was reached and its controls answered the keyboard.
  const widgets = await page
    .locator('sf-widget')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.widget));
  for (const id of widgets) expect(widgetsOperated.get(id ?? '') ?? 0, `${id}: controls operated`).toBeGreaterThan(2);
  const controls = await page
    .locator('sf-widget :is(input, select):not([hidden])')
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
  expect(seen.filter((s) => s.widget && (s.tag === 'input' || s.tag === 'select')).length).toBeGreaterThanOrEqual(
    controls,
  );
  expect(sitesOpened).toBeGreaterThan(1);
  expect(sitesOpened, 'every site of the globe opened by keyboard').toBe(
    await page.locator('sf-globe [data-site-button]:not(.is-behind)').count(),
  );
  test
    .info()
    .annotations.push(
      { type: 'tab stops', description: String(seen.length) },
      { type: 'sites opened', description: String(sitesOpened) },
      { type: 'widget controls operated', description: JSON.stringify(Object.fromEntries(widgetsOperated)) },
    );

  // The contents: its last link takes the reader, and the next Tab, to that section.
  const link = page.locator('.toc a[href^="#"]').last();
  const hash = (await link.getAttribute('href')) ?? '';
  for (let i = 0; i < 60 && !(await link.evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  const heading = page.locator(`[id="${hash.slice(1)}"]`);
  await expect(heading).toBeInViewport();
  await page.keyboard.press('Tab');
  const after = await heading.evaluate((h) => {
    const f = document.activeElement;
    return Boolean(f && f !== document.body && h.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(after, 'the Tab after a contents link lands past its heading').toBe(true);
  expect(problems.pageErrors).toEqual(noProblems.pageErrors);
});
