//! The inline half of the notes renderer, after CommonMark's algorithm: code spans, emphasis
//! and strike-through by a delimiter stack (`emphasis.rs`), links and images by a bracket
//! stack (`link.rs`), autolinks, character references (`entity.rs`), escapes and line breaks.
//! Everything the learner typed is escaped; images show as their alt text. The output stays
//! a flat list of pieces (a match hangs its tags on the runs it pairs), so nothing recurses.

mod emphasis;
mod entity;
mod entity_table;
mod fold;
mod link;
mod packed;

pub(crate) use entity::decode_references;
pub(super) use entity::unescape;
pub(super) use link::{reference_definition, Refs};

use super::escape_into;
use emphasis::Delims;

/// One piece of a block's inline output.
enum Node<'a> {
    /// Text as written, escaped on output.
    Text(&'a str),
    /// Text decoded or folded (a reference, a code span), escaped on output.
    Owned(String),
    /// One of the renderer's own tags.
    Markup(&'static str),
    /// A link's opening tag, its attributes escaped.
    Tag(String),
    /// A delimiter run, with the tags it closes and opens.
    Run(usize),
}

/// A `[` or `![` that may start a link or an image.
struct Bracket {
    /// Its node.
    node: usize,
    /// The delimiter run below it.
    previous_delim: Option<usize>,
    /// The byte of its `[`.
    index: usize,
    /// Whether it is `![`.
    image: bool,
    /// How many links had been made when it was read (a later link disables it).
    links: usize,
    /// Whether another bracket follows it.
    bracket_after: bool,
}

/// The inline parser's state over one block's text.
struct Parser<'a> {
    /// The text.
    subject: &'a str,
    /// The next byte to read.
    pos: usize,
    /// The link reference definitions of the notes.
    refs: &'a Refs,
    /// The output so far.
    nodes: Vec<Node<'a>>,
    /// The delimiter stack.
    delims: Delims,
    /// The bracket stack.
    brackets: Vec<Bracket>,
    /// How many links have been made.
    links: usize,
    /// Every backtick run (length, byte), sorted, read on the first code span.
    ticks: Option<Vec<(usize, usize)>>,
}

/// Writes the inline HTML of a block's text.
pub(super) fn render(text: &str, refs: &Refs, out: &mut String) {
    let mut parser = Parser {
        subject: text.trim_matches([' ', '\t', '\n']),
        pos: 0,
        refs,
        nodes: Vec::new(),
        delims: Delims::default(),
        brackets: Vec::new(),
        links: 0,
        ticks: None,
    };
    parser.parse();
    parser.write(out);
}

/// Whether an inline construct may start at this byte.
fn is_special(b: u8) -> bool {
    matches!(
        b,
        b'\n' | b'\\' | b'`' | b'*' | b'_' | b'~' | b'[' | b']' | b'!' | b'<' | b'&'
    )
}

/// Every maximal run of backticks in `text`: (length, byte), sorted.
fn backtick_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let len = b[i..].iter().take_while(|c| **c == b'`').count();
        if len > 0 {
            runs.push((len, i));
        }
        i += len.max(1);
    }
    runs.sort_unstable();
    runs
}

impl<'a> Parser<'a> {
    /// The byte at `at`, if any.
    fn byte(&self, at: usize) -> Option<u8> {
        self.subject.as_bytes().get(at).copied()
    }

    /// How many `c`s follow from `at`.
    fn run_len(&self, at: usize, c: u8) -> usize {
        self.subject.as_bytes()[at..]
            .iter()
            .take_while(|b| **b == c)
            .count()
    }

    /// Reads the whole text into nodes, then matches what emphasis is left.
    fn parse(&mut self) {
        while let Some(b) = self.byte(self.pos) {
            let read = match b {
                b'\n' => self.line_break(),
                b'\\' => self.backslash(),
                b'`' => self.code_span(),
                b'*' | b'_' | b'~' => self.delimiter_run(b),
                b'[' => self.open_bracket(1),
                b'!' if self.byte(self.pos + 1) == Some(b'[') => self.open_bracket(2),
                b']' => self.close_bracket(),
                b'<' => self.autolink(),
                b'&' => self.reference(),
                _ => false,
            };
            if !read {
                self.text();
            }
        }
        self.delims.process(None);
    }

    /// Reads plain text up to the next byte that may start something.
    fn text(&mut self) {
        let start = self.pos;
        let b = self.subject.as_bytes();
        let mut end = start + 1;
        while end < b.len() && !is_special(b[end]) {
            end += 1;
        }
        self.pos = end;
        self.nodes.push(Node::Text(&self.subject[start..end]));
    }

    /// A line break: hard after two spaces, soft otherwise; spaces around it dropped.
    fn line_break(&mut self) -> bool {
        self.pos += 1;
        let hard = match self.nodes.last_mut() {
            Some(Node::Text(text)) if text.ends_with(' ') => {
                let hard = text.ends_with("  ");
                *text = text.trim_end_matches(' ');
                hard
            }
            _ => false,
        };
        self.nodes
            .push(Node::Markup(if hard { "<br />\n" } else { "\n" }));
        self.pos += self.run_len(self.pos, b' ');
        true
    }

    /// `\` before punctuation is that character, before a line break a hard break.
    fn backslash(&mut self) -> bool {
        match self.byte(self.pos + 1) {
            Some(b'\n') => {
                self.nodes.push(Node::Markup("<br />\n"));
                self.pos += 2;
            }
            Some(c) if c.is_ascii_punctuation() => {
                self.nodes
                    .push(Node::Text(&self.subject[self.pos + 1..self.pos + 2]));
                self.pos += 2;
            }
            _ => {
                self.nodes.push(Node::Text("\\"));
                self.pos += 1;
            }
        }
        true
    }

    /// A code span, closed by the next backtick run of the same length, or the backticks.
    fn code_span(&mut self) -> bool {
        let start = self.pos;
        let len = self.run_len(start, b'`');
        let subject = self.subject;
        let runs = self.ticks.get_or_insert_with(|| backtick_runs(subject));
        let next = runs.partition_point(|run| *run < (len, start + len));
        let Some(&(_, close)) = runs.get(next).filter(|run| run.0 == len) else {
            self.nodes.push(Node::Text(&subject[start..start + len]));
            self.pos = start + len;
            return true;
        };
        let body = subject[start + len..close].replace('\n', " ");
        let padded = body.len() > 1 && body.starts_with(' ') && body.ends_with(' ');
        let body = if padded && body.bytes().any(|b| b != b' ') {
            body[1..body.len() - 1].to_string()
        } else {
            body
        };
        self.nodes.push(Node::Markup("<code>"));
        self.nodes.push(Node::Owned(body));
        self.nodes.push(Node::Markup("</code>"));
        self.pos = close + len;
        true
    }

    /// A run of `*`, `_` or `~`: on the delimiter stack if it may open or close emphasis.
    fn delimiter_run(&mut self, c: u8) -> bool {
        let start = self.pos;
        let len = self.run_len(start, c);
        self.pos += len;
        let before = self.subject[..start].chars().next_back().unwrap_or('\n');
        let after = self.subject[self.pos..].chars().next().unwrap_or('\n');
        let (can_open, can_close) = emphasis::sides(c, before, after);
        if (c == b'~' && len != 2) || !(can_open || can_close) {
            self.nodes.push(Node::Text(&self.subject[start..self.pos]));
        } else {
            let run = self.delims.push(c, len, can_open, can_close);
            self.nodes.push(Node::Run(run));
        }
        true
    }

    /// `[` (or `![`, `len` 2): a bracket that may start a link (an image).
    fn open_bracket(&mut self, len: usize) -> bool {
        if let Some(last) = self.brackets.last_mut() {
            last.bracket_after = true;
        }
        self.brackets.push(Bracket {
            node: self.nodes.len(),
            previous_delim: self.delims.top,
            index: self.pos + len - 1,
            image: len == 2,
            links: self.links,
            bracket_after: false,
        });
        self.nodes
            .push(Node::Text(&self.subject[self.pos..self.pos + len]));
        self.pos += len;
        true
    }

    /// `&…;`: the character it stands for, if it is a reference.
    fn reference(&mut self) -> bool {
        let mut decoded = String::new();
        let Some(len) = entity::reference(&self.subject[self.pos..], &mut decoded) else {
            return false;
        };
        self.nodes.push(Node::Owned(decoded));
        self.pos += len;
        true
    }

    /// Writes the nodes as HTML.
    fn write(&self, out: &mut String) {
        for node in &self.nodes {
            match node {
                Node::Text(text) => escape_into(text, out),
                Node::Owned(text) => escape_into(text, out),
                Node::Markup(tag) => out.push_str(tag),
                Node::Tag(tag) => out.push_str(tag),
                Node::Run(run) => self.delims.write(*run, out),
            }
        }
    }
}
