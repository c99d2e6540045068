// End-to-end: a whole (shortened) mock interview with typed notes, self-assessment, rating and history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBrowser } from './support/browser.mjs';
import { serveAppForFile } from './support/app.mjs';
import { InterviewPage } from './pages/interview.mjs';

const server = serveAppForFile();

const NOTES = {
  clarify: '100M new URLs/month = 40 writes/s, 4k reads/s, 3 TB in 5 years, p99 20 ms',
  simplify: 'API servers behind an ALB, Postgres primary, Redis cache, Kafka for clicks',
  bottleneck: '| option | cost |\n|---|---|\n| Redis | 1 node |\n',
  failure: 'Postgres down: failover to replica.\nRedis down: fall back to Postgres.\nKafka down: retry with backoff, DLQ for poison messages.',
};

test('a whole interview: notes survive a reload, assessment gives an explained rating kept in history', async () => {
  await inBrowser({}, async ({ page }) => {
    const interview = new InterviewPage(page, server.url);
    await interview.openPicker();
    await interview.start('Design a URL shortener');
    assert.match(await interview.phaseTitle(), /^1 of 4 · Clarify/);
    await interview.typeNotes(NOTES.clarify);

    // autosave: after a reload the home screen offers to resume the same phase with the notes
    await page.goto(server.url);
    await page.reload();
    await page.getByRole('link', { name: 'Resume interview' }).click();
    await page.getByTestId('phase-title').waitFor();
    assert.match(await interview.phaseTitle(), /^1 of 4/);
    assert.equal(await interview.notes(), NOTES.clarify);

    for (const phase of ['simplify', 'bottleneck', 'failure']) {
      await interview.nextPhase();
      await interview.typeNotes(NOTES[phase]);
    }
    assert.match(await interview.phaseTitle(), /^4 of 4 · Design for failure/);
    await interview.finish();

    // the automatic signals read the notes
    const signals = await page.getByTestId('result-clarify').locator('.signal').first().textContent();
    assert.match(signals, /^met.*40 writes\/s/);
    for (const phase of ['clarify', 'simplify', 'bottleneck']) await interview.assess(phase, 'met');
    await interview.assess('failure', 'partly');
    await interview.saveRating();
    const overall = await interview.overall();
    assert.match(overall, /Overall: [34] · (Hire|Strong Hire)/);
    assert.match(await page.getByTestId('overall-explanation').textContent(), /→/);

    await page.reload();
    await page.goto(`${server.url}#/history`);
    const entry = page.getByTestId('history-url-shortener');
    await entry.waitFor();
    assert.match(await entry.textContent(), /(Hire|Strong Hire)/);
    await interview.openPicker();
    assert.match(await page.getByTestId('interview-list').locator('li', { hasText: 'URL shortener' }).textContent(), /best/);
  });
});
