// End-to-end: grades while the browser is SIGKILLed at random moments (ARCHDRILL_KILL_GRADES
// grades, 1,000 by default, in bursts of 10–90 on one profile, each burst ended by a kill a few
// milliseconds after a grade key; one start in four is killed while the app loads, when it may
// be writing its snapshot). At the end: every grade the screen confirmed is in the log, in
// order; of the grade that was in flight at a kill, nothing or exactly one review; none doubled;
// and the stored card states and snapshot equal the core's replay of the log
// (examples/replay_check.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveAppForFile } from './support/app.mjs';
import { startKillable } from './support/killable.mjs';
import { HomePage } from './pages/home.mjs';

const server = serveAppForFile();
const GRADES = Number(process.env.ARCHDRILL_KILL_GRADES ?? 1000);
const random = (lo, hi) => lo + Math.floor(Math.random() * (hi - lo + 1));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Lets the learner take up to 999 new cards a day, so 1,000 grades find cards. */
async function allowManyNewCards(page) {
  const home = new HomePage(page, server.url);
  await home.open();
  await page.locator('details.settings > summary').click();
  await page.getByLabel('New cards per day').fill('999');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=count-new]')?.textContent) > 100);
}

/**
 * Grades `n` cards (random grades); the last key is pressed and not waited for. Resolves to
 * { asked, finished }: finished when the day's queue ran out first.
 */
async function gradeBurst(page, n) {
  const asked = [];
  const card = page.locator('article.card');
  for (let i = 0; i < n; i++) {
    // the day's queue can run out (every card graded 4 or 5): then the burst ends there
    await page.locator('[data-testid=card-front], [data-testid=finished]').first().waitFor().catch(async (e) => {
      // what the screen said instead of a card (a start that failed after a kill, say)
      const shown = await page.locator('body').innerText().catch(() => '(no page)');
      throw new Error(`${e.message}\nthe page showed: ${shown.slice(0, 600)}`);
    });
    if (await page.getByTestId('finished').count()) return { asked, finished: true };
    const id = await card.getAttribute('data-card-id');
    await page.keyboard.press('Space');
    await page.getByTestId('card-back').waitFor();
    const q = random(0, 5);
    await page.keyboard.press(String(q));
    asked.push({ id, q });
    if (i < n - 1) await page.getByTestId('card-back').waitFor({ state: 'detached' });
  }
  return { asked, finished: false };
}

/** Every record of the app's stores, read straight from IndexedDB (snapshot text decoded). */
const dumpDatabase = (page) => page.evaluate(async () => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('archdrill');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const all = (store) => new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const [events, cards, snapshots] = await Promise.all([all('events'), all('cards'), all('snapshot')]);
  const packed = snapshots.find((s) => s && typeof s === 'object' && s.packed);
  db.close();
  return {
    events, cards,
    snapshot: packed ? { upto: packed.upto, packed: new TextDecoder().decode(packed.packed) } : null,
  };
});

/** Each session's stored reviews (by time) beside the grades it gave. */
function sessionRecords(sessions, reviews) {
  return sessions.map((session, s) => {
    const until = sessions[s + 1]?.start ?? Infinity;
    const got = reviews.filter((e) => e.at_ms >= session.start && e.at_ms < until).map((e) => ({ id: e.card_id, q: e.action.Grade }));
    return { got, asked: session.asked, confirmed: Math.max(0, session.asked.length - 1) };
  });
}

/**
 * Checks the log's reviews against the sessions: each session's confirmed grades, in order. A
 * failure names every session's counts (stored/confirmed), so a loss shows its pattern.
 */
function checkSessions(sessions, events) {
  const reviews = events.filter((e) => e.action.Grade !== undefined).sort((a, b) => (a.id < b.id ? -1 : 1));
  const records = sessionRecords(sessions, reviews);
  const table = records.map((r, s) => `${s}:${r.got.length}/${r.confirmed}`).join(' ');
  for (const [s, { got, asked, confirmed }] of records.entries()) {
    assert.ok(got.length === confirmed || got.length === confirmed + 1,
      `session ${s}: ${got.length} reviews stored of ${confirmed} confirmed (+1 in flight); every session (stored/confirmed): ${table}; ${events.length} events in all`);
    assert.deepEqual(got, asked.slice(0, got.length), `session ${s}: the stored reviews are the grades given, in order`);
  }
  return reviews.length;
}

test(`${GRADES} grades with the browser SIGKILLed at random moments lose and double nothing`, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'archdrill-kill-'));
  const sessions = [];
  let browser;
  try {
    let total = 0;
    while (total < GRADES) {
      const start = Date.now();
      browser = await startKillable(dir);
      if (!sessions.length) await allowManyNewCards(browser.page);
      const loading = sessions.length > 0 && random(1, 4) === 1;
      // a kill while loading ends the navigation: its failure is expected then
      const opened = browser.page.goto(`${server.url}#/review`).then(() => null, (e) => e);
      if (loading) {
        await sleep(random(0, 600));
      } else {
        const failed = await opened;
        if (failed) throw failed;
      }
      const burst = loading ? { asked: [], finished: false } : await gradeBurst(browser.page, Math.min(random(10, 90), GRADES - total));
      const { asked } = burst;
      if (!loading) await sleep(random(0, 30));
      await browser.kill();
      await opened;
      sessions.push({ start, asked });
      total += asked.length;
      if (burst.finished) break;
    }
    assert.ok(total >= 500, `${total} grades before the queue ran out`);
    browser = await startKillable(dir);
    await new HomePage(browser.page, server.url).open();
    const dump = await dumpDatabase(browser.page);
    const stored = checkSessions(sessions, dump.events);
    const file = join(dir, 'dump.json');
    await writeFile(file, JSON.stringify(dump));
    const check = spawnSync('cargo', ['run', '--quiet', '--release', '--example', 'replay_check', '--', file], { encoding: 'utf8' });
    assert.ok(check.stdout, `replay_check printed nothing: ${check.stderr}`);
    const summary = JSON.parse(check.stdout);
    assert.equal(summary.reviews, stored);
    assert.deepEqual(summary.cards_differing, []);
    assert.deepEqual(summary.snapshot_differing, []);
    const loads = sessions.filter((x) => !x.asked.length).length;
    console.log(`kill test: ${sessions.length} kills (${loads} while loading), ${total} grades given, ${stored} stored, ${summary.cards} card states = replay`);
  } finally {
    await browser?.kill();
    await rm(dir, { recursive: true, force: true });
  }
});
