// Page object: the home screen.
import { ReviewPage } from './review.mjs';

export class HomePage {
  constructor(page, baseUrl) { this.page = page; this.baseUrl = baseUrl; }

  async open() {
    await this.page.goto(this.baseUrl);
    await this.page.getByTestId('count-new').waitFor();
  }

  /** Opens Home and waits for the curriculum and settings, built after the counts are painted. */
  async openWhole() {
    await this.open();
    await this.page.getByRole('region', { name: 'Curriculum' }).waitFor();
  }

  /** Opens Home's settings, fills `fields` ({ label: value }), saves, and closes them again. */
  async saveSettings(fields) {
    const summary = this.page.locator('details.settings > summary');
    await summary.click();
    for (const [label, value] of Object.entries(fields)) await this.page.getByLabel(label).fill(String(value));
    await this.page.getByRole('button', { name: 'Save' }).click();
    await summary.click();
  }

  /** Reviews one card (answer shown, graded `q` with the keyboard) and comes back to Home. */
  async reviewOneCard(q = 4) {
    await this.page.goto(`${this.baseUrl}#/review`);
    const review = new ReviewPage(this.page);
    await review.showAnswerWithKeyboard();
    await review.gradeWithKeyboard(q);
    await this.open();
  }

  /** { due, new, drill } as numbers. */
  async counts() {
    const read = async (id) => Number(await this.page.getByTestId(id).textContent());
    return { due: await read('count-due'), new: await read('count-new'), drill: await read('count-drill') };
  }

  async historyTotal() {
    return Number((await this.page.getByTestId('history-total').textContent()).match(/\d+/)[0]);
  }

  /** Moves keyboard focus with Tab until it is on the element whose text matches `label`. */
  async tabTo(label, maxTabs = 40) {
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press('Tab');
      const text = await this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (label.test(text)) return;
    }
    throw new Error(`no focusable element matching ${label} within ${maxTabs} tabs`);
  }

  /** Starts the review with the keyboard only. */
  async startReviewWithKeyboard() {
    await this.tabTo(/^Start review$/);
    await this.page.keyboard.press('Enter');
  }
}
