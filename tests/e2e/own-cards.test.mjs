// End-to-end: the learner's own decks and cards. A deck and a card made with field messages and
// a live preview, reviewed, edited, deleted and brought back by Undo; everything (card, review,
// settings, interview note) exported, the site's data cleared, the backup imported and found
// back; every card exported to Anki and the file imported again without a card added twice;
// files as Anki writes them imported, bad ones named with their line and nothing written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { HomePage } from './pages/home.mjs';
import { ReviewPage } from './pages/review.mjs';
import { EditorPage } from './pages/editor.mjs';

const server = serveAppForFile();

/** Opens Home with its settings shown. */
async function openSettings(page) {
  await new HomePage(page, server.url).openWhole();
  await page.locator('details.settings > summary').click();
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
}

/** Clicks `button` in Your data and resolves to the downloaded file's { name, text }. */
async function download(page, button) {
  await openSettings(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Picks `bytes` as an Anki file; resolves to the preview's or the message's text. */
async function pickAnki(page, bytes, name = 'notes.txt') {
  await openSettings(page);
  await page.getByTestId('anki-file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(bytes) });
  const shown = page.locator('[data-testid=anki-preview] p, [data-testid=anki-message]');
  await shown.first().waitFor();
  return (await shown.first().textContent()).trim();
}

/** The fronts listed on the open topic page, as text. */
async function fronts(page) {
  await page.getByTestId('topic-cards').waitFor();
  return (await page.getByTestId('topic-cards').locator('.md.front').allTextContents()).map((t) => t.trim());
}

test('a deck and a card: field messages, live preview, review, edit, delete and Undo', async () => {
  await inBrowser({}, async ({ page }) => {
    const editor = new EditorPage(page, server.url);
    await page.goto(`${server.url}#/decks/new`);
    await page.getByRole('button', { name: 'Save deck' }).click();
    assert.equal(await editor.fieldError('deck-name'), "The deck's name is empty: name the deck.");
    const deck = await editor.newDeck('Spanish');
    assert.match(deck, /^deck-/);
    await page.getByText('No cards yet').waitFor();

    await editor.openNewCard(deck);
    await page.getByRole('button', { name: 'Save card' }).click();
    assert.equal(await editor.fieldError('edit-front'), 'The front is empty: write a question.');
    await editor.fill({ front: 'x'.repeat(4001), back: 'fine' });
    await page.getByRole('button', { name: 'Save card' }).click();
    assert.equal(await editor.fieldError('edit-front'), 'The front is 4,001 characters long; it can be at most 4,000 characters.');
    await editor.fill({ front: 'What is **hola**?', back: '<img src=x onerror="window.pwned=1"> *hello*', tags: 'greeting es' });
    assert.equal(await page.getByTestId('edit-front-preview').innerHTML(), '<p>What is <strong>hola</strong>?</p>\n');
    assert.match(await page.getByTestId('edit-back-preview').textContent(), /<img src=x onerror="window.pwned=1"> hello/);
    await editor.save();
    assert.deepEqual(await fronts(page), ['What is hola?']);
    assert.match(await page.getByTestId('topic-cards').textContent(), /#greeting #es/);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'typed HTML never runs');

    await page.getByRole('link', { name: 'Rename deck' }).click();
    await page.getByTestId('deck-name').fill('Spanish A1');
    await page.getByRole('button', { name: 'Save deck' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spanish A1' }).waitFor();
    assert.deepEqual(await fronts(page), ['What is hola?'], 'the renamed deck keeps its card');

    await new HomePage(page, server.url).openWhole();
    const own = page.getByRole('region', { name: 'Curriculum' }).locator('article', { hasText: 'Your decks' });
    assert.match(await own.textContent(), /Spanish A1\s*1 card(?!s)/);
    await page.goto(`${server.url}#/review/topic/${deck}`);
    const review = new ReviewPage(page);
    assert.equal(await review.frontText(), 'What is hola?');
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(4);
    await page.getByTestId('finished').waitFor();

    await page.goto(`${server.url}#/topics/${deck}`);
    await page.getByRole('link', { name: 'Edit' }).click();
    await editor.fill({ back: '*hello*, also *hi*' });
    await editor.save();
    assert.match(await page.getByTestId('topic-cards').textContent(), /hello, also hi/);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Delete card' }).click();
    await page.getByTestId('card-deleted').waitFor();
    await page.goto(`${server.url}#/topics/${deck}`);
    await page.getByText('No cards yet').waitFor();
    await page.goBack();
    // a new editor of a deleted card says so; Undo lives on the editor that deleted it
    await page.getByText('is not one of yours, or it was deleted').waitFor();
  });
});

test('a card of your own in a curriculum topic counts and is found with it', async () => {
  await inBrowser({}, async ({ page }) => {
    const editor = new EditorPage(page, server.url);
    await page.goto(`${server.url}#/topics/caching`);
    const before = (await fronts(page)).length;
    await editor.addCard('caching', { front: 'My own: what does a CDN cache?', back: 'Static files near users' });
    const after = await fronts(page);
    assert.equal(after.length, before + 1);
    assert.equal(after.at(-1), 'My own: what does a CDN cache?');
    await page.getByRole('link', { name: 'Edit' }).waitFor();
    await page.goto(`${server.url}#/topics`);
    await page.getByRole('searchbox', { name: 'Search cards' }).fill('what does a CDN cache');
    await page.getByTestId('search-results').getByText('My own: what does a CDN cache?').waitFor();
    await new HomePage(page, server.url).openWhole();
    const caching = page.getByRole('region', { name: 'Curriculum' }).getByRole('link', { name: /^Caching/ });
    assert.match(await caching.textContent(), new RegExp(`${before + 1} cards`), 'Home counts it with the topic');
  });
});

test('Undo after a delete brings the card back with its schedule, after a reload too', async () => {
  await inBrowser({}, async ({ page }) => {
    const editor = new EditorPage(page, server.url);
    const deck = await editor.newDeck('Undo');
    await editor.addCard(deck, { front: 'Kept?', back: 'Yes' });
    await page.goto(`${server.url}#/review/topic/${deck}`);
    const review = new ReviewPage(page);
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(5);
    await page.goto(`${server.url}#/topics/${deck}`);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Delete card' }).click();
    await page.getByTestId('card-deleted').getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('card-deleted').waitFor({ state: 'detached' });
    await page.reload();
    await page.goto(`${server.url}#/topics/${deck}`);
    assert.deepEqual(await fronts(page), ['Kept?']);
    await page.goto(`${server.url}#/review/topic/${deck}`);
    await page.getByTestId('finished').waitFor(); // reviewed today already: its schedule came back
    await new HomePage(page, server.url).open();
    assert.equal(await new HomePage(page, server.url).historyTotal(), 1, 'the undone delete took no review away');
  });
});

test('a card, a review, settings and a note: exported, site data cleared, imported and all found back', async () => {
  let file;
  let deck;
  await inBrowser({}, async ({ page }) => {
    const editor = new EditorPage(page, server.url);
    deck = await editor.newDeck('Backed up');
    await editor.addCard(deck, { front: 'Survives a wipe?', back: 'From the backup', tags: 'safe' });
    await page.goto(`${server.url}#/review/topic/${deck}`);
    const review = new ReviewPage(page);
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(4);
    await openSettings(page);
    await page.getByLabel('New cards per day').fill('7');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.goto(`${server.url}#/interviews`);
    await page.getByRole('button', { name: /^Start / }).first().click();
    await page.getByTestId('notes').fill('Peak 12k reads/s: cache the redirects.');
    await page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
    file = await download(page, 'Export backup');
  });
  // a new profile: what a browser that cleared the site's data holds
  await inBrowser({}, async ({ page }) => {
    await openSettings(page);
    await page.getByTestId('backup-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
    assert.match(await page.getByTestId('import-preview').textContent(), /1 review, .*1 interview attempt/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('data-message').filter({ hasText: /^Imported/ }).waitFor();
    await page.goto(`${server.url}#/topics/${deck}`);
    assert.deepEqual(await fronts(page), ['Survives a wipe?']);
    assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Backed up/);
    await openSettings(page);
    assert.equal(await page.getByLabel('New cards per day').inputValue(), '7');
    assert.equal(await new HomePage(page, server.url).historyTotal(), 1);
    await page.getByRole('link', { name: 'Resume interview' }).click();
    assert.equal(await page.getByTestId('notes').inputValue(), 'Peak 12k reads/s: cache the redirects.');
  });
});

test('every card exported to Anki imports back without a card added twice', async () => {
  let anki;
  await inBrowser({}, async ({ page }) => {
    const editor = new EditorPage(page, server.url);
    const deck = await editor.newDeck('Round trip');
    await editor.addCard(deck, { front: 'Out and **back**?', back: 'Unchanged', tags: 'trip' });
    anki = await download(page, 'Export to Anki');
    assert.match(anki.name, /^archdrill-anki-\d{4}-\d\d-\d\d\.txt$/);
    const text = anki.bytes.toString('utf8');
    assert.match(text, /^#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n/);
    assert.match(text, /\tBasic\tarchdrill::Round trip\t"<p>Out and <strong>back<\/strong>\?<\/p>\n"\t"<p>Unchanged<\/p>\n"\ttrip\n/);
    assert.match(await pickAnki(page, anki.bytes), /^Nothing to import: 1 card already here; [\d,]+ built-in cards of archdrill left as they are/);
  });
  await inBrowser({}, async ({ page }) => {
    assert.match(await pickAnki(page, anki.bytes), /^1 card new, in 1 new deck \(Round trip\); [\d,]+ built-in cards/);
    await page.getByRole('button', { name: 'Import cards' }).click();
    await page.getByTestId('anki-message').filter({ hasText: /^Imported from Anki/ }).waitFor();
    await page.goto(`${server.url}#/topics`);
    await page.getByRole('link', { name: /^Round trip/ }).click();
    assert.deepEqual(await fronts(page), ['Out and back?']);
    assert.match(await pickAnki(page, anki.bytes), /^Nothing to import: 1 card already here/);
  });
});

test('files as Anki writes them import; bad ones are named with their line and write nothing', async () => {
  const fixture = await readFile('tests/fixtures/anki/anki_export.txt');
  await inBrowser({}, async ({ page }) => {
    assert.match(await pickAnki(page, fixture), /cards? new/);
    await page.getByRole('button', { name: 'Import cards' }).click();
    await page.getByTestId('anki-message').filter({ hasText: /^Imported from Anki/ }).waitFor();
    const bad = [
      [Buffer.from('#separator:tab\n"open quote\tback\n'), /line 2: .*quote/i],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb\n', 'utf16le')]), /UTF-16/],
      [Buffer.from([0, 159, 146, 150, 0, 1, 2]), /line 1/],
    ];
    for (const [bytes, reason] of bad) {
      const said = await pickAnki(page, bytes);
      assert.match(said, reason);
      assert.match(said, /Nothing was imported\.$/);
      assert.equal(await page.getByTestId('anki-preview').count(), 0);
    }
    assert.equal(await page.evaluate(() => window.pwned), undefined);
  });
});
