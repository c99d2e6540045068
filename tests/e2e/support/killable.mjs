// A Chromium the test can kill like a crash or a power cut: started as its own process group on a
// persistent profile, driven over the DevTools protocol, ended with SIGKILL (no clean close, no
// flush of anything the browser had not written yet).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Whether any process of the group `pgid` is still there. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts Chromium on profile `dir`; resolves to { page, kill }. */
export async function startKillable(dir) {
  const child = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
    '--headless', ...CHROMIUM_ARGS, `--user-data-dir=${dir}`, '--remote-debugging-port=0', 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const found = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening: ${text.slice(-500)}`)));
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    page,
    /**
     * SIGKILLs every process of this Chromium and waits until all are gone: a renderer or the
     * storage service still dying would hold the profile's locks against the next start.
     */
    kill: async () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      await exited;
      for (let waited = 0; waited < 10_000 && groupAlive(child.pid); waited += 20) await sleep(20);
      await browser.close().catch(() => {});
    },
  };
}
