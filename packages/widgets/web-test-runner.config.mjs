// Browser tests run in the Debian Chromium (no browser download): the compiled
// *.browser.test.js files, one page per file, with bare imports resolved from node_modules.
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { feedFailureMiddleware, foreignOriginMiddleware, startForeignFeedServer, writeTestFeeds } from './test-feeds.mjs';

await writeTestFeeds();
const foreignFeed = await startForeignFeedServer();

export default {
  files: ['dist/**/*.browser.test.js'],
  nodeResolve: { exportConditions: ['browser', 'production', 'default'] },
  rootDir: '../..',
  concurrency: 1,
  middleware: [feedFailureMiddleware(), foreignOriginMiddleware(foreignFeed)],
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
};
