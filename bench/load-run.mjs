// One measured page load of the load benchmark: a fresh browser context, throttled through
// CDP, opens a finder page and reports what it cost until the first results, then types a
// query and reports the slowest keystroke.

/** Network and CPU as a resident's phone sees them (download/upload in bytes per second). */
export const PROFILES = {
  // Lighthouse's mobile profile ("slow 4G"): 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU.
  mobile: { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpu: 4 },
  // A weak connection: 400 ms RTT, 400 kbit/s both ways, 4x CPU.
  slow: { latency: 400, download: 400_000 / 8, upload: 400_000 / 8, cpu: 4 },
  // --smoke: no throttling at all.
  none: undefined,
};

/** Ten letters, a word residents type (and a compound search must split). */
export const QUERY = 'mantelzorg';
/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY_MS = 120;
/** After the first results, how long load work may go on (long tasks still count) before typing. */
const SETTLE_MS = 1_000;

/**
 * The page's own probes, installed before any other script. "First results" is the first
 * animation frame in which the finder's shadow root holds a result card (`[part~="result"]`,
 * a service, not the crisis lines) or, before a question (the finder's default since issue 15),
 * the button with the number of services its first search found (`[part~="show-all-button"]`):
 * that frame paints it. Times are performance.now(), ms
 * since navigation start. Long tasks and Event Timing entries (threshold 16 ms) are buffered.
 */
export const PROBE = `
window.__bench = { longTasks: [], events: [], firstResults: undefined };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.interactionId && entry.name.startsWith('key')) window.__bench.events.push({ name: entry.name, duration: entry.duration, interaction: entry.interactionId });
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true });
document.addEventListener('wijkwijzer-error', (event) => {
  window.__benchMark('error', event.detail && event.detail.message ? event.detail.message : 'wijkwijzer-error');
});
const poll = () => {
  const kaart = document.querySelector('sociale-kaart');
  if (kaart && kaart.shadowRoot && kaart.shadowRoot.querySelector('[part~="result"], [part~="show-all-button"]')) {
    window.__bench.firstResults = performance.now();
    window.__benchMark('first-results');
    return;
  }
  requestAnimationFrame(poll);
};
requestAnimationFrame(poll);
`;

/** Bytes per request from CDP Network events, frozen at the moment `freeze()` is called. */
function byteCounter(session) {
  const requests = new Map();
  let frozen;
  const entry = (id) => requests.get(id) ?? requests.set(id, { url: '', type: '', bytes: 0 }).get(id);
  session.on('Network.requestWillBeSent', ({ requestId, request, type }) => Object.assign(entry(requestId), { url: request.url, type }));
  session.on('Network.dataReceived', ({ requestId, encodedDataLength }) => { entry(requestId).bytes += encodedDataLength; });
  // The final figure includes headers and any bytes dataReceived did not report.
  session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => Object.assign(entry(requestId), { bytes: encodedDataLength }));
  const totals = () => {
    const sum = { js: 0, data: 0, other: 0 };
    for (const { url, type, bytes } of requests.values()) {
      const path = /^https?:/.test(url) ? new URL(url).pathname : url;
      const kind = type === 'Script' || path.endsWith('.js') ? 'js' : path.startsWith('/feeds/') ? 'data' : 'other';
      sum[kind] += bytes;
    }
    return sum;
  };
  return { freeze: () => (frozen = totals()), frozen: () => frozen ?? totals() };
}

/** The Event Timing figure for the typed query: the longest interaction (INP of a short visit). */
function slowestInteraction(events) {
  const byInteraction = new Map();
  for (const { interaction, duration } of events) byInteraction.set(interaction, Math.max(byInteraction.get(interaction) ?? 0, duration));
  return byInteraction.size === 0 ? 0 : Math.max(...byInteraction.values());
}

/**
 * Loads `url` once in a fresh context and measures it. Never throws for a page that fails:
 * a load without results within `timeoutMs` comes back as `{ never: true, error }`.
 */
export async function measureLoad(browser, { url, profile, timeoutMs }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: false });
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    // Bytes are counted from events; DevTools keeping every response body too would cost the
    // page's main thread time a resident's phone never spends (a 1.3 MB partition: ~0.3 s at 4x).
    await session.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile) {
      await session.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latency,
        downloadThroughput: profile.download,
        uploadThroughput: profile.upload,
      });
      await session.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    }
    const bytes = byteCounter(session);
    let settle;
    let reported;
    const marked = new Promise((resolve) => (settle = resolve));
    // Called by the page: the error text comes along, as a page busy with a large feed may not answer an evaluate.
    await page.exposeFunction('__benchMark', (what, message) => {
      if (what === 'first-results') bytes.freeze();
      else reported = message;
      settle(what);
    });
    await page.addInitScript(PROBE);
    let crash;
    const crashed = new Promise((resolve) => page.on('crash', () => resolve((crash = 'the page crashed (out of memory?)'))));
    let timeout;
    const timer = new Promise((resolve) => (timeout = setTimeout(() => resolve('timeout'), timeoutMs)));
    const started = performance.now();
    page.goto(url, { timeout: timeoutMs, waitUntil: 'commit' }).catch(() => {});
    const outcome = await Promise.race([marked, timer, crashed]);
    clearTimeout(timeout);

    if (outcome !== 'first-results') {
      const seen = bytes.freeze();
      const error = crash ?? reported ?? `no results within ${(timeoutMs / 1000).toFixed(0)} s`;
      return { never: true, error, afterMs: performance.now() - started, js: seen.js, data: seen.data };
    }
    await page.waitForTimeout(SETTLE_MS);
    const heap = await session.send('Runtime.getHeapUsage');
    const afterLoad = await page.evaluate(() => window.__bench);
    const { js, data } = bytes.frozen();
    const inpMs = await typeQuery(page).catch(() => Number.NaN);
    return {
      never: false,
      firstResultsMs: afterLoad.firstResults,
      js,
      data,
      longTasks: summarize(afterLoad.longTasks),
      inpMs,
      heapMb: heap.usedSize / 2 ** 20,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Types the query into the finder's search box and returns the slowest keystroke (ms). */
async function typeQuery(page) {
  // Clicked as a resident would (slowestInteraction counts only the keystrokes). Not Playwright's
  // locator.focus(): while a large gemeente's later parts are indexed in slices it timed out for
  // about 11 s, though a real click was answered in 40 ms.
  const box = await page.evaluate(() => {
    const rect = document.querySelector('sociale-kaart').shadowRoot.querySelector('[part~="search-input"]').getBoundingClientRect();
    return { x: rect.x + 10, y: rect.y + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.keyboard.type(QUERY, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(SETTLE_MS);
  return slowestInteraction((await page.evaluate(() => window.__bench)).events);
}

/** Long tasks during load: from navigation until the first results plus the settling second. */
function summarize(tasks) {
  const durations = tasks.map((task) => task.duration);
  return {
    count: durations.length,
    totalMs: durations.reduce((sum, each) => sum + each, 0),
    longestMs: durations.length === 0 ? 0 : Math.max(...durations),
  };
}
