// Page object: the card browser (#/browse) and one card's page (#/browse/<card id>).
export class BrowsePage {
  constructor(page, baseUrl) { this.page = page; this.baseUrl = baseUrl; }

  /** Opens the table and waits for its first page. */
  async open() {
    await this.page.goto(`${this.baseUrl}#/browse`);
    await this.page.getByTestId('browse-table').waitFor();
  }

  showing() { return this.page.getByTestId('browse-showing'); }

  /** Waits until "Showing …" matches `pattern`; gives its text. */
  async waitShowing(pattern) {
    await this.showing().filter({ hasText: pattern }).waitFor();
    return this.showing().textContent();
  }

  rows() { return this.page.getByTestId('browse-table').locator('tbody tr'); }

  /** The text of column `column` (0: the checkbox) of every row shown. */
  async column(column) {
    return this.rows().evaluateAll((rows, c) => rows.map((r) => r.cells[c].textContent.trim()), column);
  }

  /** Picks `label` in the menu with the test id `browse-<menu>` (section, topic, tag, state, sort, order). */
  async choose(menu, label) {
    await this.page.getByTestId(`browse-${menu}`).selectOption({ label });
  }

  async search(text) { await this.page.getByTestId('browse-search').fill(text); }

  async next() { await this.page.getByTestId('browse-next').click(); }
  async previous() { await this.page.getByTestId('browse-previous').click(); }

  /** Checks the boxes of the first `n` rows. */
  async select(n) {
    for (let i = 0; i < n; i++) await this.rows().nth(i).getByRole('checkbox').check();
  }

  /** Presses the action button `name` (Suspend, Unsuspend, Bury) and waits for its words. */
  async act(name, said) {
    await this.page.getByRole('group', { name: 'Act on the selected cards' }).getByRole('button', { name, exact: true }).click();
    return this.waitNotice(said);
  }

  /** Resets the selection to new, through its confirmation. */
  async reset(said) {
    await this.page.getByRole('button', { name: 'Reset…' }).click();
    await this.page.getByRole('button', { name: 'Reset to new' }).click();
    return this.waitNotice(said);
  }

  async flag(colour, said) {
    await this.page.getByLabel('Flag', { exact: true }).selectOption({ label: colour });
    return this.waitNotice(said);
  }

  async waitNotice(pattern) {
    const notice = this.page.getByTestId('browse-notice');
    await notice.filter({ hasText: pattern }).waitFor();
    return notice.textContent();
  }

  /** Opens the card page of row `i` and waits for its history. */
  async openCard(i) {
    await this.rows().nth(i).getByRole('link').click();
    await this.page.getByTestId('card-history').waitFor();
  }

  /** The schedule of the card page as { Due, Interval, Ease, Repetitions, Lapses, Marks }. */
  async schedule() {
    const entries = await this.page.getByTestId('card-schedule').locator('div').evaluateAll((divs) =>
      divs.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent]));
    return Object.fromEntries(entries);
  }

  /** The card page's history as rows of cells [day, what, grade, interval after, ease after]. */
  async history() {
    return this.page.getByTestId('card-history').locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
  }
}
