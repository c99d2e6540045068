// End-to-end: Settings → Your data. A backup downloaded from one profile imports into an empty
// one after a preview, and exporting there gives the same bytes; importing twice adds nothing;
// bad files are named and write nothing; a database the browser deleted is noticed on Home and
// restored from the file; 50 reviews not in a backup bring a reminder that "Not now" puts off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();

/** Opens Home with its settings shown. */
async function openSettings(page) {
  await new HomePage(page, server.url).openWhole();
  await page.locator('details.settings > summary').click();
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
}

/** Exports a backup; resolves to { name, bytes }. */
async function exportBackup(page) {
  await openSettings(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  await page.getByTestId('data-message').filter({ hasText: /^Downloaded/ }).waitFor();
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Picks `bytes` as the backup file; resolves to the preview's or the message's text. */
async function pick(page, bytes, name = 'backup.json') {
  await openSettings(page);
  await page.getByTestId('backup-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
  const shown = page.locator('[data-testid=import-preview] p, [data-testid=data-message]');
  await shown.first().waitFor();
  return (await shown.first().textContent()).trim();
}

/** Grades `n` cards on the review screen with `q`. */
async function review(page, n, q) {
  await page.goto(`${server.url}#/review`);
  const r = new ReviewPage(page);
  for (let i = 0; i < n; i++) {
    await r.showAnswerWithKeyboard();
    await r.gradeWithKeyboard(q);
  }
}

/** A profile with three reviews and an interview attempt with notes; resolves to its backup. */
async function studied(page) {
  await review(page, 3, 4);
  await page.goto(`${server.url}#/interviews`);
  await page.getByRole('button', { name: /^Start / }).first().click();
  await page.getByTestId('notes').fill('10k QPS reads, 100 writes/s: cache first.');
  await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
  return exportBackup(page);
}

test('a backup imported into an empty profile after a preview exports to the same bytes; twice adds nothing', async () => {
  let file;
  await inBrowser({}, async ({ page }) => { file = await studied(page); });
  assert.match(file.name, /^archdrill-backup-\d{4}-\d\d-\d\d\.json$/);
  const parsed = JSON.parse(file.bytes);
  assert.equal(parsed.format, 'archdrill-backup');
  assert.deepEqual([parsed.header.reviews, parsed.header.attempts], [3, 1]);

  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    assert.equal(await pick(page, file.bytes), '3 reviews, 1 interview attempt new; 0 already here.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('data-message').filter({ hasText: /^Imported: 3 reviews/ }).waitFor();
    await home.open();
    assert.equal(await home.historyTotal(), 3);
    assert.equal(await page.getByRole('link', { name: 'Resume interview' }).count(), 1, 'the attempt came along');

    const again = await exportBackup(page);
    assert.ok(again.bytes.equals(file.bytes), 'export → import into an empty profile → export: the same bytes');
    assert.equal(await pick(page, file.bytes), 'Nothing to import. Nothing new: 4 already here.');
    assert.equal(await page.getByTestId('import-preview').count(), 0);
  });
});

test('bad files are named and nothing is written', async () => {
  let file;
  await inBrowser({}, async ({ page }) => { file = await studied(page); });
  const good = JSON.parse(file.bytes);
  const edited = (change) => { const b = structuredClone(good); change(b); return JSON.stringify(b); };
  const cases = [
    ['hello', /not a backup: it is not JSON/],
    ['{"a": 1}', /not an archdrill backup/],
    [edited((b) => { b.version = 2; }), /format 2, newer than this archdrill reads \(1\)/],
    [file.bytes.subarray(0, file.bytes.length >> 1), /cut short \(truncated\)/],
    [edited((b) => { b.events[1].card_id = ''; }), /event 2 does not read: it names no card/],
    [edited((b) => { b.events[2].day = 'Tuesday'; }), /event 3 does not read: invalid type: string "Tuesday", expected i32\. Nothing/],
  ];
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await review(page, 1, 5);
    for (const [bytes, reason] of cases) {
      assert.match(await pick(page, bytes), reason);
      assert.match(await page.getByRole('alert').textContent(), /Nothing was imported/);
      assert.equal(await page.getByTestId('import-preview').count(), 0);
    }
    await home.open();
    assert.equal(await home.historyTotal(), 1, 'only the review made here');
  });
});

test('a database the browser deleted is noticed on Home and restored from the backup', async () => {
  await inBrowser({}, async ({ page }) => {
    const file = await studied(page);
    const home = new HomePage(page, server.url);
    await home.open();
    // what the browser does when it evicts the site's IndexedDB (the app gives way to it)
    await page.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('archdrill');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    }));
    await page.reload();
    const notice = page.getByTestId('eviction-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /deleted archdrill's data.*held your progress on 3 cards/s);
    await page.getByRole('region', { name: 'Curriculum' }).waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), notice.getByRole('button', { name: 'Restore from a backup' }).click()]);
    await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await notice.waitFor({ state: 'detached' });
    assert.equal(await home.historyTotal(), 3);
    await page.reload();
    await home.open();
    assert.equal(await notice.count(), 0, 'restored: no notice after a reload');
  });
});

test('50 reviews not in a backup bring a reminder; Not now puts it off, a backup ends it', async () => {
  await inBrowser({}, async ({ page }) => {
    const home = new HomePage(page, server.url);
    await review(page, 49, 2); // a grade below 4 brings the card back: the queue never ends
    await home.open();
    await page.getByRole('region', { name: 'Curriculum' }).waitFor();
    assert.equal(await page.getByTestId('backup-reminder').count(), 0, '49 reviews: no reminder');
    await review(page, 1, 2);
    await home.open();
    const reminder = page.getByTestId('backup-reminder');
    await reminder.waitFor();
    assert.match(await reminder.textContent(), /^50 reviews are not in a backup yet/);
    await reminder.getByRole('button', { name: 'Not now' }).click();
    await page.reload();
    await home.openWhole();
    await page.waitForTimeout(300);
    assert.equal(await reminder.count(), 0, 'put off for a week');

    await page.evaluate(() => localStorage.removeItem('archdrill:reminder-off'));
    await exportBackup(page);
    await page.reload();
    await home.openWhole();
    await page.waitForTimeout(300);
    assert.equal(await reminder.count(), 0, 'everything is in the backup');
    await openSettings(page);
    assert.match(await page.getByTestId('last-export').textContent(), /^Last backup: .+, 50 reviews\.$/);
  });
});

test('every card exports for Anki as Notes in Plain Text, the same file each time', async () => {
  await inBrowser({}, async ({ page }) => {
    await openSettings(page);
    const cards = Number((await page.getByText(/ sections · \d+ cards$/).textContent()).match(/(\d+) cards$/)[1]);
    const exportAnki = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Anki' }).click()]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    };
    const first = await exportAnki();
    assert.match(first.name, /^archdrill-anki-\d{4}-\d\d-\d\d\.txt$/);
    assert.ok(first.text.startsWith('#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n'));
    assert.equal(first.text.match(/^[0-9A-Za-z]+\tBasic\tarchdrill::/gm).length, cards, 'one note per card');
    assert.match(first.text, /\tBasic\tarchdrill::Test fixtures::Escaping\t/);
    assert.match(await page.getByTestId('data-message').textContent(), new RegExp(`^Downloaded archdrill-anki-.*: ${cards.toLocaleString('en-US')} notes for Anki`));
    assert.equal((await exportAnki()).text, first.text, 'stable guids: a second export is the same file');
  });
});
