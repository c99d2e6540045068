// End-to-end: `?` shows the current screen's keyboard shortcuts in a modal dialog (also from
// the button at the foot of every screen); Esc closes it without the screen acting on that Esc,
// and focus goes back; typing "?" into a field types it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';
import { axeViolations, describeViolation } from './support/a11y.mjs';

const server = serveAppForFile();

/** The keys listed by the open dialog. */
async function listedKeys(page) {
  return (await page.getByTestId('shortcuts').locator('kbd').allTextContents()).map((t) => t.trim());
}

test('? on Review lists its keys; Esc closes the list, not the review', async () => {
  await inBrowser({}, async ({ page }) => {
    await page.goto(`${server.url}#/review`);
    await new ReviewPage(page).front().waitFor();
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    assert.deepEqual(await listedKeys(page), ['Space or Enter', '0 – 5', 'U', '-', '@', 'Esc', '?', 'Tab, Shift+Tab']);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Close');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Close', 'focus stays in the dialog');
    assert.equal(await page.locator('main[inert]').count(), 1, 'the screen behind is inert');
    const violations = (await axeViolations(page)).map((v) => describeViolation('shortcuts', v));
    assert.deepEqual(violations, []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.match(page.url(), /#\/review$/, 'the Esc closed the list and did not go home');
    assert.equal(await page.locator('[inert]').count(), 0);
  });
});

test('the button at the foot opens the list anywhere; a ? typed into a field is text', async () => {
  await inBrowser({}, async ({ page }) => {
    await new HomePage(page, server.url).open();
    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
    assert.deepEqual(await listedKeys(page), ['?', 'Tab, Shift+Tab']);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.goto(`${server.url}#/stats`);
    await page.getByTestId('streaks').waitFor();
    await page.keyboard.press('Shift+Slash');
    assert.ok((await listedKeys(page)).includes('← →'));
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}#/topics`);
    await page.getByRole('searchbox', { name: 'Search cards' }).fill('why?');
    assert.equal(await page.getByTestId('shortcuts').count(), 0);
    assert.equal(await page.getByRole('searchbox', { name: 'Search cards' }).inputValue(), 'why?');
  });
});
