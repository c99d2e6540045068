// Starts the static server on the end-to-end build once per test file.
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { resolve } from 'node:path';

/** The directory of the release build under test (built by `make e2e-build`). */
export const DIST = resolve(process.env.ARCHDRILL_DIST ?? 'target/e2e-dist');

/** Serves the build; resolves to { url, close }. */
export const serveApp = () => serve(DIST);

/**
 * Serves the build for the tests of the calling file: started before the first test, stopped
 * after the last. Read `server.url` inside a test.
 */
export function serveAppForFile() {
  const server = {};
  before(async () => { Object.assign(server, await serveApp()); });
  after(async () => { await server.close(); });
  return server;
}
