//! Where each item sits across its layer (x in a top-down drawing, y in a left-right one):
//! sweeps that pull each item towards its neighbours while keeping the layer's order and
//! gaps (a least-squares fit, pool-adjacent-violators), then one pass that pushes items and
//! subgraph borders apart so that every subgraph's box holds its own items and no other.

use crate::core::sketch::layout::layers::{mean, ItemKind, Layered};
use crate::core::sketch::layout::Metrics;
use crate::core::sketch::model::Sketch;

/// How many down-and-up sweeps pull items towards their neighbours.
const SWEEPS: usize = 4;

/// The items' centres and the subgraphs' borders across the layers.
pub struct Across {
    /// Each item's centre.
    pub centre: Vec<f64>,
    /// Each subgraph's first and last edge, if it has any item.
    pub borders: Vec<Option<(f64, f64)>>,
}

/// A slot of a layer's sequence: an item, or a subgraph's opening or closing border.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Item(usize),
    Open(usize),
    Close(usize),
}

/// The placement across the layers of `layers` (each in order).
pub fn across(
    sketch: &Sketch,
    graph: &Layered,
    layers: &[Vec<usize>],
    metrics: &Metrics,
) -> Across {
    let horizontal = sketch.direction.is_horizontal();
    let half: Vec<f64> = graph
        .items
        .iter()
        .map(|i| i.size.across(horizontal) / 2.0)
        .collect();
    let sequences: Vec<Vec<Slot>> = layers.iter().map(|l| sequence(sketch, graph, l)).collect();
    let space = Spacing {
        sketch,
        graph,
        metrics,
        half: &half,
        horizontal,
    };
    let seps: Vec<Vec<f64>> = sequences
        .iter()
        .map(|slots| item_gaps(&space, slots))
        .collect();
    let mut centre = vec![0.0; graph.items.len()];
    for (layer, gaps) in layers.iter().zip(&seps) {
        let packed = fit(&vec![f64::NEG_INFINITY; layer.len()], gaps);
        layer.iter().zip(packed).for_each(|(&i, x)| centre[i] = x);
    }
    for _ in 0..SWEEPS {
        for downward in [true, false] {
            let neighbours = if downward {
                &graph.before
            } else {
                &graph.after
            };
            let order: Vec<usize> = if downward {
                (0..layers.len()).collect()
            } else {
                (0..layers.len()).rev().collect()
            };
            for l in order {
                let wanted: Vec<f64> = layers[l]
                    .iter()
                    .map(|&i| mean(&neighbours[i], |n| centre[n]).unwrap_or(centre[i]))
                    .collect();
                let placed = fit(&wanted, &seps[l]);
                layers[l]
                    .iter()
                    .zip(placed)
                    .for_each(|(&i, x)| centre[i] = x);
            }
        }
    }
    push_apart(&space, &sequences, centre)
}

/// What the gaps between slots are worked out from.
struct Spacing<'a> {
    sketch: &'a Sketch,
    graph: &'a Layered,
    metrics: &'a Metrics,
    half: &'a [f64],
    horizontal: bool,
}

impl Spacing<'_> {
    /// The gap between two neighbouring items' edges: wide between nodes, narrow by bends.
    fn item_gap(&self, a: usize, b: usize) -> f64 {
        let nodes = |i: usize| matches!(self.graph.items[i].kind, ItemKind::Node);
        if nodes(a) && nodes(b) {
            self.metrics.node_gap
        } else {
            self.metrics.node_gap / 2.0
        }
    }

    /// The room a subgraph's title takes across the layers (its height in a left-right
    /// drawing, where the title sits at the top of its box; none in a top-down one).
    fn title_across(&self) -> f64 {
        if self.horizontal {
            self.metrics.text_height
        } else {
            0.0
        }
    }

    /// The least distance from slot `a`'s position to slot `b`'s (centres for items, edges
    /// for borders).
    fn gap(&self, a: Slot, b: Slot) -> f64 {
        let pad = self.metrics.cluster_padding;
        match (a, b) {
            (Slot::Item(x), Slot::Item(y)) => self.half[x] + self.item_gap(x, y) + self.half[y],
            (Slot::Item(x), Slot::Close(_)) => self.half[x] + pad,
            (Slot::Item(x), Slot::Open(_)) => self.half[x] + self.metrics.node_gap,
            (Slot::Close(_), Slot::Close(_)) => pad,
            (Slot::Close(_), Slot::Open(_)) => self.metrics.node_gap,
            (Slot::Close(_), Slot::Item(y)) => self.metrics.node_gap + self.half[y],
            (Slot::Open(_), Slot::Open(_)) => pad + self.title_across(),
            (Slot::Open(_), Slot::Item(y)) => pad + self.title_across() + self.half[y],
            (Slot::Open(_), Slot::Close(_)) => pad,
        }
    }

    /// The least width of subgraph `s`'s box across the layers: its title's in a top-down
    /// drawing, where the title runs across.
    fn title_width(&self, s: usize) -> f64 {
        if self.horizontal {
            0.0
        } else {
            self.metrics.text_width(&self.sketch.subgraphs[s].title)
                + 2.0 * self.metrics.cluster_padding
        }
    }
}

/// A layer's slots: its items with the borders of the subgraphs they enter and leave.
fn sequence(sketch: &Sketch, graph: &Layered, layer: &[usize]) -> Vec<Slot> {
    let path = |i: usize| {
        graph.items[i]
            .cluster
            .map_or_else(Vec::new, |c| sketch.enclosing(c))
    };
    let mut slots = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for &i in layer {
        let wanted = path(i);
        let shared = open.iter().zip(&wanted).take_while(|(a, b)| a == b).count();
        while open.len() > shared {
            slots.push(Slot::Close(open.pop().unwrap_or_default()));
        }
        for &s in &wanted[shared..] {
            slots.push(Slot::Open(s));
            open.push(s);
        }
        slots.push(Slot::Item(i));
    }
    slots.extend(open.iter().rev().map(|&s| Slot::Close(s)));
    slots
}

/// The least distance between each item of a layer and the next, from the layer's `slots`
/// (the borders between the two included).
fn item_gaps(space: &Spacing, slots: &[Slot]) -> Vec<f64> {
    let mut gaps = Vec::new();
    let mut run = matches!(slots.first(), Some(Slot::Item(_))).then_some(0.0);
    for pair in slots.windows(2) {
        if let Some(r) = run.as_mut() {
            *r += space.gap(pair[0], pair[1]);
        }
        if let Slot::Item(_) = pair[1] {
            if let Some(r) = run.replace(0.0) {
                gaps.push(r);
            }
        }
    }
    gaps
}

/// Positions as near `wanted` as least squares allow with each at least `gaps[i]` after the
/// one before (pool adjacent violators on the positions less their running gap); a wanted
/// position of minus infinity packs from zero.
fn fit(wanted: &[f64], gaps: &[f64]) -> Vec<f64> {
    let mut offset = Vec::with_capacity(wanted.len());
    let mut run = 0.0;
    for i in 0..wanted.len() {
        if i > 0 {
            run += gaps[i - 1];
        }
        offset.push(run);
    }
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (w, o) in wanted.iter().zip(&offset) {
        let target = if w.is_finite() { w - o } else { 0.0 };
        blocks.push((target, 1));
        while blocks.len() > 1 {
            let (sum, n) = blocks[blocks.len() - 1];
            let (prev_sum, prev_n) = blocks[blocks.len() - 2];
            if prev_sum / prev_n as f64 <= sum / n as f64 {
                break;
            }
            blocks.pop();
            let last = blocks.len() - 1;
            blocks[last] = (prev_sum + sum, prev_n + n);
        }
    }
    let mut out = Vec::with_capacity(wanted.len());
    for (sum, n) in blocks {
        (0..n).for_each(|_| out.push(sum / n as f64));
    }
    out.iter_mut().zip(&offset).for_each(|(x, o)| *x += o);
    out
}

/// The final placement: every slot at least its gap after the slot before it in every layer
/// (a subgraph's borders being one position in all its layers), items no further left than
/// `centre` put them and a subgraph's opening border no further left than its leftmost item
/// needs, taken in an order where each slot comes after all it must follow.
fn push_apart(space: &Spacing, sequences: &[Vec<Slot>], centre: Vec<f64>) -> Across {
    let items = centre.len();
    let clusters = space.sketch.subgraphs.len();
    let index = |slot: Slot| match slot {
        Slot::Item(i) => i,
        Slot::Open(s) => items + 2 * s,
        Slot::Close(s) => items + 2 * s + 1,
    };
    let count = items + 2 * clusters;
    let mut before: Vec<Vec<(usize, f64)>> = vec![Vec::new(); count];
    let mut used = vec![false; clusters];
    for pair in sequences.iter().flat_map(|s| s.windows(2)) {
        before[index(pair[1])].push((index(pair[0]), space.gap(pair[0], pair[1])));
        if let Slot::Open(s) = pair[0] {
            used[s] = true;
        }
    }
    for s in (0..clusters).filter(|&s| used[s]) {
        before[items + 2 * s + 1].push((items + 2 * s, space.title_width(s)));
    }
    let mut at = centre.clone();
    at.resize(count, f64::NEG_INFINITY);
    for (i, item) in space.graph.items.iter().enumerate() {
        for s in item
            .cluster
            .map_or_else(Vec::new, |c| space.sketch.enclosing(c))
        {
            let open = items + 2 * s;
            let before = centre[i] - space.gap(Slot::Open(s), Slot::Item(i));
            at[open] = if at[open].is_finite() {
                at[open].min(before)
            } else {
                before
            };
        }
    }
    for v in topological(&before) {
        for &(p, gap) in &before[v] {
            at[v] = at[v].max(at[p] + gap);
        }
    }
    shift_to_margin(space, &mut at);
    let borders = (0..clusters)
        .map(|s| used[s].then(|| (at[items + 2 * s], at[items + 2 * s + 1])))
        .collect();
    Across {
        centre: at[..items].to_vec(),
        borders,
    }
}

/// Moves every slot so that the leftmost edge of anything is at the margin.
fn shift_to_margin(space: &Spacing, at: &mut [f64]) {
    let items = space.half.len();
    let lowest = (0..at.len())
        .map(|v| {
            if v < items {
                at[v] - space.half[v]
            } else {
                at[v]
            }
        })
        .filter(|x| x.is_finite())
        .fold(f64::INFINITY, f64::min);
    let shift = space.metrics.margin - if lowest.is_finite() { lowest } else { 0.0 };
    at.iter_mut().for_each(|x| *x += shift);
}

/// The slots in an order where each comes after every slot it must follow; should the
/// constraints ever close a cycle, the slots left over follow in index order.
fn topological(before: &[Vec<(usize, f64)>]) -> Vec<usize> {
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); before.len()];
    let mut waiting: Vec<usize> = before.iter().map(Vec::len).collect();
    for (v, preds) in before.iter().enumerate() {
        preds.iter().for_each(|&(p, _)| after[p].push(v));
    }
    let mut ready: Vec<usize> = (0..before.len())
        .rev()
        .filter(|&v| waiting[v] == 0)
        .collect();
    let mut order = Vec::with_capacity(before.len());
    let mut placed = vec![false; before.len()];
    while let Some(v) = ready.pop() {
        order.push(v);
        placed[v] = true;
        for &t in &after[v] {
            waiting[t] -= 1;
            if waiting[t] == 0 {
                ready.push(t);
            }
        }
    }
    order.extend((0..before.len()).filter(|&v| !placed[v]));
    order
}
