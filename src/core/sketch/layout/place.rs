//! The last step of the layout: where each layer starts along the drawing's direction (room
//! left between layers for the subgraph borders that open and close there, and for their
//! titles), and the boxes, edge routes and subgraph boxes in screen coordinates.

use crate::core::sketch::layout::cross::Across;
use crate::core::sketch::layout::layers::{Chain, Layered};
use crate::core::sketch::layout::{EdgeRoute, Layout, Metrics, Point, Rect, Size, SubgraphBox};
use crate::core::sketch::model::Sketch;

/// How far a self-loop's two legs run either side of its bend, in pixels.
const LOOP_SIDE: f64 = 3.0;

/// Where the layers are along the drawing's direction, and the subgraphs' extents there.
struct Along {
    start: Vec<f64>,
    thickness: Vec<f64>,
    /// Each subgraph's first and last layer, if it holds anything.
    span: Vec<Option<(usize, usize)>>,
    /// Each subgraph's room before its first layer and after its last.
    pad: Vec<(f64, f64)>,
}

/// The drawing, in screen coordinates.
pub fn place(sketch: &Sketch, graph: &Layered, across: &Across, metrics: &Metrics) -> Layout {
    let horizontal = sketch.direction.is_horizontal();
    let along = along(sketch, graph, metrics);
    let screen = Screen {
        horizontal,
        graph,
        across,
        along: &along,
    };
    let nodes: Vec<Rect> = (0..sketch.nodes.len())
        .map(|i| screen.item_box(i))
        .collect();
    let edges: Vec<EdgeRoute> = graph
        .chains
        .iter()
        .zip(&sketch.edges)
        .map(|(chain, edge)| {
            let label = chain.label.map(|l| screen.item_box(l));
            let mut points = screen.route(chain, edge.from, edge.to);
            if chain.flipped {
                points.reverse();
            }
            EdgeRoute { points, label }
        })
        .collect();
    let subgraphs: Vec<Option<SubgraphBox>> = (0..sketch.subgraphs.len())
        .map(|s| screen.subgraph_box(sketch, s, metrics))
        .collect();
    let mut far = Point { x: 0.0, y: 0.0 };
    let rects = nodes
        .iter()
        .chain(edges.iter().filter_map(|e| e.label.as_ref()))
        .chain(subgraphs.iter().flatten().map(|b| &b.rect));
    for r in rects {
        far.x = far.x.max(r.x + r.width);
        far.y = far.y.max(r.y + r.height);
    }
    for p in edges.iter().flat_map(|e| &e.points) {
        far.x = far.x.max(p.x);
        far.y = far.y.max(p.y);
    }
    Layout {
        width: far.x + metrics.margin,
        height: far.y + metrics.margin,
        nodes,
        edges,
        subgraphs,
    }
}

/// Each layer's start and thickness along the direction, room left for subgraph borders.
fn along(sketch: &Sketch, graph: &Layered, metrics: &Metrics) -> Along {
    let horizontal = sketch.direction.is_horizontal();
    let count = sketch.subgraphs.len();
    let mut thickness = vec![0.0f64; graph.layer_count];
    let mut span: Vec<Option<(usize, usize)>> = vec![None; count];
    for item in &graph.items {
        thickness[item.layer] = thickness[item.layer].max(item.size.along(horizontal));
        for s in item.cluster.map_or_else(Vec::new, |c| sketch.enclosing(c)) {
            let (lo, hi) = span[s].unwrap_or((item.layer, item.layer));
            span[s] = Some((lo.min(item.layer), hi.max(item.layer)));
        }
    }
    let pad = metrics.cluster_padding;
    let title = if horizontal { 0.0 } else { metrics.text_height };
    let mut before = vec![0.0f64; count];
    for s in (0..count).rev() {
        let inner = (s + 1..count).filter(|&c| {
            sketch.subgraphs[c].parent == Some(s) && first(&span, c) == first(&span, s)
        });
        before[s] = pad + title + inner.map(|c| before[c]).fold(0.0, f64::max);
    }
    let mut after = vec![0.0f64; count];
    let mut start = vec![0.0f64; graph.layer_count];
    let mut next = metrics.margin;
    for layer in 0..graph.layer_count {
        let opening = (0..count)
            .filter(|&s| first(&span, s) == Some(layer))
            .map(|s| before[s])
            .fold(0.0, f64::max);
        start[layer] = next + opening;
        let end = start[layer] + thickness[layer];
        for s in (0..count).rev().filter(|&s| last(&span, s) == Some(layer)) {
            let inner = (s + 1..count).filter(|&c| {
                sketch.subgraphs[c].parent == Some(s) && last(&span, c) == Some(layer)
            });
            let nested = pad + inner.map(|c| after[c]).fold(0.0, f64::max);
            let lo = first(&span, s).unwrap_or(layer);
            let natural = end - (start[lo] - before[s]);
            let wanted = if horizontal {
                metrics.text_width(&sketch.subgraphs[s].title) + 2.0 * pad
            } else {
                0.0
            };
            after[s] = nested.max(wanted - natural);
        }
        let closing = (0..count)
            .filter(|&s| last(&span, s) == Some(layer))
            .map(|s| after[s])
            .fold(0.0, f64::max);
        next = end + closing + metrics.layer_gap;
    }
    let pad = before.into_iter().zip(after).collect();
    Along {
        start,
        thickness,
        span,
        pad,
    }
}

/// Subgraph `s`'s first layer, if it holds anything.
fn first(span: &[Option<(usize, usize)>], s: usize) -> Option<usize> {
    span[s].map(|(lo, _)| lo)
}

/// Subgraph `s`'s last layer, if it holds anything.
fn last(span: &[Option<(usize, usize)>], s: usize) -> Option<usize> {
    span[s].map(|(_, hi)| hi)
}

/// A polyline being built, a point equal to the one before left out.
#[derive(Default)]
struct Points(Vec<Point>);

impl Points {
    /// Adds `p` unless it is where the line already is.
    fn add(&mut self, p: Point) {
        if self.0.last() != Some(&p) {
            self.0.push(p);
        }
    }
}

/// What turns positions across and along the layers into screen coordinates.
struct Screen<'a> {
    horizontal: bool,
    graph: &'a Layered,
    across: &'a Across,
    along: &'a Along,
}

impl Screen<'_> {
    /// The screen point at `across` across the layers and `along` along them.
    fn point(&self, across: f64, along: f64) -> Point {
        if self.horizontal {
            Point {
                x: along,
                y: across,
            }
        } else {
            Point {
                x: across,
                y: along,
            }
        }
    }

    /// A rectangle from its extents across and along the layers.
    fn rect(&self, across: (f64, f64), along: (f64, f64)) -> Rect {
        let a = self.point(across.0, along.0);
        let b = self.point(across.1, along.1);
        Rect {
            x: a.x,
            y: a.y,
            width: b.x - a.x,
            height: b.y - a.y,
        }
    }

    /// Item `i`'s box, centred in its layer.
    fn item_box(&self, i: usize) -> Rect {
        let item = &self.graph.items[i];
        let size: Size = item.size;
        let (half_across, half_along) = (
            size.across(self.horizontal) / 2.0,
            size.along(self.horizontal) / 2.0,
        );
        let c = self.across.centre[i];
        let m = self.middle(item.layer);
        self.rect(
            (c - half_across, c + half_across),
            (m - half_along, m + half_along),
        )
    }

    /// The middle of `layer` along the direction.
    fn middle(&self, layer: usize) -> f64 {
        self.along.start[layer] + self.along.thickness[layer] / 2.0
    }

    /// The end of `layer` along the direction.
    fn end(&self, layer: usize) -> f64 {
        self.along.start[layer] + self.along.thickness[layer]
    }

    /// Item `i`'s half extent along the direction.
    fn half_along(&self, i: usize) -> f64 {
        self.graph.items[i].size.along(self.horizontal) / 2.0
    }

    /// The polyline of a chain from its lower layer to its higher: out of the first box,
    /// straight through each layer it passes, into the last box. A self-loop goes out into
    /// the layer after its node and back up beside itself; an edge without a chain is one
    /// straight line.
    fn route(&self, chain: &Chain, from: usize, to: usize) -> Vec<Point> {
        let mut points = Points::default();
        let Some((&low, &high)) = chain.items.first().zip(chain.items.last()) else {
            let (low, high) = if chain.flipped {
                (to, from)
            } else {
                (from, to)
            };
            points.add(self.exit(low, 0.0));
            points.add(self.entry(high));
            return points.0;
        };
        let bends = &chain.items[1..chain.items.len() - 1];
        let c = &self.across.centre;
        if low == high {
            let spread = self.graph.items[low].size.across(self.horizontal) / 4.0;
            points.add(self.exit(low, -spread));
            points.add(self.point(c[low] - spread, self.end(self.graph.items[low].layer)));
            for &bend in bends {
                let layer = self.graph.items[bend].layer;
                points.add(self.point(c[bend] - LOOP_SIDE, self.along.start[layer]));
                points.add(self.point(c[bend] - LOOP_SIDE, self.middle(layer)));
                points.add(self.point(c[bend] + LOOP_SIDE, self.middle(layer)));
                points.add(self.point(c[bend] + LOOP_SIDE, self.along.start[layer]));
            }
            points.add(self.point(c[low] + spread, self.end(self.graph.items[low].layer)));
            points.add(self.exit(low, spread));
            return points.0;
        }
        points.add(self.exit(low, 0.0));
        points.add(self.point(c[low], self.end(self.graph.items[low].layer)));
        for &bend in bends {
            let layer = self.graph.items[bend].layer;
            points.add(self.point(c[bend], self.along.start[layer]));
            points.add(self.point(c[bend], self.end(layer)));
        }
        points.add(self.point(c[high], self.along.start[self.graph.items[high].layer]));
        points.add(self.entry(high));
        points.0
    }

    /// Where an edge leaves item `i`'s box towards the next layer, `offset` across from the
    /// middle.
    fn exit(&self, i: usize, offset: f64) -> Point {
        let along = self.middle(self.graph.items[i].layer) + self.half_along(i);
        self.point(self.across.centre[i] + offset, along)
    }

    /// Where an edge enters item `i`'s box from the layer before.
    fn entry(&self, i: usize) -> Point {
        let along = self.middle(self.graph.items[i].layer) - self.half_along(i);
        self.point(self.across.centre[i], along)
    }

    /// Subgraph `s`'s box and title, if it holds anything.
    fn subgraph_box(&self, sketch: &Sketch, s: usize, metrics: &Metrics) -> Option<SubgraphBox> {
        let (lo, hi) = self.along.span[s]?;
        let (left, right) = self.across.borders[s]?;
        let (before, after) = self.along.pad[s];
        let along = (self.along.start[lo] - before, self.end(hi) + after);
        let rect = self.rect((left, right), along);
        let pad = metrics.cluster_padding;
        let title = Rect {
            x: rect.x + pad,
            y: rect.y + pad / 2.0,
            width: metrics.text_width(&sketch.subgraphs[s].title),
            height: metrics.text_height,
        };
        Some(SubgraphBox { rect, title })
    }
}
