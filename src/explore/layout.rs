//! A layered (Sugiyama-style) graph layout, without GUI types: cycles broken by reversing
//! DFS back edges, longest-path layering (sources pulled next to their successors), dummy
//! nodes on edges spanning layers, barycenter crossing reduction and compact coordinates that
//! keep nodes apart and pull them over their neighbours. Weakly connected parts are laid out
//! apart and packed in rows. Deterministic: the same input gives the same drawing.

use std::collections::VecDeque;

/// Which way layers run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Direction {
    /// Layers are columns; edges point right.
    #[default]
    LeftToRight,
    /// Layers are rows; edges point down.
    TopToBottom,
}

/// Spacing of a layout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    pub direction: Direction,
    /// Gap between neighbouring nodes of a layer.
    pub node_gap: f32,
    /// Gap between layers.
    pub layer_gap: f32,
    /// Gap between weakly connected parts.
    pub part_gap: f32,
    /// Barycenter sweeps (each one down and one up).
    pub sweeps: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            direction: Direction::LeftToRight,
            node_gap: 14.0,
            layer_gap: 56.0,
            part_gap: 40.0,
            sweeps: 6,
        }
    }
}

/// A laid-out graph. Positions are node centres; the drawing starts at (0, 0).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub positions: Vec<[f32; 2]>,
    /// One polyline per input edge, from its source's border to its target's border.
    pub edges: Vec<Vec<[f32; 2]>>,
    /// The layer of every node within its part.
    pub layers: Vec<u32>,
    pub width: f32,
    pub height: f32,
}

/// Lays out nodes of the given `(width, height)` with directed `edges` (indices into `sizes`).
pub fn layered(sizes: &[[f32; 2]], edges: &[(usize, usize)], options: &Options) -> Layout {
    let n = sizes.len();
    let mut out = Layout {
        positions: vec![[0.0; 2]; n],
        edges: vec![Vec::new(); edges.len()],
        layers: vec![0; n],
        width: 0.0,
        height: 0.0,
    };
    if n == 0 {
        return out;
    }
    // Work in (cross, layer-axis) space: `along` is the size across the layers.
    let lr = options.direction == Direction::LeftToRight;
    let local: Vec<[f32; 2]> = sizes
        .iter()
        .map(|s| if lr { [s[1], s[0]] } else { *s })
        .collect();

    // Weakly connected parts, numbered by their smallest node.
    let mut part = vec![usize::MAX; n];
    let mut adjacency: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in edges {
        adjacency[a].push(b);
        adjacency[b].push(a);
    }
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for s in 0..n {
        if part[s] != usize::MAX {
            continue;
        }
        let id = parts.len();
        let mut members = vec![s];
        part[s] = id;
        let mut i = 0;
        while i < members.len() {
            let v = members[i];
            i += 1;
            for &w in &adjacency[v] {
                if part[w] == usize::MAX {
                    part[w] = id;
                    members.push(w);
                }
            }
        }
        members.sort_unstable();
        parts.push(members);
    }
    let mut part_edges: Vec<Vec<usize>> = vec![Vec::new(); parts.len()];
    for (i, &(a, _)) in edges.iter().enumerate() {
        part_edges[part[a]].push(i);
    }

    // Lay out each part, then pack parts in rows (shelves) of about a square's width.
    let mut drawn: Vec<(Vec<usize>, PartLayout)> = Vec::with_capacity(parts.len());
    for (members, ids) in parts.into_iter().zip(&part_edges) {
        let drawing = layout_part(&members, &local, edges, ids, options);
        drawn.push((members, drawing));
    }
    let area: f32 = drawn
        .iter()
        .map(|(_, d)| (d.cross + options.part_gap) * (d.along + options.part_gap))
        .sum();
    let widest = drawn.iter().map(|(_, d)| d.cross).fold(0.0, f32::max);
    let shelf_width = area.sqrt().max(widest) * 1.2;
    let (mut x, mut y, mut shelf_height, mut width) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    for (members, d) in &drawn {
        if x > 0.0 && x + d.cross > shelf_width {
            x = 0.0;
            y += shelf_height + options.part_gap;
            shelf_height = 0.0;
        }
        for (k, &v) in members.iter().enumerate() {
            let p = d.positions[k];
            out.positions[v] = [p[0] + x, p[1] + y];
            out.layers[v] = d.layers[k];
        }
        for (e, line) in &d.edges {
            out.edges[*e] = line.iter().map(|p| [p[0] + x, p[1] + y]).collect();
        }
        width = width.max(x + d.cross);
        shelf_height = shelf_height.max(d.along);
        x += d.cross + options.part_gap;
    }
    let height = y + shelf_height;
    if lr {
        for p in out
            .positions
            .iter_mut()
            .chain(out.edges.iter_mut().flatten())
        {
            *p = [p[1], p[0]];
        }
        out.width = height;
        out.height = width;
    } else {
        out.width = width;
        out.height = height;
    }
    out
}

/// One part drawn in local (cross, along) space.
struct PartLayout {
    positions: Vec<[f32; 2]>,
    layers: Vec<u32>,
    edges: Vec<(usize, Vec<[f32; 2]>)>,
    cross: f32,
    along: f32,
}

fn layout_part(
    members: &[usize],
    sizes: &[[f32; 2]],
    all_edges: &[(usize, usize)],
    edge_ids: &[usize],
    options: &Options,
) -> PartLayout {
    let m = members.len();
    let local_of = |v: usize| members.binary_search(&v).expect("member");
    // Local edges without self-loops, each marked reversed or not.
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); m];
    let mut plain: Vec<(usize, usize, usize)> = Vec::new(); // (edge id, a, b)
    let mut loops: Vec<(usize, usize)> = Vec::new();
    for &e in edge_ids {
        let (a, b) = all_edges[e];
        let (a, b) = (local_of(a), local_of(b));
        if a == b {
            loops.push((e, a));
        } else {
            succ[a].push(b);
            plain.push((e, a, b));
        }
    }
    for s in &mut succ {
        s.sort_unstable();
        s.dedup();
    }

    // 1. Cycle breaking: iterative DFS in index order; edges to a node on the stack reverse.
    let mut state = vec![0u8; m]; // 0 new, 1 on stack, 2 done
    let mut back: std::collections::HashSet<(usize, usize)> = Default::default();
    for root in 0..m {
        if state[root] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        state[root] = 1;
        while let Some(top) = stack.last_mut() {
            let (v, i) = *top;
            if i < succ[v].len() {
                top.1 += 1;
                let w = succ[v][i];
                match state[w] {
                    0 => {
                        state[w] = 1;
                        stack.push((w, 0));
                    }
                    1 => {
                        back.insert((v, w));
                    }
                    _ => {}
                }
            } else {
                state[v] = 2;
                stack.pop();
            }
        }
    }
    // Acyclic edges (a → b), deduplicated, with a flag telling whether they were reversed.
    let mut dag: Vec<(usize, usize)> = Vec::new();
    for &(_, a, b) in &plain {
        if back.contains(&(a, b)) {
            dag.push((b, a));
        } else {
            dag.push((a, b));
        }
    }
    dag.sort_unstable();
    dag.dedup();

    // 2. Layering: longest path from the sources, then sources moved next to their
    // earliest successor.
    let mut out_adj: Vec<Vec<usize>> = vec![Vec::new(); m];
    let mut in_adj: Vec<Vec<usize>> = vec![Vec::new(); m];
    for &(a, b) in &dag {
        out_adj[a].push(b);
        in_adj[b].push(a);
    }
    let mut indegree: Vec<usize> = in_adj.iter().map(Vec::len).collect();
    let mut queue: VecDeque<usize> = (0..m).filter(|&v| indegree[v] == 0).collect();
    let mut topo = Vec::with_capacity(m);
    let mut layer = vec![0u32; m];
    while let Some(v) = queue.pop_front() {
        topo.push(v);
        for &w in &out_adj[v] {
            layer[w] = layer[w].max(layer[v] + 1);
            indegree[w] -= 1;
            if indegree[w] == 0 {
                queue.push_back(w);
            }
        }
    }
    for &v in topo.iter().rev() {
        if in_adj[v].is_empty()
            && let Some(min) = out_adj[v].iter().map(|&w| layer[w]).min()
        {
            layer[v] = min.saturating_sub(1);
        }
    }
    let layer_count = layer.iter().max().map_or(0, |&l| l as usize + 1);

    // 3. Dummy nodes: node ids ≥ m are dummies; chains[k] lists the nodes of dag edge k.
    let mut node_layer: Vec<u32> = layer.clone();
    let mut chains: Vec<Vec<usize>> = Vec::with_capacity(dag.len());
    let mut down: Vec<Vec<usize>> = vec![Vec::new(); m]; // successors one layer down
    for &(a, b) in &dag {
        let mut chain = vec![a];
        let mut prev = a;
        for l in layer[a] + 1..layer[b] {
            let d = node_layer.len();
            node_layer.push(l);
            down.push(Vec::new());
            down[prev].push(d);
            chain.push(d);
            prev = d;
        }
        down[prev].push(b);
        chain.push(b);
        chains.push(chain);
    }
    let total = node_layer.len();
    let mut up: Vec<Vec<usize>> = vec![Vec::new(); total];
    for (v, ws) in down.iter().enumerate() {
        for &w in ws {
            up[w].push(v);
        }
    }

    // 4. Ordering: initial order by a DFS from the sources, then barycenter sweeps,
    // keeping the order with the fewest crossings.
    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); layer_count];
    let mut placed = vec![false; total];
    let mut roots: Vec<usize> = (0..m).filter(|&v| up[v].is_empty()).collect();
    roots.extend(0..m);
    for root in roots {
        if placed[root] {
            continue;
        }
        let mut stack = vec![root];
        placed[root] = true;
        while let Some(v) = stack.pop() {
            layers[node_layer[v] as usize].push(v);
            for &w in down[v].iter().rev() {
                if !placed[w] {
                    placed[w] = true;
                    stack.push(w);
                }
            }
        }
    }
    let mut index = vec![0usize; total];
    let renumber = |layers: &Vec<Vec<usize>>, index: &mut Vec<usize>| {
        for l in layers {
            for (i, &v) in l.iter().enumerate() {
                index[v] = i;
            }
        }
    };
    renumber(&layers, &mut index);
    let mut best = layers.clone();
    let mut best_crossings = crossings(&layers, &down, &index);
    for sweep in 0..options.sweeps {
        for downward in [true, false] {
            let order: Vec<usize> = if downward {
                (1..layer_count).collect()
            } else {
                (0..layer_count.saturating_sub(1)).rev().collect()
            };
            for l in order {
                let fixed = if downward { &up } else { &down };
                let mut keyed: Vec<(f32, usize)> = layers[l]
                    .iter()
                    .map(|&v| {
                        let ns = &fixed[v];
                        let key = if ns.is_empty() {
                            index[v] as f32
                        } else {
                            // Median on even sweeps, mean on odd ones.
                            if sweep % 2 == 0 {
                                let mut ps: Vec<usize> = ns.iter().map(|&w| index[w]).collect();
                                ps.sort_unstable();
                                let k = ps.len();
                                if k % 2 == 1 {
                                    ps[k / 2] as f32
                                } else {
                                    (ps[k / 2 - 1] + ps[k / 2]) as f32 / 2.0
                                }
                            } else {
                                ns.iter().map(|&w| index[w] as f32).sum::<f32>() / ns.len() as f32
                            }
                        };
                        (key, v)
                    })
                    .collect();
                // Stable on ties: keep the current relative order.
                keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(index[a.1].cmp(&index[b.1])));
                layers[l] = keyed.into_iter().map(|(_, v)| v).collect();
                for (i, &v) in layers[l].iter().enumerate() {
                    index[v] = i;
                }
            }
        }
        let c = crossings(&layers, &down, &index);
        if c < best_crossings {
            best_crossings = c;
            best = layers.clone();
        }
        if best_crossings == 0 {
            break;
        }
    }
    layers = best;
    renumber(&layers, &mut index);

    // 5. Coordinates across the layers: packed, then pulled toward neighbours' centres
    // keeping order and gaps (isotonic regression with separations).
    let dummy_width = 2.0;
    let width = |v: usize| {
        if v < m {
            sizes[members[v]][0]
        } else {
            dummy_width
        }
    };
    let gap = |a: usize, b: usize| {
        let g = if a >= m && b >= m {
            options.node_gap * 0.5
        } else {
            options.node_gap
        };
        (width(a) + width(b)) / 2.0 + g
    };
    let mut x = vec![0.0f32; total];
    for l in &layers {
        let mut at = 0.0;
        for (i, &v) in l.iter().enumerate() {
            if i > 0 {
                at += gap(l[i - 1], v);
            }
            x[v] = at;
        }
    }
    for round in 0..8 {
        let order: Vec<usize> = if round % 2 == 0 {
            (0..layer_count).collect()
        } else {
            (0..layer_count).rev().collect()
        };
        for l in order {
            let row = &layers[l];
            if row.is_empty() {
                continue;
            }
            let desired: Vec<f32> = row
                .iter()
                .map(|&v| {
                    let (mut sum, mut count) = (0.0f32, 0usize);
                    for &w in up[v].iter().chain(&down[v]) {
                        sum += x[w];
                        count += 1;
                    }
                    if count == 0 { x[v] } else { sum / count as f32 }
                })
                .collect();
            let seps: Vec<f32> = row.windows(2).map(|p| gap(p[0], p[1])).collect();
            let placed = place_in_order(&desired, &seps);
            for (&v, p) in row.iter().zip(placed) {
                x[v] = p;
            }
        }
    }
    let min_x = layers
        .iter()
        .filter_map(|l| l.first())
        .map(|&v| x[v] - width(v) / 2.0)
        .fold(f32::INFINITY, f32::min);
    let min_x = if min_x.is_finite() { min_x } else { 0.0 };
    for v in &mut x {
        *v -= min_x;
    }
    let cross = layers
        .iter()
        .filter_map(|l| l.last())
        .map(|&v| x[v] + width(v) / 2.0)
        .fold(0.0, f32::max);

    // Along the layers: each layer as thick as its thickest node.
    let mut thickness = vec![0.0f32; layer_count];
    for v in 0..m {
        let l = layer[v] as usize;
        thickness[l] = thickness[l].max(sizes[members[v]][1]);
    }
    let mut centre = vec![0.0f32; layer_count];
    let mut at = 0.0;
    for l in 0..layer_count {
        centre[l] = at + thickness[l] / 2.0;
        at += thickness[l] + options.layer_gap;
    }
    let along = (at - options.layer_gap).max(0.0);

    let pos = |v: usize| [x[v], centre[node_layer[v] as usize]];
    let positions: Vec<[f32; 2]> = (0..m).map(pos).collect();

    // Edge polylines along the dummy chains, clipped to the end nodes' boxes.
    let chain_of: std::collections::HashMap<(usize, usize), usize> =
        dag.iter().enumerate().map(|(k, &e)| (e, k)).collect();
    let mut lines: Vec<(usize, Vec<[f32; 2]>)> = Vec::with_capacity(plain.len() + loops.len());
    for &(e, a, b) in &plain {
        let reversed = back.contains(&(a, b));
        let key = if reversed { (b, a) } else { (a, b) };
        let chain = &chains[chain_of[&key]];
        let mut points: Vec<[f32; 2]> = chain.iter().map(|&v| pos(v)).collect();
        if reversed {
            points.reverse();
        }
        let k = points.len();
        let (sa, sb) = (sizes[members[a]], sizes[members[b]]);
        let start = clip(points[0], sa, points[1]);
        let end = clip(points[k - 1], sb, points[k - 2]);
        points[0] = start;
        points[k - 1] = end;
        lines.push((e, points));
    }
    for &(e, v) in &loops {
        let [cx, cy] = positions[v];
        let [w, h] = sizes[members[v]];
        let (r, t) = (cx + w / 2.0, cy - h / 2.0);
        lines.push((
            e,
            vec![
                [r - 6.0, t],
                [r - 6.0, t - 12.0],
                [r + 12.0, t - 12.0],
                [r + 12.0, t + 6.0],
                [r, t + 6.0],
            ],
        ));
    }
    PartLayout {
        positions,
        layers: layer,
        edges: lines,
        cross,
        along,
    }
}

/// The point where the segment from `centre` toward `toward` leaves a box of `size`.
fn clip(centre: [f32; 2], size: [f32; 2], toward: [f32; 2]) -> [f32; 2] {
    let (dx, dy) = (toward[0] - centre[0], toward[1] - centre[1]);
    if dx == 0.0 && dy == 0.0 {
        return centre;
    }
    let sx = if dx != 0.0 {
        (size[0] / 2.0) / dx.abs()
    } else {
        f32::INFINITY
    };
    let sy = if dy != 0.0 {
        (size[1] / 2.0) / dy.abs()
    } else {
        f32::INFINITY
    };
    let s = sx.min(sy).min(1.0);
    [centre[0] + dx * s, centre[1] + dy * s]
}

/// Positions closest (least squares) to `desired` with `x[i+1] - x[i] >= seps[i]`: pool
/// adjacent violators on the positions shifted by the cumulative separations.
fn place_in_order(desired: &[f32], seps: &[f32]) -> Vec<f32> {
    let n = desired.len();
    let mut offset = vec![0.0f32; n];
    for i in 1..n {
        offset[i] = offset[i - 1] + seps[i - 1];
    }
    // Blocks of (sum, count, first index).
    let mut blocks: Vec<(f32, f32, usize)> = Vec::with_capacity(n);
    for i in 0..n {
        blocks.push((desired[i] - offset[i], 1.0, i));
        while blocks.len() > 1 {
            let k = blocks.len();
            let (s1, c1, _) = blocks[k - 2];
            let (s2, c2, _) = blocks[k - 1];
            if s1 / c1 > s2 / c2 {
                let first = blocks[k - 2].2;
                blocks.truncate(k - 2);
                blocks.push((s1 + s2, c1 + c2, first));
            } else {
                break;
            }
        }
    }
    let mut out = vec![0.0f32; n];
    for (k, &(s, c, first)) in blocks.iter().enumerate() {
        let end = blocks.get(k + 1).map_or(n, |b| b.2);
        for i in first..end {
            out[i] = s / c + offset[i];
        }
    }
    out
}

/// Edge crossings between consecutive layers (each layer pair counted with a Fenwick tree).
fn crossings(layers: &[Vec<usize>], down: &[Vec<usize>], index: &[usize]) -> u64 {
    let mut total = 0u64;
    for pair in layers.windows(2) {
        let (upper, lower) = (&pair[0], &pair[1]);
        let mut ends: Vec<(usize, usize)> = Vec::new();
        for &v in upper {
            for &w in &down[v] {
                ends.push((index[v], index[w]));
            }
        }
        ends.sort_unstable();
        let size = lower.len() + 1;
        let mut tree = vec![0u64; size + 1];
        for (seen, &(_, b)) in ends.iter().enumerate() {
            // Count earlier edges ending strictly right of b.
            let mut i = b + 1;
            let mut not_greater = 0u64;
            while i > 0 {
                not_greater += tree[i];
                i &= i - 1;
            }
            total += seen as u64 - not_greater;
            let mut i = b + 1;
            while i <= size {
                tree[i] += 1;
                i += i & i.wrapping_neg();
            }
        }
    }
    total
}

/// Crossings of a finished layout's straight segments between consecutive layers, for tests:
/// counts pairs of edges (given as node pairs) whose layer order disagrees.
pub fn count_crossings(layout: &Layout, edges: &[(usize, usize)], direction: Direction) -> usize {
    let cross_axis = usize::from(direction == Direction::LeftToRight);
    let mut count = 0;
    for (i, &(a, b)) in edges.iter().enumerate() {
        for &(c, d) in &edges[i + 1..] {
            if layout.layers[a] != layout.layers[c] || layout.layers[b] != layout.layers[d] {
                continue;
            }
            let p = layout.positions[a][cross_axis] - layout.positions[c][cross_axis];
            let q = layout.positions[b][cross_axis] - layout.positions[d][cross_axis];
            if p * q < 0.0 {
                count += 1;
            }
        }
    }
    count
}

/// A deterministic pseudo-random graph of `nodes` nodes and about `edges` edges, forward
/// mostly (a few back edges make cycles), for tests and benchmarks.
pub fn synthetic(nodes: usize, edges: usize, seed: u64) -> (Vec<[f32; 2]>, Vec<(usize, usize)>) {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let sizes = (0..nodes)
        .map(|i| [60.0 + (i % 7) as f32 * 12.0, 24.0])
        .collect();
    let mut list = Vec::with_capacity(edges);
    if nodes > 1 {
        for _ in 0..edges {
            let a = (next() % nodes as u64) as usize;
            let span = 1 + (next() % 40) as usize;
            let b = if next() % 20 == 0 {
                a.saturating_sub(span)
            } else {
                (a + span).min(nodes - 1)
            };
            list.push((a, b));
        }
    }
    (sizes, list)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxes(n: usize) -> Vec<[f32; 2]> {
        vec![[50.0, 20.0]; n]
    }

    fn no_overlap(layout: &Layout, sizes: &[[f32; 2]]) {
        for i in 0..sizes.len() {
            for j in i + 1..sizes.len() {
                let (p, q) = (layout.positions[i], layout.positions[j]);
                let apart_x = (p[0] - q[0]).abs() >= (sizes[i][0] + sizes[j][0]) / 2.0 - 0.01;
                let apart_y = (p[1] - q[1]).abs() >= (sizes[i][1] + sizes[j][1]) / 2.0 - 0.01;
                assert!(apart_x || apart_y, "nodes {i} and {j} overlap: {p:?} {q:?}");
            }
        }
    }

    #[test]
    fn empty_graph() {
        let l = layered(&[], &[], &Options::default());
        assert!(l.positions.is_empty());
        assert_eq!((l.width, l.height), (0.0, 0.0));
    }

    #[test]
    fn dag_edges_go_down_the_layers() {
        let sizes = boxes(7);
        let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (0, 4), (5, 6)];
        for direction in [Direction::LeftToRight, Direction::TopToBottom] {
            let options = Options {
                direction,
                ..Options::default()
            };
            let l = layered(&sizes, &edges, &options);
            let axis = usize::from(direction == Direction::TopToBottom);
            for &(a, b) in &edges {
                assert!(l.layers[a] < l.layers[b], "{a}->{b}");
                assert!(l.positions[a][axis] < l.positions[b][axis]);
            }
            no_overlap(&l, &sizes);
            // The long edge 0 → 4 (layer 0 to 3) bends through two dummies.
            assert_eq!(l.edges[5].len(), 4);
            for (e, line) in l.edges.iter().enumerate() {
                assert!(line.len() >= 2, "edge {e}");
            }
        }
    }

    #[test]
    fn reduces_crossings_of_a_known_case() {
        // Two layers, edges drawn crossed in index order: 0→5, 1→4, 2→3 (three crossings
        // when targets stay in index order), plus an input order that invites crossings.
        let sizes = boxes(6);
        let edges = [(0, 5), (1, 4), (2, 3), (0, 4)];
        let l = layered(&sizes, &edges, &Options::default());
        assert_eq!(count_crossings(&l, &edges, Direction::LeftToRight), 0);
        // K(2,2)-like: one crossing is unavoidable with four edges between two pairs.
        let edges = [(0, 2), (0, 3), (1, 2), (1, 3)];
        let l = layered(&boxes(4), &edges, &Options::default());
        assert_eq!(count_crossings(&l, &edges, Direction::LeftToRight), 1);
    }

    #[test]
    fn cycles_self_loops_and_multi_edges() {
        let sizes = boxes(4);
        let edges = [(0, 1), (1, 2), (2, 0), (2, 2), (1, 2), (2, 3), (3, 1)];
        let l = layered(&sizes, &edges, &Options::default());
        no_overlap(&l, &sizes);
        assert_eq!(l.edges.len(), edges.len());
        for line in &l.edges {
            assert!(line.len() >= 2);
            assert!(line.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
        }
        // The reversed edge 2 → 0 still starts at 2 and ends at 0.
        let line = &l.edges[2];
        let (first, last) = (line[0], line[line.len() - 1]);
        let d = |p: [f32; 2], q: [f32; 2]| (p[0] - q[0]).hypot(p[1] - q[1]);
        assert!(d(first, l.positions[2]) < d(first, l.positions[0]));
        assert!(d(last, l.positions[0]) < d(last, l.positions[2]));
    }

    #[test]
    fn disconnected_parts_do_not_overlap() {
        let sizes = boxes(30);
        let edges: Vec<(usize, usize)> = (0..10).map(|i| (i * 3, i * 3 + 1)).collect();
        let l = layered(&sizes, &edges, &Options::default());
        no_overlap(&l, &sizes);
        assert!(l.width > 0.0 && l.height > 0.0);
    }

    #[test]
    fn deterministic_and_compact() {
        let (sizes, edges) = synthetic(300, 600, 7);
        let a = layered(&sizes, &edges, &Options::default());
        let b = layered(&sizes, &edges, &Options::default());
        assert_eq!(a, b);
        no_overlap(&a, &sizes);
    }

    #[test]
    fn centres_a_parent_over_its_children() {
        let sizes = boxes(4);
        let edges = [(0, 1), (0, 2), (0, 3)];
        let options = Options {
            direction: Direction::TopToBottom,
            ..Options::default()
        };
        let l = layered(&sizes, &edges, &options);
        let mid = (l.positions[1][0] + l.positions[3][0]) / 2.0;
        assert!((l.positions[0][0] - mid).abs() < 1.0);
    }

    /// `cargo test --release --lib explore::layout::tests::bench -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn bench_2000_nodes_4000_edges() {
        let (sizes, edges) = synthetic(2000, 4000, 42);
        let started = std::time::Instant::now();
        let l = layered(&sizes, &edges, &Options::default());
        let ms = started.elapsed().as_secs_f64() * 1e3;
        println!(
            "layered: 2000 nodes, 4000 edges in {ms:.1} ms ({} x {})",
            l.width, l.height
        );
        assert!(ms < 1000.0);
    }
}
