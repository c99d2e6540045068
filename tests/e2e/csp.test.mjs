// End-to-end: the build's Content-Security-Policy. index.html carries it as a <meta> with the
// hashes of exactly its own inline scripts; `_headers` gives the header form; the app runs under
// both without a single violation (every test of the suite checks that, support/browser.mjs);
// a script, handler or javascript: URL put into the page is refused and reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inBrowser } from './support/browser.mjs';
import { DIST, serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';

const server = serveAppForFile();

/** The directives of a policy as a map from name to its sources. */
const directives = (policy) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter(([n]) => n).map(([n, ...v]) => [n, v]));

const metaPolicy = (html) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];

test('index.html allows exactly its own inline scripts, no eval and no plugins', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const policy = metaPolicy(html);
  assert.ok(policy, 'index.html has a CSP <meta>');
  assert.ok(html.indexOf('http-equiv="Content-Security-Policy"') < html.indexOf('<script'), 'the policy comes before every script');
  const d = directives(policy);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  assert.ok(inline.length >= 2, 'the content fetch and the wasm start are inline scripts');
  const hashes = d.get('script-src').filter((s) => s.startsWith("'sha256-"));
  assert.deepEqual(hashes.sort(), inline.sort());
  assert.deepEqual(d.get('script-src').filter((s) => !s.startsWith("'sha256-")), ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(d.get('default-src'), ["'none'"]);
  assert.deepEqual(d.get('object-src'), ["'none'"]);
  assert.deepEqual(d.get('base-uri'), ["'none'"]);
  assert.doesNotMatch(policy, /'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
});

test('the server sends the header form from _headers, with frame-ancestors', async () => {
  const response = await fetch(server.url);
  const header = response.headers.get('content-security-policy');
  assert.ok(header, 'a Content-Security-Policy header');
  const html = await response.text();
  assert.equal(header, `${metaPolicy(html)}; frame-ancestors 'none'`);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
});

test('a script, an inline handler and a javascript: URL put into the page are refused and reported', async () => {
  await inBrowser({}, async ({ page, cspViolations }) => {
    await new HomePage(page, server.url).open();
    const reports = await page.evaluate(async () => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "script"';
      document.body.append(script);
      const box = document.createElement('div');
      box.innerHTML = '<img src="data:," onerror="window.__injected = \'handler\'">';
      document.body.append(box);
      const link = document.createElement('a');
      link.href = 'javascript:window.__injected = "url"';
      document.body.append(link);
      link.click();
      setTimeout('window.__injected = "string timer"', 0);
      await new Promise((r) => setTimeout(r, 500));
      return { seen, injected: window.__injected ?? null };
    });
    assert.equal(reports.injected, null, 'nothing injected ran');
    assert.ok(reports.seen.includes('script-src-elem inline'), `the script reported: ${reports.seen}`);
    assert.ok(reports.seen.includes('script-src-attr inline'), `the handler reported: ${reports.seen}`);
    assert.ok(reports.seen.filter((s) => s.startsWith('script-src')).length >= 3, `reports: ${reports.seen}`);
    assert.ok(cspViolations.length >= 3, 'Chromium reported the violations on the console');
    cspViolations.length = 0; // the violations this test caused on purpose
  });
});
