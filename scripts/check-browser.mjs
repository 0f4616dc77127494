#!/usr/bin/env node
// The browser tests drive Debian's chromium; say how to get it rather than fail obscurely.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `The end-to-end tests need Chromium at ${path}.\n` +
      `On Debian or Ubuntu: sudo apt-get install chromium (or set CHROMIUM_PATH to another Chromium).`,
  );
  process.exit(1);
}
