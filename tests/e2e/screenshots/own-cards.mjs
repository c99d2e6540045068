// Screenshots of the card editor (a card with Markdown being previewed, then a field error), a
// deck's page with own cards, Home's "Your decks" and the Anki import preview, light and dark,
// 390 and 1280 px: `ARCHDRILL_DIST=… node tests/e2e/screenshots/own-cards.mjs` after
// `make e2e-build`.
import { launch } from '../support/browser.mjs';
import { serveApp } from '../support/app.mjs';
import { HomePage } from '../pages/home.mjs';
import { EditorPage } from '../pages/editor.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';

const OUT = dirname(fileURLToPath(import.meta.url));
const server = await serveApp();
const fixture = await readFile('tests/fixtures/anki/anki_export.txt');

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    const { page, close } = await launch({ colorScheme, width, height: 900 });
    const shot = (name, fullPage = false) => page.screenshot({ path: join(OUT, `${name}-${colorScheme}-${width}.png`), fullPage });
    const editor = new EditorPage(page, server.url);
    const deck = await editor.newDeck('Postgres internals');
    await editor.addCard(deck, { front: 'What does **VACUUM** reclaim?', back: 'Space held by dead tuples:\n\n- after `UPDATE`/`DELETE`\n- not returned to the OS (use `VACUUM FULL`)', tags: 'postgres mvcc' });
    await editor.openNewCard(deck);
    await editor.fill({ front: 'Why can a **long transaction** bloat a table?', back: 'It holds back the *xmin horizon*: no tuple newer than it can be vacuumed.\n\n| table | dead tuples |\n|---|---:|\n| orders | 1,200,000 |', tags: 'postgres' });
    await shot('card-editor', true);
    await editor.fill({ back: '' });
    await page.getByRole('button', { name: 'Save card' }).click();
    await page.locator('#edit-back-error').filter({ hasText: /empty/ }).waitFor();
    await shot('card-editor-error');
    await page.goto(`${server.url}#/topics/${deck}`);
    await page.getByTestId('topic-cards').waitFor();
    await shot('own-deck');
    await new HomePage(page, server.url).openWhole();
    await page.getByText('Your decks').first().scrollIntoViewIfNeeded();
    await shot('home-your-decks');
    await page.locator('details.settings > summary').click();
    await page.getByTestId('anki-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: fixture });
    await page.getByTestId('anki-preview').waitFor();
    await page.getByTestId('anki-preview').scrollIntoViewIfNeeded();
    await shot('anki-import-preview');
    await close();
  }
}
await server.close();
console.log(`screenshots in ${OUT}`);
