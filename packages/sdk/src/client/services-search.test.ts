import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Service, TaxonomyTerm } from '@wijkwijzer/schemas';
import { InvalidOptionsError } from '../errors.js';
import { useFeedServer } from '../test-support/feed-server.js';
import { areaGraph } from './area-graph-cache.js';
import { createClient } from './create-client.js';
import { emptyDataset } from './dataset.js';
import { searchIndexFor } from './services-search.js';

const feed = useFeedServer();

/** A feed as `wijkwijzer import hsds` makes it: services and organisations, no areas, no taxonomy. */
function withoutAreasOrTaxonomy(): void {
  delete feed.feed.manifest.datasets.areas;
  delete feed.feed.manifest.datasets.taxonomy;
  delete feed.feed.datasets.areas;
  delete feed.feed.datasets.taxonomy;
}

describe('search on a feed without an areas dataset', () => {
  test('searches it, with the services the feed has', async () => {
    withoutAreasOrTaxonomy();
    const client = createClient({ feedUrl: feed.manifestUrl });
    const hits = await client.services.search('schuldhulpverlening');
    assert.equal(hits[0]?.service.id, 'schuldhulp-utrecht');
  });

  test('builds the index once, though every missing dataset arrives as a new empty list', async () => {
    withoutAreasOrTaxonomy();
    const client = createClient({ feedUrl: feed.manifestUrl });
    await client.services.search('schulden');
    const services = (await client.services.list()) as readonly Service[];
    // What the client passes for a dataset the feed does not have: a fresh empty list per call.
    const missing = (): { taxonomy: readonly TaxonomyTerm[]; areas: readonly never[] } => ({
      taxonomy: emptyDataset('taxonomy').records,
      areas: emptyDataset('areas').records as readonly never[],
    });
    const first = missing();
    const second = missing();
    assert.notEqual(first.areas, second.areas);
    const index = await searchIndexFor(services, first.taxonomy, first.areas);
    assert.equal(await searchIndexFor(services, second.taxonomy, second.areas), index);
  });

  test('the area graph of a missing areas dataset is built once too', () => {
    assert.equal(areaGraph(emptyDataset('areas').records), areaGraph(emptyDataset('areas').records));
  });
});

describe('search by organisation', () => {
  test('a feed without partitions: a service is found by the name of the organisation that provides it', async () => {
    const client = createClient({ feedUrl: feed.manifestUrl });
    const hits = await client.services.search('huisartsen noord');
    // Its own name, "Gecombineerde leefstijlinterventie", has neither word.
    assert.equal(hits[0]?.service.id, 'beweegprogramma-gli');
  });
});

describe('services.search with a query that is not a string', () => {
  for (const query of [123, null, {}]) {
    test(`rejects ${JSON.stringify(query)} with an InvalidOptionsError that says what to pass`, async () => {
      const client = createClient({ feedUrl: feed.manifestUrl });
      await assert.rejects(
        client.services.search(query as unknown as string),
        (error: unknown) => error instanceof InvalidOptionsError && /query must be a string/.test(error.message),
      );
    });
  }
});
