//! What an architect would say about a sketch: single points of failure, asynchronous hops
//! without a dead-letter path, a read-heavy design without a cache, nodes over a
//! rule-of-thumb capacity, and over-engineering in the simplest-design phase — each finding
//! naming the nodes involved.

pub mod capacity;
pub mod hops;
pub mod paths;

use crate::core::estimate::figures::{Figure, Inputs};
use crate::core::estimate::units::count;
use crate::core::sketch::kind::{kind_of, mentions, Kind};
use crate::core::sketch::model::Sketch;
use paths::Graph;

/// The words that say a node has a second copy ready to take over.
pub const REDUNDANCY_WORDS: &[&str] = &[
    "replica",
    "replicas",
    "replicated",
    "standby",
    "failover",
    "secondary",
    "follower",
    "cluster",
    "multi az",
    "ha",
    "redundant",
    "pair",
    "active active",
    "active passive",
];

/// The words that name sharding.
pub const SHARD_WORDS: &[&str] = &["shard", "shards", "sharded", "sharding"];

/// The words that name several regions.
pub const MULTI_REGION_WORDS: &[&str] = &["multi region", "geo replicated", "global tables"];

/// More services than this in the simplest design is over-engineering.
pub const MAX_SIMPLE_SERVICES: usize = 5;

/// Reads a write at or over which a design is read-heavy.
pub const READ_HEAVY: f64 = 10.0;

/// What the findings are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingKind {
    /// One instance, no copy named, on every path from the clients to the data.
    SinglePointOfFailure,
    /// An asynchronous hop with no dead-letter path.
    NoDeadLetter,
    /// Read-heavy, and no cache the clients' requests reach.
    NoCache,
    /// A node's peak load over what one instance takes.
    OverCapacity,
    /// More than the simplest design needs.
    OverEngineering,
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// What it is about.
    pub kind: FindingKind,
    /// The nodes involved, by index.
    pub nodes: Vec<usize>,
    /// What is wrong and what to do, in a sentence or two.
    pub message: String,
}

/// The numbers the analysis weighs the sketch against (from the estimator, the candidate's
/// notes or the interview's scale facts); any may be unknown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// Reads for every write.
    pub reads_per_write: Option<f64>,
    /// Peak reads a second.
    pub peak_reads_per_s: Option<f64>,
    /// Peak writes a second.
    pub peak_writes_per_s: Option<f64>,
    /// Peak bytes written a second.
    pub peak_bytes_in_per_s: Option<f64>,
    /// The availability target, in per cent (99.99).
    pub availability_percent: Option<f64>,
}

impl Facts {
    /// The facts the estimator's `inputs` and `figures` give.
    pub fn from_estimate(inputs: &Inputs, figures: &[Figure]) -> Facts {
        let value = |name: &str| figures.iter().find(|f| f.name == name).map(|f| f.value);
        let writes = value("Peak write rate");
        Facts {
            reads_per_write: Some(inputs.reads_per_write),
            peak_reads_per_s: value("Peak read rate"),
            peak_writes_per_s: writes,
            peak_bytes_in_per_s: writes.map(|w| w * inputs.payload_bytes),
            availability_percent: None,
        }
    }
}

/// What the sketch is analysed in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// The numbers known.
    pub facts: Facts,
    /// The failure phase's notes (where a dead-letter queue may be named).
    pub failure_notes: String,
    /// Whether the sketch is the simplest-design phase's (over-engineering is looked for).
    pub simplest_design: bool,
}

/// Every finding about `sketch` in `context`: single points of failure, hops without a
/// dead-letter path, a missing cache, capacity, over-engineering, in that order.
pub fn analyse(sketch: &Sketch, context: &Context) -> Vec<Finding> {
    let graph = Graph::new(sketch, sketch.nodes.iter().map(kind_of).collect());
    let mut out = single_points(&graph);
    out.extend(missing_dead_letters(&graph, &context.failure_notes));
    out.extend(missing_cache(&graph, &context.facts));
    out.extend(capacity::over_capacity(sketch, &context.facts));
    if context.simplest_design {
        out.extend(over_engineering(&graph, &context.facts));
    }
    out
}

/// The single points of failure: nodes (not clients) of one instance, no copy named in
/// their name or a linked node of their kind, without which the entries reach no data node.
pub fn single_points(graph: &Graph) -> Vec<Finding> {
    let data: Vec<usize> = (0..graph.kinds.len())
        .filter(|&v| graph.kinds[v].holds_data())
        .collect();
    let reached = graph.reached(None);
    if !data.iter().any(|&d| reached[d]) {
        return Vec::new();
    }
    let entries: Vec<&str> = graph.entries().into_iter().map(|v| graph.name(v)).collect();
    let mut out = Vec::new();
    for v in (0..graph.kinds.len()).filter(|&v| reached[v] && graph.kinds[v] != Kind::Client) {
        let node = &graph.sketch.nodes[v];
        let copy = graph.linked(v).any(|u| {
            graph.kinds[u] == graph.kinds[v]
                && mentions(&graph.sketch.nodes[u].name, REDUNDANCY_WORDS)
        });
        if node.instances > 1 || copy || mentions(&node.name, REDUNDANCY_WORDS) {
            continue;
        }
        let without = graph.reached(Some(v));
        if data.iter().any(|&d| d != v && without[d]) {
            continue;
        }
        let message = format!(
            "Single point of failure: {} ({}, one instance, no replica or standby named) is on every path from {} to the data.",
            node.name,
            graph.kinds[v].noun(),
            entries.join(", ")
        );
        out.push(Finding {
            kind: FindingKind::SinglePointOfFailure,
            nodes: vec![v],
            message,
        });
    }
    out
}

/// A finding for every asynchronous hop without a dead-letter path.
fn missing_dead_letters(graph: &Graph, failure_notes: &str) -> Vec<Finding> {
    let retries = mentions(failure_notes, hops::RETRY_WORDS);
    let mut out = Vec::new();
    for hop in hops::hops(graph)
        .iter()
        .filter(|h| !hops::has_dead_letter(graph, h, failure_notes))
    {
        let nodes = hop.nodes();
        let path: Vec<&str> = nodes.iter().map(|&v| graph.name(v)).collect();
        let also = if retries {
            " Retries are named, but not where a message goes after its last one."
        } else {
            ""
        };
        let message = format!(
            "Asynchronous hop {} has no dead-letter queue: a message {} cannot process is retried forever or lost.{also}",
            path.join(" → "),
            graph.name(hop.consumer)
        );
        out.push(Finding {
            kind: FindingKind::NoDeadLetter,
            nodes,
            message,
        });
    }
    out
}

/// A finding when reads outnumber writes 10:1 or more and the entries reach no cache.
fn missing_cache(graph: &Graph, facts: &Facts) -> Vec<Finding> {
    let Some(ratio) = facts.reads_per_write.filter(|r| *r >= READ_HEAVY) else {
        return Vec::new();
    };
    let reached = graph.reached(None);
    let kinds = &graph.kinds;
    if (0..kinds.len()).any(|v| reached[v] && kinds[v] == Kind::Cache) {
        return Vec::new();
    }
    let data: Vec<usize> = (0..kinds.len())
        .filter(|&v| reached[v] && kinds[v].holds_data())
        .collect();
    if data.is_empty() {
        return Vec::new();
    }
    let names: Vec<&str> = data.iter().map(|&v| graph.name(v)).collect();
    let message = format!(
        "Read-heavy ({}:1) with no cache on the read path: every read reaches {}. A cache (Redis, Memcached) in front takes most of them.",
        count(ratio),
        names.join(", ")
    );
    vec![Finding {
        kind: FindingKind::NoCache,
        nodes: data,
        message,
    }]
}

/// Over-engineering for the simplest design: more than a handful of services, or sharding
/// or several regions with no number that needs them (peak writes over one primary's
/// capacity; an availability target of 99.99 % or more).
fn over_engineering(graph: &Graph, facts: &Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    let services: Vec<usize> = (0..graph.kinds.len())
        .filter(|&v| graph.kinds[v] == Kind::Service)
        .collect();
    if services.len() > MAX_SIMPLE_SERVICES {
        let message = format!(
            "{} services in the simplest design: a monolith is often the right answer; split a service out only where a number says so.",
            services.len()
        );
        out.push(Finding {
            kind: FindingKind::OverEngineering,
            nodes: services,
            message,
        });
    }
    let sketch = graph.sketch;
    let needs_shards = facts
        .peak_writes_per_s
        .is_some_and(|w| w > capacity::ONE_PRIMARY_WRITES);
    let needs_regions = facts.availability_percent.is_some_and(|a| a >= 99.99);
    let sharded: Vec<usize> = (0..sketch.nodes.len())
        .filter(|&v| mentions(&sketch.nodes[v].name, SHARD_WORDS))
        .collect();
    if !sharded.is_empty() && !needs_shards {
        let message = "Sharding in the simplest design with no write rate that needs it: one primary takes ~10k writes/s; shard when a number says so.".to_string();
        out.push(Finding {
            kind: FindingKind::OverEngineering,
            nodes: sharded,
            message,
        });
    }
    let regions = sketch
        .subgraphs
        .iter()
        .filter(|s| mentions(&s.title, &["region"]))
        .count();
    let multi_region = regions >= 2
        || sketch
            .nodes
            .iter()
            .any(|n| mentions(&n.name, MULTI_REGION_WORDS));
    if multi_region && !needs_regions {
        let message = "Several regions in the simplest design with no availability target (99.99 % or more) or latency number that needs them: start in one region, across availability zones.".to_string();
        out.push(Finding {
            kind: FindingKind::OverEngineering,
            nodes: Vec::new(),
            message,
        });
    }
    out
}
