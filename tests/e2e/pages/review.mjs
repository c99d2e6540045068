// Page object: the review screen, driven by the keyboard.
export class ReviewPage {
  constructor(page) { this.page = page; }

  front() { return this.page.getByTestId('card-front'); }
  back() { return this.page.getByTestId('card-back'); }

  async frontText() {
    await this.front().waitFor();
    return (await this.front().textContent()).trim();
  }

  /** Cards left today, from the review bar. */
  async remaining() {
    return Number((await this.page.getByTestId('remaining').textContent()).match(/^(\d+) left/)[1]);
  }

  async showAnswerWithKeyboard(key = 'Space') {
    await this.front().waitFor();
    await this.page.keyboard.press(key);
    await this.back().waitFor();
  }

  /** Presses the grade key and waits until the answer is hidden again (the write committed). */
  async gradeWithKeyboard(q) {
    await this.page.keyboard.press(String(q));
    await this.back().waitFor({ state: 'detached' });
  }

  /** Grades every card left 5 with the keyboard until the finished screen shows. */
  async finishQueue() {
    const finished = this.page.getByTestId('finished');
    while (!(await finished.count())) {
      await this.showAnswerWithKeyboard();
      await this.gradeWithKeyboard(5);
    }
  }

  async undoWithKeyboard() {
    const before = await this.remaining();
    await this.page.keyboard.press('u');
    await this.page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=remaining]')?.textContent?.match(/^(\d+)/)?.[1]) > n,
      before,
    );
  }
}
