//! The parser's reading head: a cursor over the sketch's characters that knows its line and
//! column, and reads the small tokens of the flowchart subset — ids, node shapes with their
//! labels, and links with theirs.

use crate::core::sketch::model::{EdgeStyle, Position, Shape};

/// Why a sketch does not parse, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Where the problem is.
    pub at: Position,
    /// What is wrong, in plain English.
    pub reason: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.at.line, self.at.column, self.reason
        )
    }
}

/// The longest label or title read, in characters.
pub const MAX_LABEL_CHARS: usize = 200;

/// A link between two node groups, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Solid, dotted or thick.
    pub style: EdgeStyle,
    /// Whether it ends in an arrowhead.
    pub arrow: bool,
    /// Its label, if any.
    pub label: Option<String>,
    /// Where it starts.
    pub at: Position,
}

/// The openings of node shapes, longest first so that `[(` wins over `[`, with the closing
/// text each one needs.
const SHAPES: &[(&str, &str, Shape)] = &[
    ("[(", ")]", Shape::Cylinder),
    ("[[", "]]", Shape::Queue),
    ("((", "))", Shape::Circle),
    ("([", "])", Shape::Rounded),
    ("[", "]", Shape::Rectangle),
    ("(", ")", Shape::Rounded),
    ("{", "}", Shape::Decision),
];

/// A cursor over the text, one character at a time.
pub struct Cursor {
    chars: Vec<char>,
    index: usize,
    line: usize,
    column: usize,
}

impl Cursor {
    /// A cursor at the first character of `text`.
    pub fn new(text: &str) -> Cursor {
        Cursor {
            chars: text.chars().collect(),
            index: 0,
            line: 1,
            column: 1,
        }
    }

    /// Where the cursor is.
    pub fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    /// The character `ahead` places after the cursor, if any.
    pub fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.index + ahead).copied()
    }

    /// The character under the cursor, if any.
    pub fn peek(&self) -> Option<char> {
        self.peek_at(0)
    }

    /// Whether the text at the cursor starts with `prefix`.
    pub fn looking_at(&self, prefix: &str) -> bool {
        prefix
            .chars()
            .enumerate()
            .all(|(i, c)| self.peek_at(i) == Some(c))
    }

    /// Moves past one character.
    pub fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.index += 1;
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
    }

    /// Moves past `n` characters.
    pub fn bump_n(&mut self, n: usize) {
        (0..n).for_each(|_| self.bump());
    }

    /// Moves past spaces and tabs (never a line break).
    pub fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\r')) {
            self.bump();
        }
    }

    /// Whether the cursor is at the end of a statement: a line break, `;`, a `%%` comment or
    /// the end of the text (blanks before it skipped).
    pub fn at_statement_end(&mut self) -> bool {
        self.skip_blanks();
        matches!(self.peek(), None | Some('\n' | ';')) || self.looking_at("%%")
    }

    /// Moves to the start of the next statement: past the rest of a comment and one `;` or
    /// line break.
    pub fn finish_statement(&mut self) {
        self.skip_blanks();
        if self.looking_at("%%") {
            while !matches!(self.peek(), None | Some('\n')) {
                self.bump();
            }
        }
        if matches!(self.peek(), Some('\n' | ';')) {
            self.bump();
        }
    }

    /// Moves past the rest of the line, whatever it holds.
    pub fn skip_line(&mut self) {
        while !matches!(self.peek(), None | Some('\n')) {
            self.bump();
        }
        self.bump();
    }

    /// An error at the cursor.
    pub fn error(&self, reason: impl Into<String>) -> ParseError {
        ParseError {
            at: self.position(),
            reason: reason.into(),
        }
    }

    /// Reads an id (letters, digits and `_`), or nothing when none starts here.
    pub fn id(&mut self) -> Option<String> {
        let mut id = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_alphanumeric() || *c == '_') {
            id.push(c);
            self.bump();
        }
        (!id.is_empty()).then_some(id)
    }

    /// Reads a node's shape and label after its id, if one starts here.
    pub fn shape(&mut self) -> Result<Option<(Shape, String)>, ParseError> {
        let Some(&(open, close, shape)) = SHAPES.iter().find(|(open, ..)| self.looking_at(open))
        else {
            return Ok(None);
        };
        let start = self.position();
        self.bump_n(open.chars().count());
        let label = self.text_until(close, start, &format!("`{open}`"))?;
        Ok(Some((shape, label)))
    }

    /// Reads label text up to `close` (a `"…"` label may hold any character but `"`), and
    /// moves past `close`; `what` names the opening for the error when it is never closed.
    fn text_until(
        &mut self,
        close: &str,
        start: Position,
        what: &str,
    ) -> Result<String, ParseError> {
        self.skip_blanks();
        let quoted = self.peek() == Some('"');
        if quoted {
            self.bump();
        }
        let mut text = String::new();
        loop {
            let done = if quoted {
                self.peek() == Some('"')
            } else {
                self.looking_at(close)
            };
            if done {
                break;
            }
            match self.peek() {
                None | Some('\n') => return Err(unclosed(start, what, close, quoted)),
                Some(c) => text.push(c),
            }
            self.bump();
        }
        if quoted {
            self.bump();
            self.skip_blanks();
            if !self.looking_at(close) {
                return Err(self.error(format!("expected `{close}` after the quoted label")));
            }
        }
        self.bump_n(close.chars().count());
        checked_label(text.trim(), start)
    }

    /// Reads a link (`-->`, `---`, `-.->`, `-.-`, `==>`, `===`, longer ones alike, with
    /// `-- text -->` or a following `|text|` label), or nothing when none starts here.
    pub fn link(&mut self) -> Result<Option<Link>, ParseError> {
        let at = self.position();
        let (style, line_char, close) = if self.looking_at("-.") {
            (EdgeStyle::Dotted, '-', ".-")
        } else if self.looking_at("--") {
            (EdgeStyle::Solid, '-', "--")
        } else if self.looking_at("==") {
            (EdgeStyle::Thick, '=', "==")
        } else {
            return Ok(None);
        };
        self.bump_n(2);
        let inline = if matches!(self.peek(), Some(' ' | '\t')) {
            Some(self.inline_label(close, at)?)
        } else {
            None
        };
        let mut run = 2;
        while self.peek() == Some(line_char)
            || (style == EdgeStyle::Dotted && self.peek() == Some('.'))
        {
            run += 1;
            self.bump();
        }
        let arrow = self.peek() == Some('>');
        if arrow {
            self.bump();
        }
        let complete = match style {
            EdgeStyle::Dotted => self.chars[self.index - usize::from(arrow) - 1] == '-',
            _ => arrow || inline.is_some() || run >= 3,
        };
        if !complete {
            return Err(ParseError {
                at,
                reason:
                    "this link is not finished: write `-->`, `---`, `-.->`, `==>` or `-- label -->`"
                        .into(),
            });
        }
        let label = match inline {
            Some(label) => Some(label),
            None => self.pipe_label()?,
        };
        Ok(Some(Link {
            style,
            arrow,
            label,
            at,
        }))
    }

    /// After a link's first two characters and a blank: the text of `-- text -->`,
    /// `-. text .->` or `== text ==>` up to and past `close`, the cursor left on the rest of
    /// the closing link.
    fn inline_label(&mut self, close: &str, at: Position) -> Result<String, ParseError> {
        self.skip_blanks();
        let mut text = String::new();
        while !self.looking_at(close) {
            match self.peek() {
                None | Some('\n' | ';') => {
                    return Err(ParseError {
                        at,
                        reason: format!("the link's label is never followed by `{close}>`"),
                    })
                }
                Some(c) => text.push(c),
            }
            self.bump();
        }
        self.bump_n(close.chars().count());
        checked_label(text.trim(), at)
    }

    /// A `|text|` label right after a link, if there is one.
    fn pipe_label(&mut self) -> Result<Option<String>, ParseError> {
        self.skip_blanks();
        if self.peek() != Some('|') {
            return Ok(None);
        }
        let start = self.position();
        self.bump();
        self.text_until("|", start, "`|`").map(Some)
    }
}

/// `text` as a label, or an error when it is longer than [`MAX_LABEL_CHARS`].
fn checked_label(text: &str, start: Position) -> Result<String, ParseError> {
    if text.chars().count() > MAX_LABEL_CHARS {
        return Err(ParseError {
            at: start,
            reason: format!("a label is limited to {MAX_LABEL_CHARS} characters"),
        });
    }
    Ok(text.to_string())
}

/// The error for a label opened at `start` and never closed on its line.
fn unclosed(start: Position, what: &str, close: &str, quoted: bool) -> ParseError {
    let closer = if quoted {
        "`\"`"
    } else {
        &format!("`{close}`")
    };
    ParseError {
        at: start,
        reason: format!("the label opened with {what} is never closed with {closer} on its line"),
    }
}
