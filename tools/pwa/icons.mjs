// Draws the app icons: rasterises the SVGs to the PNGs the manifest names, with the system
// Chromium (`node tools/pwa/icons.mjs`). The PNGs are committed, so a build needs no rasteriser.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const ICONS = here('../../public/icons/');
const ANY = here('../../public/icons/icon.svg');
const MASKABLE = here('./icon-maskable.svg');

/** [source SVG, size in px, output PNG] */
const OUTPUTS = [
  [ANY, 192, 'icon-192.png'],
  [ANY, 512, 'icon-512.png'],
  [MASKABLE, 512, 'maskable-512.png'],
  [MASKABLE, 180, 'apple-touch-icon.png'],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const [svg, size, out] of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${(await readFile(svg)).toString('base64')}`;
    await page.setContent(`<style>*{margin:0}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `${ICONS}${out}`, omitBackground: true });
    await page.close();
    console.log(`public/icons/${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
