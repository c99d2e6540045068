//! One line as the block parser reads it: a byte offset into it and the column reached, tabs
//! advancing to the next multiple of four, and a tab half read as indentation remembered.
//! Only spaces and tabs are indentation; every other character is text.

/// The line being parsed and how far into it the parser has read.
pub(super) struct Cursor<'a> {
    /// The line, without its line ending.
    pub line: &'a str,
    /// The next byte to read (always at a character boundary).
    pub offset: usize,
    /// The column of `offset`, tabs expanded.
    pub column: usize,
    /// The first byte at or after `offset` that is not a space or a tab.
    pub next_nonspace: usize,
    /// The column of `next_nonspace`.
    next_nonspace_column: usize,
    /// Columns of spaces and tabs from `offset` to `next_nonspace`.
    pub indent: usize,
    /// Whether `indent` is four columns or more (indented code).
    pub indented: bool,
    /// Whether nothing but spaces and tabs is left.
    pub blank: bool,
    /// Whether the tab at `offset` has been read in part, as indentation.
    pub partial_tab: bool,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `line`.
    pub fn new(line: &'a str) -> Self {
        Cursor {
            line,
            offset: 0,
            column: 0,
            next_nonspace: 0,
            next_nonspace_column: 0,
            indent: 0,
            indented: false,
            blank: false,
            partial_tab: false,
        }
    }

    /// The byte at `at`, if the line has one.
    pub fn byte(&self, at: usize) -> Option<u8> {
        self.line.as_bytes().get(at).copied()
    }

    /// The line from its first non-blank byte on.
    pub fn rest(&self) -> &'a str {
        &self.line[self.next_nonspace..]
    }

    /// Finds the next byte that is not a space or a tab, and the indentation before it.
    pub fn find_next_nonspace(&mut self) {
        let (mut at, mut column) = (self.offset, self.column);
        while let Some(b) = self.byte(at) {
            match b {
                b' ' => column += 1,
                b'\t' => column += 4 - column % 4,
                _ => break,
            }
            at += 1;
        }
        self.blank = at == self.line.len();
        self.next_nonspace = at;
        self.next_nonspace_column = column;
        self.indent = column - self.column;
        self.indented = self.indent >= 4;
    }

    /// Moves to the next byte that is not a space or a tab.
    pub fn advance_next_nonspace(&mut self) {
        self.offset = self.next_nonspace;
        self.column = self.next_nonspace_column;
        self.partial_tab = false;
    }

    /// Moves to the end of the line.
    pub fn advance_to_end(&mut self) {
        self.offset = self.line.len();
        self.partial_tab = false;
    }

    /// Moves to the end of a `blank` line (its column too); does nothing to another line.
    pub fn advance_to_end_if(&mut self, blank: bool) {
        if blank && self.offset < self.line.len() {
            self.find_next_nonspace();
            self.advance_next_nonspace();
        }
    }

    /// Moves `count` characters on, or with `columns` `count` columns (a tab may then be read
    /// in part).
    pub fn advance(&mut self, mut count: usize, columns: bool) {
        while count > 0 {
            let Some(b) = self.byte(self.offset) else {
                break;
            };
            if b == b'\t' {
                let to_tab = 4 - self.column % 4;
                let step = if columns { to_tab.min(count) } else { 1 };
                self.partial_tab = columns && to_tab > count;
                self.column += if columns { step } else { to_tab };
                self.offset += usize::from(!self.partial_tab);
                count -= step;
            } else {
                self.partial_tab = false;
                self.offset += self.line[self.offset..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                self.column += 1;
                count -= 1;
            }
        }
    }
}
