//! A parsed sketch: the direction it is drawn in, its nodes (shape, label, instance count),
//! its edges (solid or dotted, labelled or not) and its subgraphs, each with where it was
//! written. What the parser builds and the layout and analysis read.

/// Which way the layers of the drawing run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `LR`: left to right.
    LeftRight,
    /// `RL`: right to left.
    RightLeft,
    /// `TD` or `TB`: top to bottom (Mermaid's default).
    TopDown,
    /// `BT`: bottom to top.
    BottomTop,
}

impl Direction {
    /// Whether the layers are columns (left–right) rather than rows.
    pub fn is_horizontal(self) -> bool {
        matches!(self, Direction::LeftRight | Direction::RightLeft)
    }

    /// Whether the layers run against the reading order (right to left, bottom to top).
    pub fn is_reversed(self) -> bool {
        matches!(self, Direction::RightLeft | Direction::BottomTop)
    }
}

/// A node's outline, as Mermaid writes it around the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `id[Label]`, or a bare `id`: a rectangle.
    Rectangle,
    /// `id(Label)` or `id([Label])`: a rounded rectangle.
    Rounded,
    /// `id[(Label)]`: a cylinder, read as a database.
    Cylinder,
    /// `id[[Label]]`: Mermaid's subroutine box, read as a queue or log.
    Queue,
    /// `id((Label))`: a circle, read as a client.
    Circle,
    /// `id{Label}`: a rhombus, a decision.
    Decision,
}

/// How an edge is drawn, and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeStyle {
    /// `-->` or `---`: a synchronous call or flow.
    Solid,
    /// `-.->` or `-.-`: an asynchronous hop.
    Dotted,
    /// `==>` or `===`: an emphasised synchronous flow.
    Thick,
}

/// Where something was written: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

/// One box of the sketch.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The id edges refer to it by.
    pub id: String,
    /// The label as written (the id when none is given).
    pub label: String,
    /// The label without its instance count: "API ×3" names "API".
    pub name: String,
    /// How many instances the label says it has (1 unless it says `×3`, `x3` or `(3)`).
    pub instances: u32,
    /// Its outline.
    pub shape: Shape,
    /// The innermost subgraph it was first written in, as an index into [`Sketch::subgraphs`].
    pub subgraph: Option<usize>,
    /// Where it was first written.
    pub at: Position,
}

/// One arrow (or line) between two nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The node it leaves, as an index into [`Sketch::nodes`].
    pub from: usize,
    /// The node it enters.
    pub to: usize,
    /// Solid, dotted or thick.
    pub style: EdgeStyle,
    /// Whether it ends in an arrowhead (`-->`) or not (`---`).
    pub arrow: bool,
    /// Its label (`-->|reads|` or `-- reads -->`), if any.
    pub label: Option<String>,
    /// Where its link was written.
    pub at: Position,
}

impl Edge {
    /// Whether the edge is an asynchronous hop (dotted).
    pub fn is_async(&self) -> bool {
        self.style == EdgeStyle::Dotted
    }
}

/// A `subgraph … end` block: an availability zone, a region, a tier.
#[derive(Debug, Clone, PartialEq)]
pub struct Subgraph {
    /// Its id.
    pub id: String,
    /// Its title (the id when none is given).
    pub title: String,
    /// The subgraph it is nested in, as an index into [`Sketch::subgraphs`].
    pub parent: Option<usize>,
    /// Where its `subgraph` line was written.
    pub at: Position,
}

/// A whole parsed sketch.
#[derive(Debug, Clone, PartialEq)]
pub struct Sketch {
    /// The direction from its header.
    pub direction: Direction,
    /// Its nodes, in the order first written.
    pub nodes: Vec<Node>,
    /// Its edges, in the order written.
    pub edges: Vec<Edge>,
    /// Its subgraphs, in the order opened (a parent before its children).
    pub subgraphs: Vec<Subgraph>,
}

impl Sketch {
    /// Whether subgraph `inner` is `outer` or nested (at any depth) inside it.
    pub fn subgraph_within(&self, inner: usize, outer: usize) -> bool {
        let mut at = Some(inner);
        while let Some(s) = at {
            if s == outer {
                return true;
            }
            at = self.subgraphs[s].parent;
        }
        false
    }

    /// The subgraphs enclosing subgraph `s`, from the outermost down to `s` itself.
    pub fn enclosing(&self, s: usize) -> Vec<usize> {
        let mut path = Vec::new();
        let mut at = Some(s);
        while let Some(i) = at {
            path.push(i);
            at = self.subgraphs[i].parent;
        }
        path.reverse();
        path
    }
}
