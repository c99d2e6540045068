// A small disk for a browser profile: a tmpfs of a few MB (mounted as root, or with sudo -n), so
// the origin's storage quota — a share of the disk — can be used up for real, as on a full phone.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const asRoot = (command, args) => (process.getuid() === 0
  ? execFileSync(command, args)
  : execFileSync('sudo', ['-n', command, ...args]));

/** Mounts a tmpfs of `megabytes`; resolves to { dir, unmount }. */
export async function smallDisk(megabytes) {
  const dir = await mkdtemp(join(tmpdir(), 'archdrill-small-disk-'));
  asRoot('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  return {
    dir,
    unmount: async () => { asRoot('umount', [dir]); await rm(dir, { recursive: true, force: true }); },
  };
}

/**
 * Fills the origin's quota from `page` with incompressible records in a database of the test's
 * own ("filler"), in ever smaller pieces down to 64 bytes; resolves to the bytes written.
 */
export const fillStorage = (page) => page.evaluate(async () => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('filler');
    open.onupgradeneeded = () => open.result.createObjectStore('fill');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const put = (bytes, key) => new Promise((resolve) => {
    const tx = db.transaction('fill', 'readwrite');
    tx.objectStore('fill').put(bytes, key);
    tx.oncomplete = () => resolve(true);
    tx.onabort = () => resolve(false);
  });
  let written = 0;
  for (let size = 1 << 20; size >= 64; size >>= 2) {
    for (;;) {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
      if (!(await put(bytes, written))) break;
      written += size;
    }
  }
  db.close();
  return written;
});

/** Deletes the filler database: the space is free again. */
export const freeStorage = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const request = indexedDB.deleteDatabase('filler');
  request.onsuccess = resolve;
  request.onerror = () => reject(request.error);
}));
