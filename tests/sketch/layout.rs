//! The layout: no two boxes overlap, no label or title overlaps a box, subgraph boxes hold
//! their members and nothing else, edges run from box to box around every other box, the
//! direction is kept, and the same text always gives the same drawing.

use crate::corpus::{generated, SHAPES};
use archdrill::core::sketch::layout::{layout, Layout, Metrics, Point, Rect};
use archdrill::core::sketch::model::Sketch;
use archdrill::core::sketch::parse::parse;

/// `a` shrunk by half a pixel on every side, so that touching does not count.
fn inner(a: &Rect) -> Rect {
    Rect {
        x: a.x + 0.5,
        y: a.y + 0.5,
        width: a.width - 1.0,
        height: a.height - 1.0,
    }
}

/// Whether the segment from `p` to `q` passes through the inside of `r` (Liang–Barsky).
fn crosses(p: Point, q: Point, r: &Rect) -> bool {
    let r = inner(r);
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    let (mut lo, mut hi) = (0.0f64, 1.0f64);
    for (d, near, far) in [
        (dx, r.x - p.x, r.x + r.width - p.x),
        (dy, r.y - p.y, r.y + r.height - p.y),
    ] {
        if d == 0.0 {
            if near > 0.0 || far < 0.0 {
                return false;
            }
        } else {
            let (a, b) = (near / d, far / d);
            lo = lo.max(a.min(b));
            hi = hi.min(a.max(b));
        }
    }
    lo < hi
}

/// Whether `p` lies on the border of `r` (within a pixel).
fn on_border(p: Point, r: &Rect) -> bool {
    let within = |v: f64, a: f64, b: f64| v >= a - 1.0 && v <= b + 1.0;
    let inside = within(p.x, r.x, r.x + r.width) && within(p.y, r.y, r.y + r.height);
    let near = |v: f64, e: f64| (v - e).abs() <= 1.0;
    inside
        && (near(p.x, r.x)
            || near(p.x, r.x + r.width)
            || near(p.y, r.y)
            || near(p.y, r.y + r.height))
}

/// Every property the drawing of `sketch` must have; panics naming the first one broken.
fn check(sketch: &Sketch, drawn: &Layout, name: &str) {
    let n = &drawn.nodes;
    for i in 0..n.len() {
        for j in i + 1..n.len() {
            assert!(
                !n[i].overlaps(&n[j]),
                "{name}: nodes {i} and {j} overlap: {:?} {:?}",
                n[i],
                n[j]
            );
        }
    }
    let labels: Vec<&Rect> = drawn
        .edges
        .iter()
        .filter_map(|e| e.label.as_ref())
        .collect();
    let titles: Vec<&Rect> = drawn.subgraphs.iter().flatten().map(|b| &b.title).collect();
    let texts: Vec<&Rect> = labels.iter().chain(&titles).copied().collect();
    for (k, t) in texts.iter().enumerate() {
        assert!(
            n.iter().all(|b| !b.overlaps(t)),
            "{name}: label or title {t:?} overlaps a box"
        );
        assert!(
            texts[k + 1..].iter().all(|u| !u.overlaps(t)),
            "{name}: two labels or titles overlap at {t:?}"
        );
    }
    check_subgraphs(sketch, drawn, name);
    check_edges(sketch, drawn, name);
    let all = n
        .iter()
        .chain(labels)
        .chain(drawn.subgraphs.iter().flatten().map(|b| &b.rect));
    let page = Rect {
        x: 0.0,
        y: 0.0,
        width: drawn.width,
        height: drawn.height,
    };
    assert!(
        all.into_iter().all(|r| page.contains(r) && r.x >= 0.0),
        "{name}: something lies outside the drawing"
    );
}

/// Each subgraph's box holds its title, its members and its inner subgraphs, and overlaps no
/// other node and no subgraph it is not nested with.
fn check_subgraphs(sketch: &Sketch, drawn: &Layout, name: &str) {
    for (s, b) in drawn.subgraphs.iter().enumerate() {
        let Some(b) = b else { continue };
        assert!(
            b.rect.contains(&b.title),
            "{name}: subgraph {s}'s title is outside its box"
        );
        for (i, node) in sketch.nodes.iter().enumerate() {
            let member = node.subgraph.is_some_and(|c| sketch.subgraph_within(c, s));
            if member {
                assert!(
                    b.rect.contains(&drawn.nodes[i]),
                    "{name}: subgraph {s} does not hold node {i}"
                );
            } else {
                assert!(
                    !b.rect.overlaps(&drawn.nodes[i]),
                    "{name}: subgraph {s} overlaps node {i}"
                );
            }
        }
        for (t, other) in drawn.subgraphs.iter().enumerate() {
            let Some(other) = other.as_ref().filter(|_| t != s) else {
                continue;
            };
            if sketch.subgraph_within(t, s) {
                assert!(
                    b.rect.contains(&other.rect),
                    "{name}: subgraph {s} does not hold subgraph {t}"
                );
            } else if !sketch.subgraph_within(s, t) {
                assert!(
                    !b.rect.overlaps(&other.rect),
                    "{name}: subgraphs {s} and {t} overlap"
                );
            }
        }
    }
}

/// Every edge leaves its source's border, reaches its target's, and crosses no node box
/// (its own two's insides neither) and no label but its own.
fn check_edges(sketch: &Sketch, drawn: &Layout, name: &str) {
    for (e, (edge, route)) in sketch.edges.iter().zip(&drawn.edges).enumerate() {
        let (first, last) = (route.points[0], route.points[route.points.len() - 1]);
        assert!(
            on_border(first, &drawn.nodes[edge.from]),
            "{name}: edge {e} does not start at its source"
        );
        assert!(
            on_border(last, &drawn.nodes[edge.to]),
            "{name}: edge {e} does not end at its target"
        );
        for pair in route.points.windows(2) {
            for (i, b) in drawn.nodes.iter().enumerate() {
                assert!(
                    !crosses(pair[0], pair[1], b),
                    "{name}: edge {e} crosses node {i}"
                );
            }
            for (f, other) in drawn.edges.iter().enumerate().filter(|(f, _)| *f != e) {
                if let Some(label) = &other.label {
                    assert!(
                        !crosses(pair[0], pair[1], label),
                        "{name}: edge {e} crosses edge {f}'s label"
                    );
                }
            }
        }
    }
}

/// Parses, lays out and checks `text`, twice, for the same drawing both times.
fn laid_out(text: &str, name: &str) -> (Sketch, Layout) {
    let sketch = parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let drawn = layout(&sketch, &Metrics::default());
    check(&sketch, &drawn, name);
    assert_eq!(
        drawn,
        layout(&parse(text).unwrap(), &Metrics::default()),
        "{name}: not deterministic"
    );
    (sketch, drawn)
}

#[test]
fn hand_written_shapes_lay_out_cleanly() {
    for (i, text) in SHAPES.iter().enumerate() {
        laid_out(text, &format!("shape {i}"));
    }
}

#[test]
fn every_shape_lays_out_cleanly_in_every_direction() {
    for direction in ["LR", "RL", "TD", "BT"] {
        for (i, text) in SHAPES.iter().enumerate() {
            let (_, body) = text.split_once('\n').unwrap();
            laid_out(
                &format!("flowchart {direction}\n{body}"),
                &format!("shape {i} {direction}"),
            );
        }
    }
}

#[test]
fn generated_graphs_of_30_nodes_lay_out_cleanly() {
    for seed in 0..40 {
        for (direction, subgraphs) in [("LR", false), ("TD", true), ("LR", true), ("BT", true)] {
            laid_out(
                &generated(seed, 30, direction, subgraphs),
                &format!("seed {seed} {direction} {subgraphs}"),
            );
        }
    }
}

#[test]
fn edges_follow_the_direction() {
    let centre = |r: &Rect| (r.x + r.width / 2.0, r.y + r.height / 2.0);
    for (direction, forward) in [
        ("LR", (1.0, 0.0)),
        ("RL", (-1.0, 0.0)),
        ("TD", (0.0, 1.0)),
        ("BT", (0.0, -1.0)),
    ] {
        let (sketch, drawn) = laid_out(
            &format!("flowchart {direction}\n a --> b --> c\n a --> d --> c"),
            direction,
        );
        for edge in &sketch.edges {
            let (from, to) = (
                centre(&drawn.nodes[edge.from]),
                centre(&drawn.nodes[edge.to]),
            );
            let step = (to.0 - from.0) * forward.0 + (to.1 - from.1) * forward.1;
            assert!(step > 0.0, "{direction}: an edge runs backwards");
        }
    }
}

#[test]
fn a_chain_is_drawn_in_a_straight_line_and_a_diamond_symmetric() {
    let (_, chain) = laid_out("flowchart TD\n a --> b --> c", "chain");
    let xs: Vec<f64> = chain.nodes.iter().map(|r| r.x + r.width / 2.0).collect();
    assert!(xs.iter().all(|x| (x - xs[0]).abs() < 0.01), "{xs:?}");
    let (_, diamond) = laid_out("flowchart TD\n t --> l & r\n l & r --> b", "diamond");
    let mid = |i: usize| diamond.nodes[i].x + diamond.nodes[i].width / 2.0;
    assert!((mid(0) - mid(3)).abs() < 0.01 && ((mid(1) + mid(2)) / 2.0 - mid(0)).abs() < 0.01);
}

#[test]
fn labels_sit_on_their_edges() {
    let (_, drawn) = laid_out("flowchart LR\n a -->|reads| b", "label");
    let label = drawn.edges[0].label.expect("a label box");
    let route = &drawn.edges[0].points;
    assert!(
        route.windows(2).any(|p| crosses(p[0], p[1], &label)),
        "the edge does not pass its label"
    );
    assert_eq!(label.width, Metrics::default().text_width("reads") + 8.0);
}
