// Browser tests drive Debian's Chromium; a fresh machine gets it from apt when we can install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  const cmd = `${sudo}apt-get update && ${sudo}apt-get install -y chromium`;
  console.log(`Chromium not found at ${CHROMIUM}; installing it: ${cmd}`);
  try {
    execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`Could not install Chromium. Run this yourself, then retry:\n  ${cmd}`);
    process.exit(1);
  }
}
