//! The layered graph the layout works on: every node's layer (cycles broken, longest path,
//! ranks doubled so that every edge has a slot between its ends for its label), the items of
//! each layer (nodes, one dummy per layer an edge passes, a placeholder where a subgraph
//! spans a layer none of its items is in), and each edge's chain of items.

use crate::core::sketch::layout::{Metrics, Size};
use crate::core::sketch::model::Sketch;

/// The most dummies (bends) the layout adds; edges beyond it are drawn straight.
pub const MAX_BENDS: usize = 100_000;

/// What an item of a layer stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ItemKind {
    /// A node of the sketch (its item's index is the node's).
    Node,
    /// A bend of an edge where it passes a layer (carrying its label or not).
    Bend,
    /// A slot that keeps a subgraph's box whole in a layer where it has nothing.
    Placeholder,
}

/// One item of a layer.
#[derive(Debug, Clone)]
pub struct Item {
    /// What it stands for.
    pub kind: ItemKind,
    /// Its layer.
    pub layer: usize,
    /// Its size on screen (zero for a bend without a label).
    pub size: Size,
    /// The innermost subgraph it belongs to.
    pub cluster: Option<usize>,
}

/// How one edge is drawn through the layers.
#[derive(Debug, Clone, Default)]
pub struct Chain {
    /// Its items from the lower layer to the higher (empty for an edge drawn straight).
    pub items: Vec<usize>,
    /// Whether the chain runs against the edge (its target is in the lower layer).
    pub flipped: bool,
    /// The bend that carries its label, if it has one.
    pub label: Option<usize>,
}

/// The whole layered graph.
#[derive(Debug, Clone)]
pub struct Layered {
    /// Every item; a node's item has the node's index.
    pub items: Vec<Item>,
    /// How many layers there are.
    pub layer_count: usize,
    /// Each edge's chain, by edge index.
    pub chains: Vec<Chain>,
    /// Each item's neighbours in the layer before its own.
    pub before: Vec<Vec<usize>>,
    /// Each item's neighbours in the layer after its own.
    pub after: Vec<Vec<usize>>,
}

/// The layered graph of `sketch`, nodes sized by `metrics`.
pub fn layered(sketch: &Sketch, metrics: &Metrics) -> Layered {
    let ranks = ranks(sketch);
    let top = ranks.iter().max().map_or(0, |r| r * 2);
    let layer_of = |rank: usize| {
        if sketch.direction.is_reversed() {
            top - rank * 2
        } else {
            rank * 2
        }
    };
    let items = sketch
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| Item {
            kind: ItemKind::Node,
            layer: layer_of(ranks[i]),
            size: metrics.node_size(node),
            cluster: node.subgraph,
        })
        .collect();
    let mut graph = Layered {
        items,
        layer_count: top + 2,
        chains: Vec::new(),
        before: Vec::new(),
        after: Vec::new(),
    };
    let mut bends = 0;
    for edge in 0..sketch.edges.len() {
        let chain = graph.chain(sketch, edge, metrics, &mut bends);
        graph.chains.push(chain);
    }
    graph.fill_subgraphs(sketch);
    graph.link_neighbours();
    graph
}

/// Each node's rank: longest path from the sources, edges closing a cycle turned round.
fn ranks(sketch: &Sketch) -> Vec<usize> {
    let n = sketch.nodes.len();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for edge in sketch.edges.iter().filter(|e| e.from != e.to) {
        out[edge.from].push(edge.to);
    }
    let forward = acyclic(&out);
    let mut incoming = vec![0usize; n];
    forward.iter().flatten().for_each(|&t| incoming[t] += 1);
    let mut ready: Vec<usize> = (0..n).rev().filter(|&v| incoming[v] == 0).collect();
    let mut rank = vec![0usize; n];
    while let Some(v) = ready.pop() {
        for &t in &forward[v] {
            rank[t] = rank[t].max(rank[v] + 1);
            incoming[t] -= 1;
            if incoming[t] == 0 {
                ready.push(t);
            }
        }
    }
    rank
}

/// `out` (successor lists) with every edge that closes a cycle in a depth-first walk from
/// each node in turn turned round.
fn acyclic(out: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = out.len();
    let (unseen, open, done) = (0u8, 1u8, 2u8);
    let mut state = vec![unseen; n];
    let mut forward: Vec<Vec<usize>> = vec![Vec::new(); n];
    for root in 0..n {
        if state[root] != unseen {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        state[root] = open;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            let Some(&t) = out[v].get(*next) else {
                state[v] = done;
                stack.pop();
                continue;
            };
            *next += 1;
            if state[t] == open {
                forward[t].push(v);
            } else {
                forward[v].push(t);
                if state[t] == unseen {
                    state[t] = open;
                    stack.push((t, 0));
                }
            }
        }
    }
    forward
}

impl Layered {
    /// The chain of edge `index`: its two nodes and a bend in every layer between them (a
    /// self-loop bends once in the layer after its node); straight once `bends` is spent.
    fn chain(
        &mut self,
        sketch: &Sketch,
        index: usize,
        metrics: &Metrics,
        bends: &mut usize,
    ) -> Chain {
        let edge = &sketch.edges[index];
        let (from, to) = (edge.from, edge.to);
        let flipped = self.items[to].layer < self.items[from].layer;
        let (low, high) = if flipped { (to, from) } else { (from, to) };
        let (first, last) = (self.items[low].layer, self.items[high].layer);
        let loops = low == high;
        let span = if loops { 1 } else { last - first - 1 };
        if *bends + span > MAX_BENDS {
            return Chain {
                flipped,
                ..Chain::default()
            };
        }
        *bends += span;
        let cluster = common_cluster(
            sketch,
            sketch.nodes[from].subgraph,
            sketch.nodes[to].subgraph,
        );
        let middle = if loops {
            first + 1
        } else {
            odd_middle(first, last)
        };
        let mut chain = Chain {
            items: vec![low],
            flipped,
            label: None,
        };
        for layer in first + 1..first + 1 + span {
            let labelled = layer == middle && edge.label.is_some();
            let size = match (&edge.label, labelled) {
                (Some(text), true) => metrics.label_size(text),
                _ => Size::default(),
            };
            if labelled {
                chain.label = Some(self.items.len());
            }
            chain.items.push(self.items.len());
            self.items.push(Item {
                kind: ItemKind::Bend,
                layer,
                size,
                cluster,
            });
        }
        chain.items.push(high);
        chain
    }

    /// A placeholder in every layer a subgraph spans but has no item in, innermost first so
    /// that an outer subgraph counts its inner ones' placeholders.
    fn fill_subgraphs(&mut self, sketch: &Sketch) {
        for s in (0..sketch.subgraphs.len()).rev() {
            let mut present = vec![false; self.layer_count];
            for item in &self.items {
                if item.cluster.is_some_and(|c| sketch.subgraph_within(c, s)) {
                    present[item.layer] = true;
                }
            }
            let (Some(first), Some(last)) = (
                present.iter().position(|p| *p),
                present.iter().rposition(|p| *p),
            ) else {
                continue;
            };
            for layer in (first..=last).filter(|&l| !present[l]) {
                let size = Size::default();
                self.items.push(Item {
                    kind: ItemKind::Placeholder,
                    layer,
                    size,
                    cluster: Some(s),
                });
            }
        }
    }

    /// The neighbour lists from the chains.
    fn link_neighbours(&mut self) {
        self.before = vec![Vec::new(); self.items.len()];
        self.after = vec![Vec::new(); self.items.len()];
        for chain in &self.chains {
            for pair in chain.items.windows(2) {
                self.after[pair[0]].push(pair[1]);
                self.before[pair[1]].push(pair[0]);
            }
        }
    }
}

/// The mean of `value` over `neighbours` (items of the layer before or after), if there are
/// any: where the ordering and the placement pull an item.
pub fn mean(neighbours: &[usize], value: impl Fn(usize) -> f64) -> Option<f64> {
    if neighbours.is_empty() {
        return None;
    }
    Some(neighbours.iter().map(|&n| value(n)).sum::<f64>() / neighbours.len() as f64)
}

/// The odd layer nearest the middle of an edge from layer `first` to `last` (both even).
fn odd_middle(first: usize, last: usize) -> usize {
    let middle = (first + last) / 2;
    if middle.is_multiple_of(2) {
        middle - 1
    } else {
        middle
    }
}

/// The innermost subgraph holding both `a` and `b`, if any.
fn common_cluster(sketch: &Sketch, a: Option<usize>, b: Option<usize>) -> Option<usize> {
    let mut at = a;
    while let Some(s) = at {
        if b.is_some_and(|b| sketch.subgraph_within(b, s)) {
            return Some(s);
        }
        at = sketch.subgraphs[s].parent;
    }
    None
}
