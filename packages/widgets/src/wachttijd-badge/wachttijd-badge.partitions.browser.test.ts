import { expect } from '@open-wc/testing';
import './wachttijd-badge.js';
import { badgeFor, badgeName } from '../test-support/badge-fixtures.js';
import { fetchedParts, freshPartitionedFeed } from '../test-support/partitioned.js';

describe('<wachttijd-badge> on a feed in parts', () => {
  it("loads its service's detail shard and the availability partitions holding it, nothing whole", async () => {
    const since = performance.now();
    const el = await badgeFor('s-b', { feed: freshPartitionedFeed() });
    expect(badgeName(el)).to.match(/3 weken/);
    const parts = fetchedParts(since);
    expect(parts.filter((each) => each.startsWith('details/'))).to.have.length(1);
    expect(parts.filter((each) => each.startsWith('availability/'))).to.have.members(['availability/gm-b', 'availability/shared-regio-x']);
    expect(parts).not.to.include('availability');
    expect(parts.filter((each) => each.startsWith('services'))).to.deep.equal([]);
  });
});
