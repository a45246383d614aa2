import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** One thing on screen that does not fit: where it is and what is wrong, in words a reviewer can act on. */
export interface LayoutProblem {
  kind: 'overflow' | 'letter-wrap' | 'word-break' | 'squeezed' | 'unstyled-button';
  where: string;
  detail: string;
}

/**
 * Runs in the page. Looks at every visible element and text node of the window and reports:
 * - overflow: an element whose content is wider than its box (scrollWidth > clientWidth), so a child
 *   spills out of its card or page or is cut off, unless the element is meant to scroll sideways
 *   (a .table-wrap or anything marked data-scroll-x);
 * - letter-wrap: text of four or more characters laid out about one character per line;
 * - word-break: an ordinary word (letters only) split over two lines because its box is too narrow;
 * - squeezed: a field or an ellipsised cell so narrow that its value is unreadable ("Exp", "Peri");
 * - unstyled-button: a button left in the browser's own look (no class, or the native outset border).
 * The function is self-contained (no closures) because Playwright serialises it into the page.
 */
function findLayoutProblems(): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const TOLERANCE = 1;

  const name = (el: Element): string => {
    const testId = el.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
    return `${el.tagName.toLowerCase()}${testId ? `[data-testid=${testId}]` : ''}${cls}`;
  };
  const where = (el: Element): string => {
    const parts = [name(el)];
    let p = el.parentElement;
    while (p && parts.length < 3) {
      if (p.hasAttribute('data-testid')) parts.unshift(name(p));
      p = p.parentElement;
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${parts.join(' › ')}${text ? ` "${text}"` : ''}`;
  };
  const shown = (el: Element): boolean => {
    if (!el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: false })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const scrollsSideways = (el: Element) => el.matches('.table-wrap, [data-scroll-x]');
  const isField = (el: Element) => el.matches('input, select, textarea');

  // Overflow and squeezed boxes.
  const overflowing: Element[] = [];
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    if (el instanceof SVGElement || !shown(el)) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'inline' || cs.display === 'contents') continue;
    if (el.matches('input[type=text], input[type=search], input[type=date], input[type=number], input:not([type]), select')) {
      if (el.clientWidth < 48) problems.push({ kind: 'squeezed', where: where(el), detail: `field only ${el.clientWidth}px wide` });
      if (el instanceof HTMLSelectElement && el.selectedOptions[0]) {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const text = el.selectedOptions[0].text;
        const needed = ctx.measureText(text).width;
        // The native arrow takes about 20 px of the content box. A label longer than any pane
        // (a list version's full name) may be cut, as long as 160 px of it show.
        const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
        if (Math.min(needed, 160) > room + 2) problems.push({ kind: 'squeezed', where: where(el), detail: `shows "${text}" in ${Math.round(room)}px, needs ${Math.round(needed)}px` });
      }
      continue;
    }
    if (isField(el)) continue;
    if (el instanceof HTMLButtonElement && (!el.className.trim() || cs.borderTopStyle === 'outset')) {
      problems.push({ kind: 'unstyled-button', where: where(el), detail: 'a button in the browser\'s own style, not the app\'s' });
    }
    if (el.scrollWidth <= el.clientWidth + TOLERANCE) continue;
    if (cs.textOverflow === 'ellipsis') {
      // Ellipsis is a deliberate cut, as long as enough of the text stays readable.
      const letters = (el.textContent ?? '').replace(/\s/g, '').length;
      if (letters >= 4 && el.clientWidth < 40) problems.push({ kind: 'squeezed', where: where(el), detail: `${el.clientWidth}px shows almost none of its text` });
      continue;
    }
    if (scrollsSideways(el)) continue;
    overflowing.push(el);
  }
  // The innermost box that overflows is the one to fix; its ancestors overflow because of it.
  for (const el of overflowing) {
    if (overflowing.some((o) => o !== el && el.contains(o))) continue;
    problems.push({ kind: 'overflow', where: where(el), detail: `content ${el.scrollWidth}px wide in a ${el.clientWidth}px box` });
  }
  if (document.documentElement.scrollWidth > window.innerWidth + TOLERANCE) {
    problems.push({ kind: 'overflow', where: 'the window', detail: `page ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window` });
  }

  // Text laid out per letter, and words split mid-word.
  const lineCount = (range: Range): number => {
    const tops = new Set<number>();
    for (const r of Array.from(range.getClientRects())) if (r.width > 0) tops.add(Math.round(r.top));
    return tops.size;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const letters = text.replace(/\s/g, '').length;
    const parent = node.parentElement;
    // A box squeezed to zero width still shows its text one letter per line, so only CSS hides it.
    if (letters < 4 || !parent || seen.has(parent) || !parent.checkVisibility({ checkVisibilityCSS: true })) continue;
    if (parent.closest('script, style, option, textarea, [aria-hidden=true]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = lineCount(range);
    if (lines >= 2 && lines >= letters / 2) {
      seen.add(parent);
      problems.push({ kind: 'letter-wrap', where: where(parent), detail: `${letters} characters on ${lines} lines` });
      continue;
    }
    if (lines < 2) continue;
    for (const m of text.matchAll(/\b[A-Za-z]{4,24}\b/g)) {
      const word = document.createRange();
      word.setStart(node, m.index);
      word.setEnd(node, m.index + m[0].length);
      if (lineCount(word) > 1) {
        seen.add(parent);
        problems.push({ kind: 'word-break', where: where(parent), detail: `"${m[0]}" is split over two lines` });
        break;
      }
    }
  }
  return problems;
}

export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(findLayoutProblems);
}

/**
 * Fails the test (softly, so one run lists every page) with each problem found on this page.
 * LAYOUT_SHOTS=DIR also saves a screenshot of each page checked, to look at what the check saw.
 */
export async function expectLayoutHolds(page: Page, label: string): Promise<void> {
  const problems = await layoutProblems(page);
  const size = page.viewportSize();
  const shots = process.env.LAYOUT_SHOTS;
  if (shots) await page.screenshot({ path: path.join(shots, `${size?.width}-${label.replace(/[^A-Za-z0-9-]+/g, '-')}.png`) });
  const lines = problems.map((p) => `${p.kind}: ${p.where} — ${p.detail}`);
  expect.soft(lines, `${label} at ${size?.width} × ${size?.height}`).toEqual([]);
}
