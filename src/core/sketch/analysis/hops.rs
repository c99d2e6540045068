//! The sketch's asynchronous hops — a dotted edge, or a queue between its producers and each
//! consumer — and whether each has a dead-letter path: a DLQ node linked to its consumer or
//! its queue, or the failure notes naming a dead-letter queue.

use crate::core::sketch::analysis::paths::Graph;
use crate::core::sketch::kind::{mentions, Kind};

/// The words that name a dead-letter queue, in a node's name or the failure notes.
pub const DEAD_LETTER_WORDS: &[&str] = &[
    "dlq",
    "dead letter",
    "dead-letter",
    "deadletter",
    "parking lot",
    "poison queue",
];

/// The words that name retries.
pub const RETRY_WORDS: &[&str] = &[
    "retry",
    "retries",
    "retried",
    "backoff",
    "redrive",
    "redelivery",
];

/// One asynchronous hop.
#[derive(Debug, Clone, PartialEq)]
pub struct Hop {
    /// The node that hands the work on (the queue's first producer), if there is one.
    pub producer: Option<usize>,
    /// The queue it goes through, if any.
    pub queue: Option<usize>,
    /// The node that does the work.
    pub consumer: usize,
    /// The labels of the hop's edges, in order, each once.
    pub labels: Vec<String>,
}

impl Hop {
    /// Its nodes in the order the work flows: producer (if any), queue (if any), consumer.
    pub fn nodes(&self) -> Vec<usize> {
        self.producer
            .into_iter()
            .chain(self.queue)
            .chain([self.consumer])
            .collect()
    }
}

/// Every asynchronous hop: each dotted edge into a node that is not a queue, and each
/// consumer of each queue (a dead-letter queue is not a hop of its own).
pub fn hops(graph: &Graph) -> Vec<Hop> {
    let sketch = graph.sketch;
    let is_queue = |v: usize| graph.kinds[v] == Kind::Queue;
    let is_dead_letter = |v: usize| mentions(&sketch.nodes[v].name, DEAD_LETTER_WORDS);
    let mut out = Vec::new();
    for edge in sketch
        .edges
        .iter()
        .filter(|e| e.is_async() && !is_queue(e.to) && !is_queue(e.from))
    {
        let labels = edge.label.iter().cloned().collect();
        out.push(Hop {
            producer: Some(edge.from),
            queue: None,
            consumer: edge.to,
            labels,
        });
    }
    for q in (0..sketch.nodes.len()).filter(|&v| is_queue(v) && !is_dead_letter(v)) {
        let into: Vec<_> = sketch
            .edges
            .iter()
            .filter(|e| e.to == q && e.from != q)
            .collect();
        let producer = into.first().map(|e| e.from);
        for out_edge in sketch
            .edges
            .iter()
            .filter(|e| e.from == q && e.to != q && !is_dead_letter(e.to))
        {
            let mut labels: Vec<String> = into
                .iter()
                .chain([&out_edge])
                .filter_map(|e| e.label.clone())
                .collect();
            labels.dedup();
            out.push(Hop {
                producer,
                queue: Some(q),
                consumer: out_edge.to,
                labels,
            });
        }
    }
    out
}

/// Whether `hop` has a dead-letter path: a DLQ node linked to its consumer or its queue, or
/// `failure_notes` naming one.
pub fn has_dead_letter(graph: &Graph, hop: &Hop, failure_notes: &str) -> bool {
    let near = hop.queue.into_iter().chain([hop.consumer]);
    let node = near
        .flat_map(|v| graph.linked(v))
        .any(|v| mentions(&graph.sketch.nodes[v].name, DEAD_LETTER_WORDS));
    node || mentions(failure_notes, DEAD_LETTER_WORDS)
}
