//! The sketch as a graph for the analysis: where requests enter (clients, else nodes nothing
//! points at), what is reachable from there along the edges (a link without an arrowhead
//! runs both ways), and which nodes are linked to a node either way.

use crate::core::sketch::kind::Kind;
use crate::core::sketch::model::Sketch;

/// The sketch's nodes and their successors, with each node's kind.
pub struct Graph<'a> {
    /// The sketch.
    pub sketch: &'a Sketch,
    /// Each node's kind.
    pub kinds: Vec<Kind>,
    /// Each node's successors.
    pub next: Vec<Vec<usize>>,
}

impl<'a> Graph<'a> {
    /// The graph of `sketch`, its nodes of `kinds`.
    pub fn new(sketch: &'a Sketch, kinds: Vec<Kind>) -> Graph<'a> {
        let mut next = vec![Vec::new(); sketch.nodes.len()];
        for edge in &sketch.edges {
            next[edge.from].push(edge.to);
            if !edge.arrow {
                next[edge.to].push(edge.from);
            }
        }
        Graph {
            sketch,
            kinds,
            next,
        }
    }

    /// Where requests enter: the clients, or when there is none the nodes no edge enters.
    pub fn entries(&self) -> Vec<usize> {
        let clients: Vec<usize> = (0..self.kinds.len())
            .filter(|&v| self.kinds[v] == Kind::Client)
            .collect();
        if !clients.is_empty() {
            return clients;
        }
        let mut entered = vec![false; self.kinds.len()];
        self.next.iter().flatten().for_each(|&t| entered[t] = true);
        (0..self.kinds.len()).filter(|&v| !entered[v]).collect()
    }

    /// Which nodes the entries reach along the edges without passing `without`.
    pub fn reached(&self, without: Option<usize>) -> Vec<bool> {
        let mut seen = vec![false; self.kinds.len()];
        let mut stack: Vec<usize> = self
            .entries()
            .into_iter()
            .filter(|&v| Some(v) != without)
            .collect();
        stack.iter().for_each(|&v| seen[v] = true);
        while let Some(v) = stack.pop() {
            for &t in &self.next[v] {
                if !seen[t] && Some(t) != without {
                    seen[t] = true;
                    stack.push(t);
                }
            }
        }
        seen
    }

    /// The nodes linked to `v` by an edge, either way (once for each such edge).
    pub fn linked(&self, v: usize) -> impl Iterator<Item = usize> + '_ {
        self.sketch
            .edges
            .iter()
            .filter_map(move |e| match (e.from == v, e.to == v) {
                (true, false) => Some(e.to),
                (false, true) => Some(e.from),
                _ => None,
            })
    }

    /// The node's name, for messages.
    pub fn name(&self, v: usize) -> &str {
        &self.sketch.nodes[v].name
    }
}
