/**
 * What the end-to-end tests share: the Debian Chromium driven by playwright-core,
 * the playground server on a free port (as `npm start` runs it), and a second
 * loopback server for pages and feeds that must live on another origin.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@wijkwijzer/cli';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
// Shared with the widgets' browser tests; the path is the same from src/e2e and dist/e2e.
import { CHROMIUM_ARGS, chromiumPath } from '../../../../scripts/chromium.mjs';
import { startPlayground, type RunningPlayground } from '../server.js';


export interface Session {
  playground: RunningPlayground;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the playground page; a test ends by checking there are none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A fresh playground server on a free port and a fresh browser, with the playground open. */
export async function openPlayground(options: BrowserContextOptions = {}, path = ''): Promise<Session> {
  const playground = await startPlayground({ port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Fail in seconds, not the default half minute, so one broken step does not eat the suite's time.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${playground.url}${path}`);
  await page.locator('h1').waitFor();
  return {
    playground,
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await playground.close();
    },
  };
}

/** The preview frame, once its page has loaded. */
export async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#preview-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the preview frame has no document');
  await frame.waitForLoadState('load');
  return frame;
}

/**
 * Waits until the element `tag` in `frame` has finished rendering its data (Lit's
 * `updateComplete`, which the widgets extend to cover loading) and returns the
 * text of its shadow root, whitespace collapsed.
 */
export async function renderedText(frame: Frame | Page, tag: string, attributes: Record<string, string> = {}): Promise<string> {
  await frame.waitForFunction(
    ({ tag, attributes }) => {
      const element = document.querySelector(tag);
      if (!element?.shadowRoot) return false;
      return Object.entries(attributes).every(([name, value]) => element.getAttribute(name) === value);
    },
    { tag, attributes },
  );
  return frame.evaluate(async (tag) => {
    const element = document.querySelector(tag) as (Element & { updateComplete?: Promise<unknown> }) | null;
    // Lit's updateComplete resolves once the data is on screen; the badge and explainer load lazily, so settle twice.
    for (let round = 0; round < 3; round += 1) {
      await element?.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, tag);
}

/** A folder of static files on its own loopback origin, removed again by `close`. */
export interface TempSite {
  dir: string;
  server: RunningServer;
  close(): Promise<void>;
}

export async function tempSite(files: Record<string, string> = {}): Promise<TempSite> {
  const dir = await mkdtemp(join(tmpdir(), 'wijkwijzer-e2e-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const server = await startServer({ root: dir, port: 0 });
  return {
    dir,
    server,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the sample feed with records changed by `edit`, in every file that holds
 * them (the full dataset, the cards in the area partitions, the detail shards). The
 * manifest is left as it was, so those files' hashes no longer match, which the check
 * also reports. The precompressed copies go, or the server would send old bytes.
 */
export async function siteWithEditedFeed(
  playground: RunningPlayground,
  edit: (record: Record<string, unknown>) => boolean,
): Promise<{ site: TempSite; manifestUrl: string }> {
  const site = await tempSite();
  const feedDir = join(site.dir, 'feed');
  await cp(join(playground.root, 'feeds/regio-utrecht'), feedDir, { recursive: true });
  const files = (await readdir(feedDir, { recursive: true })).map((name) => join(feedDir, name));
  for (const file of files) {
    if (/\.(br|gz)$/.test(file)) await rm(file);
    if (!file.endsWith('.json') || file.endsWith('index.json')) continue;
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
    const edited = recordsOf(parsed).filter(edit);
    if (edited.length > 0) await writeFile(file, JSON.stringify(parsed, null, 2));
  }
  return { site, manifestUrl: `${site.server.url}feed/index.json` };
}

/** The records of one dataset of the sample feed the playground serves. */
export async function sampleRecords(playground: RunningPlayground, dataset: string): Promise<Record<string, unknown>[]> {
  return recordsOf(JSON.parse(await readFile(join(playground.root, 'feeds/regio-utrecht', `${dataset}.json`), 'utf8')));
}

/** The sample feed with one broken record: the first service gets a route step the contract does not know. */
export async function siteWithBrokenFeed(playground: RunningPlayground): Promise<{ site: TempSite; manifestUrl: string; brokenId: string }> {
  const brokenId = (await sampleRecords(playground, 'services'))[0]?.id;
  if (typeof brokenId !== 'string') throw new Error('the sample feed has no services to break');
  const edited = await siteWithEditedFeed(playground, (record) => {
    if (record.id !== brokenId || !('organization_id' in record)) return false;
    record.route_step = 'professioneel';
    return true;
  });
  return { ...edited, brokenId };
}

/** The records of a dataset file: a list, or `{ items: [...] }`. */
function recordsOf(parsed: unknown): Record<string, unknown>[] {
  const list = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown }).items;
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}
