// Browser tests run in the Debian Chromium (no browser download): the compiled
// *.browser.test.js files, one page per file, with bare imports resolved from node_modules.
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { feedFailureMiddleware, foreignOriginMiddleware, startForeignFeedServer, startTileServer, tileServerMiddleware, writeTestFeeds } from './test-feeds.mjs';

/**
 * Emulations the test pages ask for by `executeServerCommand`, each through the page's own DevTools
 * session, which stays open: closing it would end the emulation.
 * - `emulate-touch` `{ enabled }`: a phone's coarse pointer. Chromium's touch emulation switches
 *   `(pointer: coarse)` on without reloading the page (Puppeteer's `hasTouch` reloads it, so
 *   web-test-runner's setViewport refuses it).
 * - `emulate-forced-colors` `{ active }`: forced colours, as Windows' contrast themes set them
 *   (web-test-runner's emulateMedia passes only colour scheme and reduced motion to Chromium).
 * - `emulate-geolocation` `{ latitude, longitude }`: the test page may read that position, as if
 *   the resident allowed it (no real location service is asked).
 */
function emulation() {
  const sessions = new Map();
  const devtools = async (session) => {
    if (!sessions.has(session.id)) sessions.set(session.id, await session.browser.getPage(session.id).createCDPSession());
    return sessions.get(session.id);
  };
  return {
    name: 'emulation',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-touch') {
        await (await devtools(session)).send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled === true, maxTouchPoints: 1 });
        return true;
      }
      if (command === 'emulate-forced-colors') {
        const value = payload.active === true ? 'active' : 'none';
        await (await devtools(session)).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      }
      if (command === 'emulate-geolocation') {
        const page = session.browser.getPage(session.id);
        await page.browserContext().overridePermissions(new URL(page.url()).origin, ['geolocation']);
        await page.setGeolocation({ latitude: payload.latitude, longitude: payload.longitude, accuracy: 20 });
        return true;
      }
      return undefined;
    },
  };
}

/**
 * `executeServerCommand('printed-pages')`: how many A4 pages the test page prints on, with the 1 cm
 * margins of a browser's print dialog (page.pdf prints with print media, as window.print does).
 */
function printedPages() {
  return {
    name: 'printed-pages',
    async executeCommand({ command, session }) {
      if (command !== 'printed-pages') return undefined;
      const pdf = await session.browser.getPage(session.id).pdf({ format: 'A4', margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } });
      return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    },
  };
}

await writeTestFeeds();
const foreignFeed = await startForeignFeedServer();
const tileServer = await startTileServer();

export default {
  files: ['dist/**/*.browser.test.js'],
  nodeResolve: { exportConditions: ['browser', 'production', 'default'] },
  rootDir: '../..',
  concurrency: 1,
  middleware: [feedFailureMiddleware(), foreignOriginMiddleware(foreignFeed), tileServerMiddleware(tileServer)],
  plugins: [emulation(), printedPages()],
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
