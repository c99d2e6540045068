//! The failure phase's questions about the candidate's own sketch: one for each single point
//! of failure the analysis found, and one for each asynchronous hop, in the words of the
//! sketch (its nodes' names and its edges' labels).

use crate::core::sketch::analysis::hops::hops;
use crate::core::sketch::analysis::paths::Graph;
use crate::core::sketch::analysis::{Finding, FindingKind};
use crate::core::sketch::kind::kind_of;
use crate::core::sketch::model::Sketch;

/// What a question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// A single point of failure.
    SinglePointOfFailure,
    /// An asynchronous hop.
    AsyncHop,
}

/// One follow-up question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// What it is about.
    pub topic: Topic,
    /// The nodes it asks about, by index.
    pub nodes: Vec<usize>,
    /// The question.
    pub text: String,
}

/// The questions for `sketch` with its `findings`: single points of failure first, then the
/// asynchronous hops, each once.
///
/// ```
/// use archdrill::core::sketch::{analysis::{analyse, Context}, followup::questions, parse::parse};
/// let sketch = parse("flowchart LR\n c((Client)) -->|creates| api[API ×3] -->|creates| db[(Postgres primary)]\n c -->|redirects| api\n api -->|redirects| db").unwrap();
/// let asked = questions(&sketch, &analyse(&sketch, &Context::default()));
/// assert_eq!(asked[0].text, "Your design has one Postgres primary. What happens to creates and redirects when it goes down, and how long until they recover?");
/// ```
pub fn questions(sketch: &Sketch, findings: &[Finding]) -> Vec<Question> {
    let mut out: Vec<Question> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::SinglePointOfFailure)
        .filter_map(|f| f.nodes.first())
        .map(|&v| single_point(sketch, v))
        .collect();
    let graph = Graph::new(sketch, sketch.nodes.iter().map(kind_of).collect());
    for hop in hops(&graph) {
        let consumer = &sketch.nodes[hop.consumer].name;
        let what = match hop.labels.as_slice() {
            [] => "work".to_string(),
            labels => joined(labels),
        };
        let from = hop
            .producer
            .map_or("Something".to_string(), |p| sketch.nodes[p].name.clone());
        let through = hop.queue.map_or(String::new(), |q| {
            format!(" through {}", sketch.nodes[q].name)
        });
        let text = format!(
            "{from} hands {what} to {consumer}{through} asynchronously. What happens to a message {consumer} cannot process: how often is it retried, where does it go after the last retry, and who finds out?"
        );
        out.push(Question {
            topic: Topic::AsyncHop,
            nodes: hop.nodes(),
            text,
        });
    }
    out
}

/// The question for single point of failure `v`, naming what its edges' labels say goes
/// through it.
fn single_point(sketch: &Sketch, v: usize) -> Question {
    let mut labels: Vec<String> = Vec::new();
    for edge in sketch.edges.iter().filter(|e| e.from == v || e.to == v) {
        if let Some(label) = edge.label.as_ref().filter(|l| !labels.contains(l)) {
            labels.push(label.clone());
        }
    }
    let what = if labels.is_empty() {
        "the requests that pass through it".to_string()
    } else {
        joined(&labels)
    };
    let text = format!(
        "Your design has one {}. What happens to {what} when it goes down, and how long until they recover?",
        sketch.nodes[v].name
    );
    Question {
        topic: Topic::SinglePointOfFailure,
        nodes: vec![v],
        text,
    }
}

/// "a", "a and b", "a, b and c".
fn joined(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
