import { buildAreaGraph, type AreaGraph } from '../areas/area-graph.js';
import type { LoadedDataset } from './dataset.js';

const graphs = new WeakMap<object, AreaGraph>();
/** A feed without areas gets a new empty list per call; they all share this graph. */
let emptyGraph: AreaGraph | undefined;

/** The graph of a loaded areas dataset, built once per dataset and shared by every client. */
export function areaGraph(areas: LoadedDataset<'areas'>): AreaGraph {
  if (areas.records.length === 0) return (emptyGraph ??= buildAreaGraph([]));
  let graph = graphs.get(areas.records);
  if (!graph) {
    graph = buildAreaGraph(areas.records);
    graphs.set(areas.records, graph);
  }
  return graph;
}
