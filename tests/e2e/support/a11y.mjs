// The accessibility checks of the end-to-end suite: axe-core (npm `axe-core`) injected into the
// page, and a keyboard walk that Tabs through every control looking for a visible focus.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets audited: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe-core's violations on `page` as it is now (axe is loaded into the page on first use). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // evaluated through the DevTools protocol: the app's Content-Security-Policy refuses a
    // <script> the page did not ship, as it should
    await page.evaluate(await AXE_SOURCE);
  }
  return page.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** One violation as lines to print: rule, impact, help text and every element. */
export function describeViolation(where, v) {
  const elements = v.nodes.map((n) => `    ${n.target}  ${n.html.slice(0, 160)}\n      ${n.summary.replace(/\n\s*/g, ' ')}`);
  return [`${where}: ${v.id} (${v.impact}) on ${v.nodes.length} element(s) — ${v.help}`, `    ${v.helpUrl}`, ...elements].join('\n');
}

/** Gives the page `__a11y`: a stable id per element, and a control's key and description. */
function installHelpers() {
  if (window.__a11y) return;
  const ids = new WeakMap();
  let next = 0;
  window.__a11y = {
    id: (el) => { if (!ids.has(el)) ids.set(el, next++); return ids.get(el); },
    // one radio of a group is enough for Tab: the arrow keys move within it
    key: (el) => (el.type === 'radio' ? `radio group ${el.name}` : `#${window.__a11y.id(el)}`),
    describe: (el) => {
      const text = el.getAttribute('aria-label') ?? el.textContent.trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${el.tagName.toLowerCase()} "${text}"${el.getAttribute('href') ? ` → ${el.getAttribute('href')}` : ''}`;
    },
  };
}

/**
 * Tabs through `page` until the focus comes back round; returns the problems found: a control
 * that Tab never reaches (one radio of a group is enough) or that shows no focus outline.
 */
export async function keyboardProblems(page, maxTabs = 400) {
  await page.evaluate(installHelpers);
  const problems = [];
  const seen = new Set();
  const reached = new Set();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const { id, key, describe } = window.__a11y;
      return { id: id(el), key: key(el), name: describe(el), visible: outlined || style.boxShadow !== 'none' };
    });
    if (focused === null) continue;
    if (seen.has(focused.id)) break;
    seen.add(focused.id);
    reached.add(focused.key);
    if (!focused.visible) problems.push(`no visible focus on ${focused.name}`);
  }
  const controls = await page.evaluate(() => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((el) => !el.disabled && el.tabIndex >= 0 && el.checkVisibility())
    .map((el) => ({ key: window.__a11y.key(el), name: window.__a11y.describe(el) })));
  for (const { key, name } of controls) if (!reached.has(key)) problems.push(`not reached with Tab: ${name}`);
  await page.evaluate(() => document.activeElement?.blur()); // so that later keys go to the screen
  return [...new Set(problems)];
}
