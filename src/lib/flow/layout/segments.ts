/**
 * Route, part 2: each edge cut into one segment per gap between layers. A segment whose ends are not
 * aligned is an elbow and needs a bus: a channel across the gap. Elbows leaving a vertex at its centre
 * share one bus (a trunk that forks); others get their own.
 */
import type { DagEdge, Vertices } from './types.ts';
import type { Ports } from './ports.ts';

export interface Seg {
  /** Edge (index into dag) and segment number along its chain. */
  k: number;
  s: number;
  a: number;
  b: number;
  /** Order-axis position at the start and at the end of the segment. */
  o0: number;
  o1: number;
  /** Bus index, or -1 for a straight segment. */
  bus: number;
}

export interface Segments {
  /** Segments by the layer they start from. */
  segsOf: Seg[][];
  /** Buses by layer, sorted along the order axis. */
  busesIn: number[][];
  busCount: number;
}

export function cutSegments(dag: DagEdge[], vx: Vertices, c: Float64Array, ports: Ports, layerCount: number): Segments {
  const segsOf: Seg[][] = Array.from({ length: layerCount }, () => []);
  const busO: number[] = []; // bus → its start position along the order axis
  const busOfVertex = new Int32Array(vx.count).fill(-1);
  const busLayer: number[] = [];
  dag.forEach((d, k) => {
    let carried = ports.startO[k];
    for (let s = 0; s + 1 < d.chain.length; s++) {
      const a = d.chain[s];
      const b = d.chain[s + 1];
      const o0 = carried;
      let o1 = s + 2 === d.chain.length ? ports.endO[k] : c[b];
      // under half a pixel apart counts as straight: keep the line exactly vertical (horizontal)
      if (Math.abs(o0 - o1) < 0.5) o1 = o0;
      carried = o1;
      let bus = -1;
      if (o0 !== o1) {
        if (o0 === c[a]) {
          if (busOfVertex[a] < 0) {
            busOfVertex[a] = busO.length;
            busO.push(o0);
            busLayer.push(vx.layer[a]);
          }
          bus = busOfVertex[a]!;
        } else {
          bus = busO.length;
          busO.push(o0);
          busLayer.push(vx.layer[a]);
        }
      }
      segsOf[vx.layer[a]].push({ k, s, a, b, o0, o1, bus });
    }
  });
  const busesIn: number[][] = Array.from({ length: layerCount }, () => []);
  busO.forEach((_o, bus) => busesIn[busLayer[bus]].push(bus));
  for (const list of busesIn) list.sort((x, y) => busO[x] - busO[y] || x - y);
  return { segsOf, busesIn, busCount: busO.length };
}
