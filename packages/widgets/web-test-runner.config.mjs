// Browser tests run in the Debian Chromium (no browser download): the compiled
// *.browser.test.js files, one page per file, with bare imports resolved from node_modules.
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedFailureMiddleware, writeTestFeeds } from './test-feeds.mjs';

await writeTestFeeds();

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['dist/**/*.browser.test.js'],
  nodeResolve: { exportConditions: ['browser', 'production', 'default'] },
  rootDir: '../..',
  concurrency: 1,
  middleware: [feedFailureMiddleware()],
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
};
