//! The flowchart subset read into a [`Sketch`]: the header, statements separated by line
//! breaks or `;`, `%%` comments, chains of node groups joined by links, `subgraph … end`
//! blocks, and the instance count a label states. Bounded: text over [`MAX_TEXT_BYTES`], or
//! more than [`MAX_NODES`] nodes, [`MAX_EDGES`] edges, [`MAX_SUBGRAPHS`] subgraphs or subgraphs
//! nested deeper than
//! [`MAX_SUBGRAPH_DEPTH`], is refused with an error rather than read. See `docs/sketch.md`.

use crate::core::sketch::instances::instance_count;
use crate::core::sketch::model::{Direction, Edge, Node, Position, Shape, Sketch, Subgraph};
use crate::core::sketch::scan::{Cursor, Link, ParseError};
use crate::core::text::decimal::grouped;
use std::collections::HashMap;

pub use crate::core::sketch::scan::MAX_LABEL_CHARS;

/// The longest sketch read, in bytes of UTF-8 (100 KB).
pub const MAX_TEXT_BYTES: usize = 100_000;
/// The most nodes a sketch may have.
pub const MAX_NODES: usize = 5_000;
/// The most edges a sketch may have.
pub const MAX_EDGES: usize = 20_000;
/// The most subgraphs a sketch may have.
pub const MAX_SUBGRAPHS: usize = 200;
/// The deepest nesting of subgraphs.
pub const MAX_SUBGRAPH_DEPTH: usize = 8;

/// Statements archdrill accepts and ignores: styling and interaction.
const IGNORED: &[&str] = &[
    "classDef",
    "class",
    "style",
    "linkStyle",
    "click",
    "direction",
];

/// Parses a sketch in the flowchart subset of `docs/sketch.md`.
///
/// ```
/// use archdrill::core::sketch::parse::parse;
/// let sketch = parse("flowchart LR\n  api[API ×3] --> db[(Postgres)]").unwrap();
/// assert_eq!((sketch.nodes[0].instances, sketch.nodes[1].name.as_str()), (3, "Postgres"));
/// assert_eq!(parse("flowchart LR\n  a --> [x]").unwrap_err().to_string(),
///            "line 2, column 9: expected a node id after the link, found `[`");
/// ```
pub fn parse(text: &str) -> Result<Sketch, ParseError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ParseError {
            at: Position { line: 1, column: 1 },
            reason: format!(
                "the sketch is {} bytes long; archdrill reads at most {} bytes",
                grouped(text.len() as u64),
                grouped(MAX_TEXT_BYTES as u64)
            ),
        });
    }
    let mut parser = Parser::new(text);
    parser.header()?;
    while parser.statement()? {}
    parser.finish()
}

/// The state of one parse.
struct Parser {
    cursor: Cursor,
    sketch: Sketch,
    node_ids: HashMap<String, usize>,
    subgraph_ids: HashMap<String, usize>,
    open: Vec<usize>,
}

impl Parser {
    fn new(text: &str) -> Parser {
        Parser {
            cursor: Cursor::new(text),
            sketch: Sketch {
                direction: Direction::TopDown,
                nodes: Vec::new(),
                edges: Vec::new(),
                subgraphs: Vec::new(),
            },
            node_ids: HashMap::new(),
            subgraph_ids: HashMap::new(),
            open: Vec::new(),
        }
    }

    /// Moves past empty statements and comments; whether any text is left.
    fn skip_empty(&mut self) -> bool {
        while self.cursor.at_statement_end() {
            if self.cursor.peek().is_none() {
                return false;
            }
            self.cursor.finish_statement();
        }
        true
    }

    /// `flowchart` or `graph`, and an optional direction.
    fn header(&mut self) -> Result<(), ParseError> {
        const WANTED: &str = "a sketch starts with `flowchart LR` or `flowchart TD`";
        if !self.skip_empty() {
            return Err(self.cursor.error(format!("the sketch is empty: {WANTED}")));
        }
        let at = self.cursor.position();
        match self.cursor.id().as_deref() {
            Some("flowchart" | "graph") => {}
            _ => {
                return Err(ParseError {
                    at,
                    reason: WANTED.into(),
                })
            }
        }
        self.cursor.skip_blanks();
        if !self.cursor.at_statement_end() {
            self.sketch.direction = self.direction()?;
        }
        self.end_of_statement()
    }

    /// A direction word: LR, RL, TD, TB or BT.
    fn direction(&mut self) -> Result<Direction, ParseError> {
        let at = self.cursor.position();
        let word = self.cursor.id().unwrap_or_default();
        match word.as_str() {
            "LR" => Ok(Direction::LeftRight),
            "RL" => Ok(Direction::RightLeft),
            "TD" | "TB" => Ok(Direction::TopDown),
            "BT" => Ok(Direction::BottomTop),
            _ => Err(ParseError {
                at,
                reason: format!(
                    "unknown direction {}: use LR, TD, TB, RL or BT",
                    shown(&word, self.cursor.peek())
                ),
            }),
        }
    }

    /// The end of a statement, or an error naming what is there instead.
    fn end_of_statement(&mut self) -> Result<(), ParseError> {
        if !self.cursor.at_statement_end() {
            let found = shown("", self.cursor.peek());
            return Err(self.cursor.error(format!(
                "unexpected {found}: expected a link such as `-->` or the end of the line"
            )));
        }
        self.cursor.finish_statement();
        Ok(())
    }

    /// One statement; false at the end of the text.
    fn statement(&mut self) -> Result<bool, ParseError> {
        if !self.skip_empty() {
            return Ok(false);
        }
        let at = self.cursor.position();
        let Some(word) = self.cursor.id() else {
            let found = shown("", self.cursor.peek());
            return Err(self.cursor.error(format!(
                "expected a node id, `subgraph` or `end`, found {found}"
            )));
        };
        match word.as_str() {
            "subgraph" => self.open_subgraph(at)?,
            "end" => self.close_subgraph(at)?,
            _ if IGNORED.contains(&word.as_str()) => self.cursor.skip_line(),
            _ => self.chain(word, at)?,
        }
        Ok(true)
    }

    /// `subgraph id`, `subgraph id [Title]` or `subgraph Some title`, after the keyword.
    fn open_subgraph(&mut self, at: Position) -> Result<(), ParseError> {
        if self.sketch.subgraphs.len() == MAX_SUBGRAPHS {
            let reason = format!("a sketch has at most {MAX_SUBGRAPHS} subgraphs");
            return Err(ParseError { at, reason });
        }
        if self.open.len() == MAX_SUBGRAPH_DEPTH {
            let reason = format!("subgraphs nest at most {MAX_SUBGRAPH_DEPTH} deep");
            return Err(ParseError { at, reason });
        }
        self.cursor.skip_blanks();
        let id_at = self.cursor.position();
        let (id, title) = match self.cursor.shape()? {
            Some((_, title)) => (title.clone(), title),
            None => self.subgraph_name()?,
        };
        if id.is_empty() {
            return Err(ParseError {
                at: id_at,
                reason: "a subgraph needs an id or a title".into(),
            });
        }
        if self.node_ids.contains_key(&id) || self.subgraph_ids.contains_key(&id) {
            let reason = format!("`{id}` is already the id of a node or subgraph");
            return Err(ParseError { at: id_at, reason });
        }
        let index = self.sketch.subgraphs.len();
        self.subgraph_ids.insert(id.clone(), index);
        let parent = self.open.last().copied();
        self.sketch.subgraphs.push(Subgraph {
            id,
            title,
            parent,
            at,
        });
        self.open.push(index);
        self.cursor.finish_statement();
        Ok(())
    }

    /// A subgraph's id and title from the rest of its line: `id`, `id [Title]`, or words.
    fn subgraph_name(&mut self) -> Result<(String, String), ParseError> {
        let id = self.cursor.id().unwrap_or_default();
        let before = self.cursor.position().column;
        self.cursor.skip_blanks();
        if let Some((_, title)) = self.cursor.shape()? {
            return Ok((id, title));
        }
        let blanks = self.cursor.position().column - before;
        let mut rest = id + &" ".repeat(blanks);
        while let Some(c) = self.cursor.peek().filter(|c| !matches!(c, '\n' | ';')) {
            if self.cursor.looking_at("%%") {
                break;
            }
            rest.push(c);
            self.cursor.bump();
        }
        let rest = rest.trim().to_string();
        Ok((rest.clone(), rest))
    }

    /// `end`: closes the innermost open subgraph.
    fn close_subgraph(&mut self, at: Position) -> Result<(), ParseError> {
        if self.open.pop().is_none() {
            return Err(ParseError {
                at,
                reason: "`end` without a `subgraph` to close".into(),
            });
        }
        self.end_of_statement()
    }

    /// A chain of node groups joined by links, its first id already read.
    fn chain(&mut self, first: String, at: Position) -> Result<(), ParseError> {
        let mut group = self.group(first, at)?;
        loop {
            self.cursor.skip_blanks();
            let Some(link) = self.cursor.link()? else {
                return self.end_of_statement();
            };
            self.cursor.skip_blanks();
            let next_at = self.cursor.position();
            let Some(id) = self.cursor.id() else {
                let found = shown("", self.cursor.peek());
                return Err(self
                    .cursor
                    .error(format!("expected a node id after the link, found {found}")));
            };
            let next = self.group(id, next_at)?;
            self.link_groups(&group, &next, &link)?;
            group = next;
        }
    }

    /// A node and any `& node` after it, the first id already read.
    fn group(&mut self, first: String, at: Position) -> Result<Vec<usize>, ParseError> {
        let mut nodes = vec![self.node(first, at)?];
        loop {
            self.cursor.skip_blanks();
            if self.cursor.peek() != Some('&') {
                return Ok(nodes);
            }
            self.cursor.bump();
            self.cursor.skip_blanks();
            let at = self.cursor.position();
            let Some(id) = self.cursor.id() else {
                return Err(self.cursor.error("expected a node id after `&`"));
            };
            nodes.push(self.node(id, at)?);
        }
    }

    /// A node reference, with a shape and label right after its id or not; a later shape
    /// replaces an earlier one, as in Mermaid.
    fn node(&mut self, id: String, at: Position) -> Result<usize, ParseError> {
        if self.subgraph_ids.contains_key(&id) {
            let reason = format!("`{id}` is a subgraph; link to a node inside it instead");
            return Err(ParseError { at, reason });
        }
        let shape = self.cursor.shape()?;
        if let Some(&index) = self.node_ids.get(&id) {
            if let Some((shape, label)) = shape {
                set_label(&mut self.sketch.nodes[index], shape, label);
            }
            return Ok(index);
        }
        if self.sketch.nodes.len() == MAX_NODES {
            let reason = format!("a sketch has at most {} nodes", grouped(MAX_NODES as u64));
            return Err(ParseError { at, reason });
        }
        let (shape, label) = match shape {
            Some((shape, label)) if !label.is_empty() => (shape, label),
            Some((shape, _)) => (shape, id.clone()),
            None => (Shape::Rectangle, id.clone()),
        };
        let subgraph = self.open.last().copied();
        let mut node = Node {
            id: id.clone(),
            label: String::new(),
            name: String::new(),
            instances: 1,
            shape,
            subgraph,
            at,
        };
        set_label(&mut node, shape, label);
        self.node_ids.insert(id, self.sketch.nodes.len());
        self.sketch.nodes.push(node);
        Ok(self.sketch.nodes.len() - 1)
    }

    /// An edge from every node of `from` to every node of `to`.
    fn link_groups(&mut self, from: &[usize], to: &[usize], link: &Link) -> Result<(), ParseError> {
        if self.sketch.edges.len() + from.len() * to.len() > MAX_EDGES {
            let reason = format!("a sketch has at most {} edges", grouped(MAX_EDGES as u64));
            return Err(ParseError {
                at: link.at,
                reason,
            });
        }
        for &f in from {
            for &t in to {
                self.sketch.edges.push(Edge {
                    from: f,
                    to: t,
                    style: link.style,
                    arrow: link.arrow,
                    label: link.label.clone(),
                    at: link.at,
                });
            }
        }
        Ok(())
    }

    /// The sketch, or an error for a subgraph left open.
    fn finish(self) -> Result<Sketch, ParseError> {
        if let Some(&open) = self.open.last() {
            let subgraph = &self.sketch.subgraphs[open];
            let reason = format!("subgraph `{}` is never closed with `end`", subgraph.id);
            return Err(ParseError {
                at: subgraph.at,
                reason,
            });
        }
        Ok(self.sketch)
    }
}

/// Gives `node` its shape, label, name and instance count.
fn set_label(node: &mut Node, shape: Shape, label: String) {
    let (name, instances) = instance_count(&label);
    node.shape = shape;
    node.name = name;
    node.instances = instances;
    node.label = label;
}

/// What an error shows as found: the word read, else the next character, in backquotes, or
/// "the end of the line".
fn shown(word: &str, next: Option<char>) -> String {
    match (word.is_empty(), next) {
        (false, _) => format!("`{word}`"),
        (true, Some('\n' | ';') | None) => "the end of the line".to_string(),
        (true, Some(c)) => format!("`{c}`"),
    }
}
