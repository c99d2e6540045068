// Checks of untrusted text shown by the app: no element, attribute or link outside what the
// Markdown renderers write, no payload ran (alert() and its kin replaced by a canary), and each
// XSS vector visible as text.
import { VECTORS } from '../../fixtures/xss/write-deck.mjs';

export { VECTORS };

/** Before any page script: alert(), confirm(), prompt() and print() only set the canary. */
export const CANARY_SCRIPT = () => {
  const tripped = (what) => () => { window.__xss = [...(window.__xss ?? []), what]; };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = tripped(name);
};

/**
 * The text that proves vector `v` is shown as text: a Markdown link's label (its refused
 * target is not shown), an autolink's address (its brackets are syntax), else its first tag (`<IMG` is in the text only when no element was
 * made of it), else its longest word.
 */
export const marker = (v) => v.match(/^!?\[([^\]]+)\]/)?.[1]
  ?? v.match(/^<([a-z]+:[^<>\s]*)>$/i)?.[1]
  ?? v.match(/<\/?[A-Za-z][A-Za-z0-9]*/)?.[0]
  ?? v.match(/[A-Za-z]{4,}/g).sort((a, b) => b.length - a.length)[0];

/**
 * What is wrong under each element `selector` matches, as strings: an element the renderers
 * never write, an attribute they never write, a link to something other than http(s), mailto or
 * a relative address, or a tripped canary. Runs in the page.
 */
export async function unsafeMarkup(page, selector) {
  return page.evaluate((sel) => {
    const ELEMENTS = new Set(['P', 'BR', 'EM', 'STRONG', 'DEL', 'CODE', 'PRE', 'A', 'UL', 'OL', 'LI',
      'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'SPAN']);
    const ATTRIBUTES = { A: ['href', 'title'], OL: ['start'], TH: ['style'], TD: ['style'], CODE: ['class'] };
    const SAFE_HREF = /^(https?:|mailto:|#|\/|\.|[^:]*$)/i;
    const problems = [];
    for (const root of document.querySelectorAll(sel)) {
      for (const el of root.querySelectorAll('*')) {
        if (!ELEMENTS.has(el.tagName)) problems.push(`<${el.tagName.toLowerCase()}> element: ${el.outerHTML.slice(0, 80)}`);
        for (const { name, value } of el.attributes) {
          if (!(ATTRIBUTES[el.tagName] ?? []).includes(name)) problems.push(`${name}= on <${el.tagName.toLowerCase()}>`);
          if (name === 'style' && !/^text-align: (left|center|right)$/.test(value)) problems.push(`style="${value}"`);
        }
        if (el.tagName === 'A' && el.hasAttribute('href') && !SAFE_HREF.test(el.getAttribute('href').trim())) {
          problems.push(`link to ${el.getAttribute('href')}`);
        }
      }
    }
    if (window.__xss) problems.push(`a payload ran: ${window.__xss.join(', ')}`);
    return problems;
  }, selector);
}

/** The vectors whose marker is missing from `text` (whitespace runs count as one space). */
export function vectorsNotShown(text, vectors = VECTORS) {
  const shown = text.replace(/\s+/g, ' ');
  return vectors.filter((v) => !shown.includes(marker(v).replace(/\s+/g, ' ')));
}
