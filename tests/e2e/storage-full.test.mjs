// End-to-end: storage runs out. The profile lives on a 48 MB disk and the test fills the
// origin's quota (a database of its own); Chromium then aborts the app's transactions at commit
// with QuotaExceededError. A grade and a notes autosave fail with the storage-full message and
// change nothing stored; once the space is freed, Retry saves both, and a reload finds exactly
// what was saved. (Chromium 156 ignores the DevTools protocol's Storage.overrideQuotaForOrigin.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { fillStorage, freeStorage, smallDisk } from './support/small-disk.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { InterviewPage } from './pages/interview.mjs';
import { ReviewPage } from './pages/review.mjs';

const server = serveAppForFile();
const FULL = /storage is full/;

/** Runs `body` in a browser whose profile is on a small disk. */
async function onSmallDisk(body) {
  const disk = await smallDisk(48);
  try {
    await inBrowser({ profile: disk.dir }, body);
  } finally {
    await disk.unmount();
  }
}

const alert = (page) => page.getByRole('alert').filter({ hasText: FULL });

test('a grade on a full disk fails in words, keeps its card, and saves on Retry once space is back', async () => {
  await onSmallDisk(async ({ page }) => {
    const home = new HomePage(page, server.url);
    await home.open();
    await home.reviewOneCard(5);
    assert.equal(await home.historyTotal(), 1);

    assert.ok(await fillStorage(page) > 10e6, 'the quota is tens of MB on this disk');
    await page.goto(`${server.url}#/review`);
    const review = new ReviewPage(page);
    const front = await review.frontText();
    await review.showAnswerWithKeyboard();
    await page.keyboard.press('4');
    await alert(page).waitFor();
    assert.equal(await review.frontText(), front, 'the card stays until it is saved');

    await freeStorage(page);
    await page.getByRole('button', { name: 'Retry' }).click();
    await review.back().waitFor({ state: 'detached' });
    assert.notEqual(await review.frontText(), front);
    assert.equal(await alert(page).count(), 0, 'the message goes once the grade is saved');

    await page.reload();
    await home.open();
    assert.equal(await home.historyTotal(), 2, 'the first review and the retried one, once each');
  });
});

test('a notes autosave on a full disk fails in words and is saved once space is back', async () => {
  await onSmallDisk(async ({ page }) => {
    await new HomePage(page, server.url).open();
    const interview = new InterviewPage(page, server.url);
    await interview.openPicker();
    await page.getByRole('button', { name: /^Start / }).first().click();
    await page.getByTestId('phase-title').waitFor();
    await interview.typeNotes('Before the disk filled up. ');

    await fillStorage(page);
    await page.getByTestId('notes').pressSequentially('Written on a full disk.');
    await alert(page).waitFor();
    // the last keystroke's save fails too: then the editor says so instead of "Saved"
    await page.getByTestId('save-status').filter({ hasText: /^Not saved yet/ }).waitFor();

    await freeStorage(page);
    await page.getByRole('button', { name: 'Retry' }).click();
    await interview.saved();
    await page.waitForFunction(() => !document.querySelector('[role=alert]')?.textContent?.includes('storage is full'));

    await page.reload();
    await page.getByTestId('notes').waitFor();
    assert.equal(await interview.notes(), 'Before the disk filled up. Written on a full disk.');
  });
});
