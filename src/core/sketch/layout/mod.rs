//! A deterministic layered (Sugiyama-style) layout of a sketch for drawing: layers by
//! longest path with cycles broken, bends where edges pass a layer, barycentre ordering,
//! placement across the layers, and boxes for nodes, edge labels and subgraphs that never
//! overlap. The same sketch always gives the same layout, in pixels, origin top left.

mod cross;
mod layers;
mod order;
mod place;

use crate::core::sketch::model::{Node, Shape, Sketch};

pub use layers::MAX_BENDS;

/// A width and a height, in pixels.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Size {
    /// Horizontal extent.
    pub width: f64,
    /// Vertical extent.
    pub height: f64,
}

impl Size {
    /// The extent across the layers: the width in a top-down drawing, the height in a
    /// left-right (`horizontal`) one.
    pub fn across(self, horizontal: bool) -> f64 {
        if horizontal {
            self.height
        } else {
            self.width
        }
    }

    /// The extent along the layers' direction: the other one.
    pub fn along(self, horizontal: bool) -> f64 {
        self.across(!horizontal)
    }
}

/// A point, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// From the left.
    pub x: f64,
    /// From the top.
    pub y: f64,
}

/// A rectangle, in pixels: its top-left corner and its size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    /// Whether the two rectangles share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    /// Whether `other` lies wholly inside this rectangle.
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.width <= self.x + self.width
            && other.y + other.height <= self.y + self.height
    }
}

/// How text and boxes are measured and spaced, in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    /// The estimated width of one character of a label.
    pub char_width: f64,
    /// The height of a line of label text.
    pub text_height: f64,
    /// A rectangle node's height.
    pub node_height: f64,
    /// The room either side of a node's label.
    pub node_padding: f64,
    /// The least gap between two nodes of a layer.
    pub node_gap: f64,
    /// The least gap between one layer and the next (an edge spans at least two).
    pub layer_gap: f64,
    /// The room between a subgraph's border and what it holds.
    pub cluster_padding: f64,
    /// The room around the whole drawing.
    pub margin: f64,
}

impl Default for Metrics {
    /// Sizes for 13 px sans-serif text (about 7 px a character).
    fn default() -> Metrics {
        Metrics {
            char_width: 7.0,
            text_height: 16.0,
            node_height: 40.0,
            node_padding: 14.0,
            node_gap: 28.0,
            layer_gap: 22.0,
            cluster_padding: 12.0,
            margin: 8.0,
        }
    }
}

impl Metrics {
    /// The estimated width of `text` on one line.
    pub fn text_width(&self, text: &str) -> f64 {
        text.chars().count() as f64 * self.char_width
    }

    /// The size of a node's box, from its label and shape.
    pub fn node_size(&self, node: &Node) -> Size {
        let width = (self.text_width(&node.label) + 2.0 * self.node_padding).max(56.0);
        let height = self.node_height;
        match node.shape {
            Shape::Circle => {
                let side = width.max(height);
                Size {
                    width: side,
                    height: side,
                }
            }
            Shape::Decision => Size {
                width: width + height,
                height: height + 16.0,
            },
            Shape::Cylinder => Size {
                width,
                height: height + 8.0,
            },
            Shape::Rectangle | Shape::Rounded | Shape::Queue => Size { width, height },
        }
    }

    /// The size of an edge label's box.
    pub fn label_size(&self, text: &str) -> Size {
        Size {
            width: self.text_width(text) + 8.0,
            height: self.text_height + 4.0,
        }
    }
}

/// One edge as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeRoute {
    /// The polyline from its source's box to its target's.
    pub points: Vec<Point>,
    /// Where its label's box is, if it has a label.
    pub label: Option<Rect>,
}

/// One subgraph as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct SubgraphBox {
    /// Its box, around everything it holds.
    pub rect: Rect,
    /// Where its title goes, inside the box at the top left.
    pub title: Rect,
}

/// A whole sketch as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The drawing's width.
    pub width: f64,
    /// The drawing's height.
    pub height: f64,
    /// Each node's box, by node index.
    pub nodes: Vec<Rect>,
    /// Each edge's route, by edge index.
    pub edges: Vec<EdgeRoute>,
    /// Each subgraph's box, by subgraph index (none for a subgraph that holds nothing).
    pub subgraphs: Vec<Option<SubgraphBox>>,
}

/// The layout of `sketch`, measured by `metrics`.
///
/// ```
/// use archdrill::core::sketch::{layout::{layout, Metrics}, parse::parse};
/// let sketch = parse("flowchart LR\n  api[API] --> db[(Postgres)]").unwrap();
/// let drawn = layout(&sketch, &Metrics::default());
/// assert!(drawn.nodes[0].x + drawn.nodes[0].width < drawn.nodes[1].x);
/// ```
pub fn layout(sketch: &Sketch, metrics: &Metrics) -> Layout {
    let graph = layers::layered(sketch, metrics);
    let layers = order::order(sketch, &graph);
    let across = cross::across(sketch, &graph, &layers, metrics);
    place::place(sketch, &graph, &across, metrics)
}
