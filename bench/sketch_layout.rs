//! The sketch parser and layout timed natively on the largest sketches they take: 5,000
//! nodes in a chain with cross links (about 90 KB), and 50 KB of a 30-wide layered graph
//! with labels and subgraphs. Figures, never pass or fail: `cargo bench --bench
//! sketch_layout` prints the median and slowest of 10 runs of each, in milliseconds.

use archdrill::core::sketch::layout::{layout, Metrics};
use archdrill::core::sketch::parse::parse;
use std::time::Instant;

const RUNS: usize = 10;

/// 5,000 nodes: a chain, each node also linked two to five back, every 7th edge dotted.
fn five_thousand_nodes() -> String {
    let mut text = String::from("flowchart TD\n");
    for i in 1..5_000usize {
        text += &format!("n{}-->n{i}\n", i - 1);
        if i % 3 == 0 {
            let link = if i % 7 == 0 { "-.->" } else { "-->" };
            text += &format!("n{}{link}n{i}\n", i.saturating_sub(2 + i % 4));
        }
    }
    text
}

/// About 50 KB: layers of 30 labelled nodes, each linked to one of the next layer (node i
/// to node 7i mod 30) by a labelled edge, in subgraphs of a layer each.
fn fifty_kilobytes() -> String {
    let mut text = String::from("flowchart LR\n");
    let mut layer = 0;
    while text.len() < 50_000 {
        text += &format!("subgraph s{layer} [Tier {layer}]\n");
        for i in 0..30 {
            text += &format!("n{layer}_{i}[Service {layer}.{i}]\n");
        }
        text += "end\n";
        if layer > 0 {
            for i in 0..30 {
                text += &format!("n{}_{i} -->|call| n{layer}_{}\n", layer - 1, (i * 7) % 30);
            }
        }
        layer += 1;
    }
    text
}

/// Times parse + layout of `text` `RUNS` times; prints the median and the slowest.
fn time(name: &str, text: &str) {
    let mut ms: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let sketch = parse(text).expect("the bench's sketch parses");
            let drawn = layout(&sketch, &Metrics::default());
            std::hint::black_box(drawn);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let nodes = parse(text).map(|s| s.nodes.len()).unwrap_or(0);
    println!(
        "{name}: {} bytes, {nodes} nodes: median {:.1} ms, slowest {:.1} ms",
        text.len(),
        ms[RUNS / 2],
        ms[RUNS - 1]
    );
}

fn main() {
    time("5,000 nodes", &five_thousand_nodes());
    time("50 KB", &fifty_kilobytes());
}
