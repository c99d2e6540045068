// Page object: the editors of own decks and cards.

export class EditorPage {
  constructor(page, baseUrl) { this.page = page; this.baseUrl = baseUrl; }

  /** Makes a deck named `name` from Topics; resolves to its id (the topic page's slug). */
  async newDeck(name) {
    await this.page.goto(`${this.baseUrl}#/decks/new`);
    await this.page.getByTestId('deck-name').fill(name);
    await this.page.getByRole('button', { name: 'Save deck' }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    return decodeURIComponent(new URL(this.page.url()).hash.replace('#/topics/', ''));
  }

  /** Opens the editor of a new card in the deck or topic `slug`. */
  async openNewCard(slug) {
    await this.page.goto(`${this.baseUrl}#/topics/${slug}`);
    await this.page.getByTestId('add-card').click();
    await this.page.getByTestId('edit-front').waitFor();
  }

  /** Fills the editor's fields. */
  async fill({ front, back, tags }) {
    if (front !== undefined) await this.page.getByTestId('edit-front').fill(front);
    if (back !== undefined) await this.page.getByTestId('edit-back').fill(back);
    if (tags !== undefined) await this.page.getByTestId('edit-tags').fill(tags);
  }

  /** Saves the card and waits for the deck's page it leads to. */
  async save() {
    await this.page.getByRole('button', { name: 'Save card' }).click();
    await this.page.getByTestId('topic-cards').waitFor();
  }

  /** Adds a card in `slug` and comes back to the deck's page. */
  async addCard(slug, card) {
    await this.openNewCard(slug);
    await this.fill(card);
    await this.save();
  }

  /** The text of a field's error message ('' when none). */
  async fieldError(id) {
    return (await this.page.locator(`#${id}-error`).textContent()).trim();
  }
}
