//! The order of the items within each layer: barycentre sweeps down and up, each layer sorted
//! by where its neighbours are, with every subgraph's items kept together and sibling
//! subgraphs in the same order in every layer (so that their boxes can be drawn apart).

use crate::core::sketch::layout::layers::{mean, Layered};
use crate::core::sketch::model::Sketch;
use std::cmp::Ordering;

/// How many down-and-up sweeps the ordering makes.
const SWEEPS: usize = 4;

/// Each layer's items in order, left to right (or top to bottom).
pub fn order(sketch: &Sketch, graph: &Layered) -> Vec<Vec<usize>> {
    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); graph.layer_count];
    for (i, item) in graph.items.iter().enumerate() {
        layers[item.layer].push(i);
    }
    let paths: Vec<Vec<usize>> = (0..sketch.subgraphs.len())
        .map(|s| sketch.enclosing(s))
        .collect();
    let mut position = positions(&layers, graph.items.len());
    for _ in 0..SWEEPS {
        for downward in [true, false] {
            let cluster_keys = cluster_keys(graph, &paths, &position, sketch.subgraphs.len());
            let sequence: Vec<usize> = if downward {
                (1..layers.len()).collect()
            } else {
                (0..layers.len().saturating_sub(1)).rev().collect()
            };
            for l in sequence {
                let neighbours = if downward {
                    &graph.before
                } else {
                    &graph.after
                };
                let values: Vec<f64> = layers[l]
                    .iter()
                    .map(|&i| {
                        mean(&neighbours[i], |n| position[n] as f64).unwrap_or(position[i] as f64)
                    })
                    .collect();
                sort_layer(&mut layers[l], &values, graph, &paths, &cluster_keys);
                for (p, &i) in layers[l].iter().enumerate() {
                    position[i] = p;
                }
            }
        }
    }
    layers
}

/// Each item's place within its layer.
fn positions(layers: &[Vec<usize>], count: usize) -> Vec<usize> {
    let mut position = vec![0; count];
    for layer in layers {
        for (p, &i) in layer.iter().enumerate() {
            position[i] = p;
        }
    }
    position
}

/// Each subgraph's mean place over all its items in every layer: one key per subgraph, so
/// that sibling subgraphs sort the same way in every layer.
fn cluster_keys(
    graph: &Layered,
    paths: &[Vec<usize>],
    position: &[usize],
    count: usize,
) -> Vec<f64> {
    let mut sum = vec![0.0; count];
    let mut items = vec![0usize; count];
    for (i, item) in graph.items.iter().enumerate() {
        for &s in item.cluster.map_or(&[][..], |c| &paths[c]) {
            sum[s] += position[i] as f64;
            items[s] += 1;
        }
    }
    sum.iter()
        .zip(&items)
        .map(|(s, &n)| s / n.max(1) as f64)
        .collect()
}

/// Sorts one layer: at the first subgraph two items do not share, the subgraph (by its key)
/// or the loose item (by its value) that stands for each is compared; ties go to the subgraph
/// opened first, then to the item placed earlier.
fn sort_layer(
    layer: &mut [usize],
    values: &[f64],
    graph: &Layered,
    paths: &[Vec<usize>],
    keys: &[f64],
) {
    let mut keyed: Vec<(Vec<(f64, usize)>, usize)> = layer
        .iter()
        .enumerate()
        .map(|(p, &i)| {
            let path = graph.items[i].cluster.map_or(&[][..], |c| &paths[c]);
            let mut key: Vec<(f64, usize)> = path.iter().map(|&s| (keys[s], s)).collect();
            key.push((values[p], paths.len() + p));
            (key, i)
        })
        .collect();
    keyed.sort_by(|(a, _), (b, _)| compare_keys(a, b));
    for (slot, (_, i)) in layer.iter_mut().zip(keyed) {
        *slot = i;
    }
}

/// Compares two sort keys at their first differing entry.
fn compare_keys(a: &[(f64, usize)], b: &[(f64, usize)]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if x.1 != y.1 {
            return x.0.total_cmp(&y.0).then(x.1.cmp(&y.1));
        }
    }
    a.len().cmp(&b.len())
}
