import { expect } from '@open-wc/testing';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import { fetchedParts } from '../test-support/partitioned.js';
import { uitlegFor } from '../test-support/uitleg-fixtures.js';

describe('<ketenaanpak-uitleg> on a feed in parts (the sample, as `wijkwijzer build` writes it)', () => {
  it("loads its area's waiting times and its services' detail shards, not the whole datasets", async () => {
    const since = performance.now();
    // A URL of its own: the page-wide cache of other tests does not answer for it.
    const el = await uitlegFor('welzijn-op-recept', { gemeente: 'utrecht', feed: `${SAMPLE_FEED}?uitleg-parts` });
    expect(el.shadowRoot?.querySelectorAll('[part~="service"]').length).to.be.above(0);
    const parts = fetchedParts(since, 'sample');
    expect(parts).to.include('availability/gm-utrecht');
    expect(parts.filter((part) => part.startsWith('details/'))).to.have.length.above(0);
    expect(parts).not.to.include('services');
    expect(parts).not.to.include('availability');
    expect(parts).not.to.include('availability/gm-amersfoort');
  });
});
