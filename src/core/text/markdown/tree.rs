//! The block tree the notes parser builds: an arena of blocks, each knowing its parent, its
//! children, the lines it spans and how deep inside quotes and list items it sits.

/// What a block is.
#[derive(Clone, Debug)]
pub(super) enum Kind {
    /// The whole of the notes.
    Document,
    /// A `>` block quote.
    Quote,
    /// A bullet or ordered list (its items are its children).
    List(ListData),
    /// One list item.
    Item(ListData),
    /// A paragraph: `text` is its lines.
    Paragraph,
    /// A heading of this level: `text` is its content.
    Heading(u8),
    /// Code, fenced (with its fence) or indented: `text` is its lines.
    Code(Option<Fence>),
    /// A thematic break.
    Rule,
    /// A GitHub table with these column alignments: `text` is its header and body rows.
    Table(Vec<Align>),
}

/// A list's or list item's marker and where it sits.
#[derive(Clone, Copy, Debug)]
pub(super) struct ListData {
    /// Whether the list is numbered.
    pub ordered: bool,
    /// The bullet (`-`, `+`, `*`) or the number's delimiter (`.`, `)`).
    pub marker: u8,
    /// The number of an ordered item.
    pub start: u32,
    /// Columns of indentation before the marker.
    pub marker_offset: usize,
    /// Columns from the marker to the item's content.
    pub padding: usize,
    /// Whether no blank line separates the list's items or the blocks inside them.
    pub tight: bool,
}

/// The fence that opened fenced code.
#[derive(Clone, Copy, Debug)]
pub(super) struct Fence {
    /// `` ` `` or `~`.
    pub ch: u8,
    /// How many of them.
    pub len: usize,
    /// Columns of indentation before it, removed from the code's lines too.
    pub offset: usize,
}

/// A table column's alignment, from its delimiter cell's colons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Align {
    /// No colon.
    None,
    /// `:--`.
    Left,
    /// `:-:`.
    Center,
    /// `--:`.
    Right,
}

/// One block of the tree.
#[derive(Debug)]
pub(super) struct Block {
    /// What it is.
    pub kind: Kind,
    /// Its parent (the document is its own).
    pub parent: usize,
    /// Its children, in order.
    pub children: Vec<usize>,
    /// Whether lines may still be added to it.
    pub open: bool,
    /// The text of a leaf block, lines ending in `\n`.
    pub text: String,
    /// The info string of fenced code, escapes and references decoded.
    pub info: String,
    /// The line it starts on (the first is 1).
    pub start_line: usize,
    /// The line it ends on.
    pub end_line: usize,
    /// How many quotes and list items it is in, itself included.
    pub depth: usize,
}

impl Block {
    /// A new, open block of `kind` starting on `line`.
    pub fn new(kind: Kind, parent: usize, line: usize, depth: usize) -> Self {
        Block {
            kind,
            parent,
            children: Vec::new(),
            open: true,
            text: String::new(),
            info: String::new(),
            start_line: line,
            end_line: line,
            depth,
        }
    }
}
