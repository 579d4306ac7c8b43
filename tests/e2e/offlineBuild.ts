import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { inject } from 'vitest';
import { buildOffline } from '../../scripts/build-offline';

/** How long a file waits for another file's build before giving up (a build takes ~40 s idle). */
const WAIT_MS = 300_000;

/** Whether the process `pid` still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the build lock (an atomic mkdir), or says which process holds it (0: not known yet). */
function takeLock(lock: string): { taken: true } | { taken: false; holder: number } {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return { taken: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  try {
    return { taken: false, holder: Number(readFileSync(join(lock, 'pid'), 'utf8')) || 0 };
  } catch {
    // The holder is between its mkdir and its write, or has just let go.
    return { taken: false, holder: 0 };
  }
}

/**
 * The single-file atlas of this run, built once and shared by every test file that opens it from
 * disk (offline.e2e.ts, resilience.e2e.ts): returns the path of its `cooperation-atlas.html`.
 *
 * A test build (`testBuild`): the test hooks, which the browser project's env turns on for any
 * build made in a test anyway, and the fault switch of src/ui/testFault.tsx, which does nothing
 * unless a page sets `window.__atlasFault` before its scripts run (only resilience.e2e.ts does).
 *
 * Safe whether the files run one after another (each in a fresh worker, so the result is kept on
 * disk, not in memory) or at once: the first takes a lock and builds, the others wait for its
 * `done` marker; a holder that died without finishing leaves its lock to the next one.
 */
export async function sharedOfflineBuild(): Promise<string> {
  const root = inject('offlineDir');
  const out = join(root, 'build');
  const done = join(root, 'done');
  const lock = join(root, 'lock');
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(done)) {
    const attempt = takeLock(lock);
    if (attempt.taken) {
      try {
        const file = await buildOffline(out, { testBuild: true });
        // Written whole, then renamed: a waiting file never reads half a marker.
        writeFileSync(`${done}.${String(process.pid)}`, file);
        renameSync(`${done}.${String(process.pid)}`, done);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    } else if (attempt.holder !== 0 && !alive(attempt.holder)) {
      rmSync(lock, { recursive: true, force: true });
    } else if (Date.now() > deadline) {
      throw new Error(`the shared offline build (process ${attempt.holder}) did not finish`);
    } else {
      await delay(500);
    }
  }
  return readFileSync(done, 'utf8');
}
