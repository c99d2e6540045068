// Page object: the mock-interview picker, a running attempt and its results.
export class InterviewPage {
  constructor(page, baseUrl) { this.page = page; this.baseUrl = baseUrl; }

  async openPicker() {
    await this.page.goto(`${this.baseUrl}#/interviews`);
    await this.page.getByTestId('interview-list').waitFor();
  }

  async start(title) {
    await this.page.getByRole('button', { name: `Start ${title}` }).click();
    await this.page.getByTestId('phase-title').waitFor();
  }

  async phaseTitle() { return (await this.page.getByTestId('phase-title').textContent()).trim(); }

  /** Types notes into the current phase like a user (key by key). */
  async typeNotes(text) {
    const box = this.page.getByTestId('notes');
    await box.click();
    await box.pressSequentially(text, { delay: 0 });
    await this.saved();
  }

  /** Waits until the autosave has written everything. */
  async saved() {
    await this.page.getByTestId('save-status').filter({ hasText: /^Saved/ }).waitFor();
  }

  async notes() { return this.page.getByTestId('notes').inputValue(); }

  async nextPhase() {
    const before = await this.phaseTitle();
    await this.page.getByRole('button', { name: 'Next phase →' }).click();
    await this.page.waitForFunction((t) => document.querySelector('[data-testid=phase-title]')?.textContent?.trim() !== t, before);
  }

  async finish() {
    await this.page.getByRole('button', { name: 'Finish interview' }).click();
    await this.page.getByTestId('overall').waitFor();
  }

  /** Marks every rubric item of the phase result `phase` (clarify, simplify, …) with `mark`. */
  async assess(phase, mark) {
    const section = this.page.getByTestId(`result-${phase}`);
    const groups = section.getByRole('radiogroup');
    for (let i = 0; i < (await groups.count()); i++) {
      await groups.nth(i).getByRole('radio', { name: mark }).check();
    }
  }

  async saveRating() {
    await this.page.getByRole('button', { name: 'Save rating' }).click();
    await this.page.getByTestId('saved').waitFor();
  }

  async overall() { return (await this.page.getByTestId('overall').locator('.overall-rating').textContent()).trim(); }
}
