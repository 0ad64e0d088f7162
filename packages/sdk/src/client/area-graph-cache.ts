import type { Area } from '@wijkwijzer/schemas';
import { buildAreaGraph, type AreaGraph } from '../areas/area-graph.js';

const graphs = new WeakMap<object, AreaGraph>();
/** A feed without areas gets a new empty list per call; they all share this graph. */
let emptyGraph: AreaGraph | undefined;

/**
 * The graph of a loaded list of areas (a whole dataset, or the union of the area partitions a
 * call read), built once per list and shared by every client.
 */
export function areaGraph(areas: readonly Area[]): AreaGraph {
  if (areas.length === 0) return (emptyGraph ??= buildAreaGraph([]));
  let graph = graphs.get(areas);
  if (!graph) {
    graph = buildAreaGraph(areas);
    graphs.set(areas, graph);
  }
  return graph;
}
