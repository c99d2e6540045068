// Page object: the offline indicator, the update banner and Settings' "This device" section.
export class PwaPage {
  constructor(page) { this.page = page; }

  offlineIndicator() { return this.page.getByTestId('offline-indicator'); }
  updateBanner() { return this.page.getByTestId('update-banner'); }

  /** The build stamp of the running page (`<meta name="archdrill-build">`). */
  runningBuild() {
    return this.page.evaluate(() => document.querySelector('meta[name=archdrill-build]').content);
  }

  /** Clicks "Reload to update" and resolves once the page has reloaded into build `version`. */
  async reloadToUpdate(version) {
    await this.updateBanner().getByRole('button', { name: 'Reload to update' }).click();
    await this.page.waitForFunction(
      (v) => document.querySelector('meta[name=archdrill-build]')?.content === v && document.querySelector('[data-testid=count-new]'),
      version,
    );
  }

  /** Opens Settings and reads "This device": { persistence, usage, build } texts. */
  async storageStatus() {
    await this.page.getByText('Settings', { exact: true }).click();
    const text = async (id) => (await this.page.getByTestId(id).textContent()).trim();
    await this.page.waitForFunction(() => /^Using /.test(document.querySelector('[data-testid=storage-usage]')?.textContent ?? ''));
    await this.page.waitForFunction(() => /^Storage is /.test(document.querySelector('[data-testid=storage-persistence]')?.textContent ?? ''));
    return { persistence: await text('storage-persistence'), usage: await text('storage-usage'), build: await text('build-version') };
  }
}
