//! Text sketches of a system: a subset of Mermaid's flowchart syntax read into a graph
//! (`docs/sketch.md` documents it), a deterministic layered layout of that graph for drawing,
//! the kind of each node read from its shape and name, the findings an architect would raise
//! about the design (single points of failure, async hops without a dead-letter path, a
//! read-heavy path without a cache, capacity, over-engineering), and the follow-up questions
//! those findings lead to. Depends on `text` (decimals) and `estimate` (its units, and its
//! figures as facts for the analysis).

pub mod analysis;
pub mod followup;
pub mod instances;
pub mod kind;
pub mod layout;
pub mod model;
pub mod parse;
mod scan;
