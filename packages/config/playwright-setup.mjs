// Global setup of the browser journeys: Debian's Chromium must be there. When
// it is missing and we are root, install it with apt-get (never a downloaded
// browser); otherwise say how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${path} is missing: install Debian's Chromium (sudo apt-get install -y chromium)`);
  }
  console.log(`${path} is missing: installing Debian's chromium with apt-get…`);
  execSync('apt-get update && apt-get install -y chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
