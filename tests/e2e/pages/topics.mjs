// Page object: the Topics screen and a topic's page.
export class TopicsPage {
  constructor(page, baseUrl) { this.page = page; this.baseUrl = baseUrl; }

  async open() {
    await this.page.goto(`${this.baseUrl}#/topics`);
    await this.page.getByRole('searchbox', { name: 'Search cards' }).waitFor();
  }

  async search(text) {
    await this.page.getByRole('searchbox', { name: 'Search cards' }).fill(text);
    // rendered when the count line agrees with the number of listed results
    await this.page.waitForFunction(() => {
      const count = document.querySelector('[data-testid=search-count]')?.textContent?.match(/^(\d+) cards?$/);
      const items = document.querySelectorAll('[data-testid=search-results] > li').length;
      return count && Number(count[1]) === items;
    });
  }

  /** The fronts of the search results. */
  async resultFronts() {
    return (await this.page.getByTestId('search-results').locator('summary .md').allTextContents()).map((t) => t.trim());
  }

  async openTopic(name) {
    await this.page.getByRole('link', { name: new RegExp(`^${name}`) }).first().click();
    await this.page.getByTestId('topic-cards').waitFor();
  }

  /** The fronts listed on an open topic's page. */
  async topicFronts() {
    return (await this.page.getByTestId('topic-cards').locator('.front').allTextContents()).map((t) => t.trim());
  }

  async startTopicReview() {
    await this.page.getByRole('link', { name: 'Review this topic' }).click();
  }
}
