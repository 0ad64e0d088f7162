import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../sociale-kaart/sociale-kaart.js';
import type { SocialeKaart } from '../sociale-kaart/sociale-kaart.component.js';
import { resultIds } from '../test-support/kaart-helpers.js';
import { freshPartitionedFeed } from '../test-support/partitioned.js';

/*
 * On a slow connection every round trip before the first results counts: the manifest and
 * all the code of the data layer should be on their way at once, not one after another.
 * Resource Timing's startTime is when the page asked, whatever the connection limit.
 */

type Timing = PerformanceResourceTiming;
const resources = (win: Window): Timing[] => win.performance.getEntriesByType('resource') as Timing[];

describe('loading order', () => {
  // First in this file: the page has not loaded the data layer (feed-client.js) yet.
  it('a widget asks for its manifest before its data layer has arrived, and the SDK takes that answer', async () => {
    const feed = freshPartitionedFeed();
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${feed} gemeente="Aadorp"></sociale-kaart>`);
    await el.updateComplete;
    expect(resultIds(el)).to.include('s-a');
    const manifests = resources(window).filter((entry) => entry.name === feed);
    const dataLayer = resources(window).find((entry) => entry.name.endsWith('/dist/internal/feed-client.js'));
    expect(manifests, 'manifest requests').to.have.length(1);
    expect(dataLayer, 'the data layer module').to.not.equal(undefined);
    expect(manifests[0]!.startTime).to.be.below(dataLayer!.responseEnd);
  });

  it("the finder asks for its gemeente's services beside that gemeente's areas, not after them", async () => {
    const since = performance.now();
    // Every file takes 300 ms: what waits for what shows in the request times.
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${freshPartitionedFeed(300)} gemeente="gm-a"></sociale-kaart>`);
    await el.updateComplete;
    expect(resultIds(el)).to.include('s-a');
    const timing = (file: string): Timing => {
      const found = resources(window).find((entry) => entry.startTime >= since && new RegExp(`/partitioned/${file}\\.\\w{8}\\.json$`).test(entry.name));
      expect(found, file).to.not.equal(undefined);
      return found!;
    };
    expect(timing('services/gm-a').startTime).to.be.below(timing('areas/gm-a').responseEnd);
  });

  it("the finder's CDN loader asks for every chunk and for the feed's manifest before any chunk arrives", async () => {
    const feed = freshPartitionedFeed();
    const frame = document.createElement('iframe');
    // Each file of the CDN build takes 300 ms: a chunk another chunk asked for would start late.
    frame.srcdoc = `<sociale-kaart show-all feed="${feed}" gemeente="Aadorp"></sociale-kaart>
      <script type="module" src="/slow/300/packages/widgets/dist/cdn/sociale-kaart.js"></script>`;
    document.body.append(frame);
    try {
      const win = frame.contentWindow!;
      await waitUntil(() => win.document.querySelector('sociale-kaart')?.shadowRoot?.querySelector('[part~="result"]'), 'no results', {
        timeout: 8000,
      });
      // Waiting-time badges may load their part after the results, as they should.
      const chunks = resources(win).filter(
        (timing) => timing.name.includes('/dist/cdn/chunks/') && !/\/(badge-data|availability|opening)-/.test(timing.name),
      );
      const names = chunks.map((timing) => timing.name);
      for (const part of ['sociale-kaart-', 'data-', 'search-']) {
        expect(names.some((name) => name.includes(`/chunks/${part}`)), part).to.equal(true);
      }
      const lastAsked = Math.max(...chunks.map((timing) => timing.startTime));
      const firstArrived = Math.min(...chunks.map((timing) => timing.responseEnd));
      expect(lastAsked, 'every chunk asked for before the first one arrives').to.be.below(firstArrived);
      const manifests = resources(win).filter((timing) => timing.name === feed);
      expect(manifests, 'manifest requests').to.have.length(1);
      // The loader asks for it: the element's code, which would ask otherwise, has not arrived yet.
      expect(manifests[0]!.startTime, 'manifest asked for before any chunk arrives').to.be.below(firstArrived);
      expect(names.some((name) => /\/chunks\/en-/.test(name)), 'English words on a Dutch page').to.equal(false);
    } finally {
      frame.remove();
    }
  });

  it("on an English page the finder's CDN loader asks for its English words at once, and the finder never shows Dutch", async () => {
    const frame = document.createElement('iframe');
    // Another delay than the test above: other URLs, so none of the chunks comes from the cache.
    frame.srcdoc = `<html lang="en"><sociale-kaart show-all feed="${freshPartitionedFeed()}" gemeente="Aadorp"></sociale-kaart>
      <script type="module" src="/slow/301/packages/widgets/dist/cdn/sociale-kaart.js"></script></html>`;
    document.body.append(frame);
    try {
      const win = frame.contentWindow!;
      const label = (): string | undefined =>
        win.document.querySelector('sociale-kaart')?.shadowRoot?.querySelector('label[for="kaart-query"]')?.textContent ?? undefined;
      const labels = new Set<string>();
      await waitUntil(
        () => {
          const text = label();
          if (text) labels.add(text);
          return win.document.querySelector('sociale-kaart')?.shadowRoot?.querySelector('[part~="result"]');
        },
        'no results',
        { timeout: 8000, interval: 5 },
      );
      expect([...labels]).to.deep.equal(['What do you need help with?']);
      const chunks = resources(win).filter((timing) => timing.name.includes('/dist/cdn/chunks/'));
      const english = chunks.filter((timing) => /\/chunks\/en-/.test(timing.name));
      expect(english.map((timing) => timing.name.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, '')).sort()).to.deep.equal(['en', 'en-sociale-kaart']);
      const firstArrived = Math.min(...chunks.map((timing) => timing.responseEnd));
      expect(Math.max(...english.map((timing) => timing.startTime)), 'English asked for before the first chunk arrives').to.be.below(firstArrived);
    } finally {
      frame.remove();
    }
  });
});
