//! The block half of the notes renderer, after CommonMark's parsing strategy: each line first
//! continues the open quotes, list items and leaf blocks it can, then may open new blocks
//! (`starts.rs`), and what is left of it is text for the innermost open block. Link reference
//! definitions are taken from the start of paragraphs as they close.

use super::inline::{reference_definition, unescape, Refs};
use super::line::Cursor;
use super::starts::{try_starts, Start};
use super::tree::{Block, Fence, Kind};

/// What continuing an open block did with the line.
enum Continued {
    /// The block goes on with this line.
    Matched,
    /// The line does not belong to the block.
    Unmatched,
    /// The line closed the block and is used up (a closing fence).
    Consumed,
}

/// The block parser: the tree so far and where the last line left it.
pub(super) struct Parser {
    /// Every block, the document first.
    pub blocks: Vec<Block>,
    /// The link reference definitions met so far.
    pub refs: Refs,
    /// The innermost open block.
    pub tip: usize,
    /// The tip before this line.
    old_tip: usize,
    /// Whether every block open before this line is still matched.
    all_closed: bool,
    /// The innermost block this line continued.
    last_matched: usize,
    /// The number of the line being read (the first is 1).
    pub line_number: usize,
}

/// Parses notes into their blocks (the document first) and link reference definitions.
pub(super) fn parse(markdown: &str) -> (Vec<Block>, Refs) {
    let mut parser = Parser {
        blocks: Vec::with_capacity(markdown.len() / 64 + 1),
        refs: Refs::default(),
        tip: 0,
        old_tip: 0,
        all_closed: true,
        last_matched: 0,
        line_number: 0,
    };
    parser.blocks.push(Block::new(Kind::Document, 0, 1, 0));
    let mut rest = markdown;
    while !rest.is_empty() {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let (line, after) = rest.split_at(end);
        rest = after
            .strip_prefix("\r\n")
            .or_else(|| after.strip_prefix(['\n', '\r']))
            .unwrap_or(after);
        if line.contains('\0') {
            parser.incorporate_line(&line.replace('\0', "\u{fffd}"));
        } else {
            parser.incorporate_line(line);
        }
    }
    loop {
        let tip = parser.tip;
        parser.finalize(tip, parser.line_number);
        if tip == 0 {
            break;
        }
    }
    parser.refs.seal();
    (parser.blocks, parser.refs)
}

/// Whether a block of kind `parent` may hold one of kind `child`.
fn can_contain(parent: &Kind, child: &Kind) -> bool {
    match parent {
        Kind::Document | Kind::Quote | Kind::Item(_) => !matches!(child, Kind::Item(_)),
        Kind::List(_) => matches!(child, Kind::Item(_)),
        _ => false,
    }
}

/// Whether a block of `kind` takes the text of lines.
fn accepts_lines(kind: &Kind) -> bool {
    matches!(kind, Kind::Paragraph | Kind::Code(_) | Kind::Table(_))
}

impl Parser {
    /// Reads one line into the tree.
    fn incorporate_line(&mut self, line: &str) {
        let mut cur = Cursor::new(line);
        self.line_number += 1;
        self.old_tip = self.tip;
        let Some(container) = self.continue_open(&mut cur) else {
            return;
        };
        self.all_closed = container == self.old_tip;
        self.last_matched = container;
        let kind = &self.blocks[container].kind;
        let mut container = container;
        if !accepts_lines(kind) || matches!(kind, Kind::Paragraph | Kind::Table(_)) {
            match self.open_blocks(&mut cur, container) {
                Some(opened) => container = opened,
                None => return,
            }
        }
        self.add_text(&mut cur, container);
    }

    /// Continues the open blocks the line belongs to; the innermost, or `None` when the line
    /// is used up.
    fn continue_open(&mut self, cur: &mut Cursor) -> Option<usize> {
        let blank = cur.line.bytes().all(|b| b == b' ' || b == b'\t');
        let mut container = 0;
        while let Some(&last) = self.blocks[container].children.last() {
            let block = &self.blocks[last];
            if !block.open {
                break;
            }
            // lists, and on a blank line items with content, go on without reading anything
            let passes = match block.kind {
                Kind::List(_) => true,
                Kind::Item(_) => blank && !block.children.is_empty(),
                _ => false,
            };
            if passes {
                cur.advance_to_end_if(blank);
                container = last;
                continue;
            }
            cur.find_next_nonspace();
            match self.continues(last, cur) {
                Continued::Matched => container = last,
                Continued::Unmatched => break,
                Continued::Consumed => return None,
            }
        }
        Some(container)
    }

    /// Whether the open block `id` goes on with the line, reading its prefix if it does.
    fn continues(&mut self, id: usize, cur: &mut Cursor) -> Continued {
        let block = &self.blocks[id];
        let matched = match &block.kind {
            Kind::Quote if !cur.indented && cur.byte(cur.next_nonspace) == Some(b'>') => {
                cur.advance_next_nonspace();
                cur.advance(1, false);
                if matches!(cur.byte(cur.offset), Some(b' ' | b'\t')) {
                    cur.advance(1, true);
                }
                true
            }
            Kind::Item(_) if cur.blank => {
                let has_content = !block.children.is_empty();
                if has_content {
                    cur.advance_next_nonspace();
                }
                has_content
            }
            Kind::Item(data) if cur.indent >= data.marker_offset + data.padding => {
                cur.advance(data.marker_offset + data.padding, true);
                true
            }
            Kind::Code(Some(fence)) => {
                let fence = *fence;
                return self.continue_fence(id, fence, cur);
            }
            Kind::Code(None) if cur.indented => {
                cur.advance(4, true);
                true
            }
            Kind::Code(None) if cur.blank => {
                cur.advance_next_nonspace();
                true
            }
            Kind::Paragraph | Kind::Table(_) => !cur.blank,
            _ => false,
        };
        if matched {
            Continued::Matched
        } else {
            Continued::Unmatched
        }
    }

    /// Fenced code `id` goes on with the line, or the line closes it.
    fn continue_fence(&mut self, id: usize, fence: Fence, cur: &mut Cursor) -> Continued {
        let rest = cur.rest();
        let run = rest.bytes().take_while(|b| *b == fence.ch).count();
        let closes = cur.indent <= 3
            && run >= fence.len
            && rest[run..].bytes().all(|b| b == b' ' || b == b'\t');
        if closes {
            self.finalize(id, self.line_number);
            return Continued::Consumed;
        }
        let mut skip = fence.offset;
        while skip > 0 && matches!(cur.byte(cur.offset), Some(b' ' | b'\t')) {
            cur.advance(1, true);
            skip -= 1;
        }
        Continued::Matched
    }

    /// Opens the blocks the line starts; the innermost, or `None` when the line is used up.
    fn open_blocks(&mut self, cur: &mut Cursor, mut container: usize) -> Option<usize> {
        loop {
            cur.find_next_nonspace();
            let maybe_special = cur
                .byte(cur.next_nonspace)
                .is_some_and(|b| b"#`~*+_=<>|:-".contains(&b) || b.is_ascii_digit());
            if !cur.indented && !maybe_special {
                cur.advance_next_nonspace();
                return Some(container);
            }
            match try_starts(self, cur, container) {
                Start::None => {
                    cur.advance_next_nonspace();
                    return Some(container);
                }
                Start::Container => container = self.tip,
                Start::Leaf => return Some(self.tip),
                Start::Done => return None,
            }
        }
    }

    /// Adds what is left of the line to the innermost block, lazily to an open paragraph.
    fn add_text(&mut self, cur: &mut Cursor, container: usize) {
        let lazy = !self.all_closed && !cur.blank;
        if lazy && matches!(self.blocks[self.tip].kind, Kind::Paragraph) {
            return self.add_line(cur);
        }
        self.close_unmatched();
        if accepts_lines(&self.blocks[container].kind) {
            self.add_line(cur);
        } else if cur.offset < cur.line.len() && !cur.blank {
            self.add_child(Kind::Paragraph);
            cur.advance_next_nonspace();
            self.add_line(cur);
        }
    }

    /// Closes the blocks open before this line that it did not continue.
    pub fn close_unmatched(&mut self) {
        if !self.all_closed {
            while self.old_tip != self.last_matched {
                let parent = self.blocks[self.old_tip].parent;
                self.finalize(self.old_tip, self.line_number - 1);
                self.old_tip = parent;
            }
            self.all_closed = true;
        }
    }

    /// Adds a block of `kind` to the tip (closing blocks that cannot hold it); it is the tip.
    pub fn add_child(&mut self, kind: Kind) -> usize {
        while !can_contain(&self.blocks[self.tip].kind, &kind) {
            self.finalize(self.tip, self.line_number - 1);
        }
        let parent = self.tip;
        let nests = matches!(kind, Kind::Quote | Kind::Item(_));
        let depth = self.blocks[parent].depth + usize::from(nests);
        let id = self.blocks.len();
        self.blocks
            .push(Block::new(kind, parent, self.line_number, depth));
        self.blocks[parent].children.push(id);
        self.tip = id;
        id
    }

    /// Adds the rest of the line to the tip's text.
    fn add_line(&mut self, cur: &mut Cursor) {
        let text = &mut self.blocks[self.tip].text;
        if cur.partial_tab {
            cur.offset += 1;
            text.push_str(&"    "[..4 - cur.column % 4]);
        }
        text.push_str(&cur.line[cur.offset..]);
        text.push('\n');
    }

    /// Closes block `id`, which ends on `line`; its parent becomes the tip.
    pub fn finalize(&mut self, id: usize, line: usize) {
        let block = &mut self.blocks[id];
        block.open = false;
        block.end_line = line;
        match block.kind {
            Kind::Paragraph => self.finalize_paragraph(id),
            Kind::Code(fence) => finalize_code(block, fence.is_some()),
            Kind::List(_) => self.finalize_list(id),
            Kind::Item(_) => {
                let last = block.children.last().copied();
                self.blocks[id].end_line = match last {
                    Some(last) => self.blocks[last].end_line,
                    None => self.blocks[id].start_line,
                };
            }
            _ => {}
        }
        self.tip = self.blocks[id].parent;
    }

    /// Takes the references that start paragraph `id`; one that held nothing else goes.
    fn finalize_paragraph(&mut self, id: usize) {
        if self.take_references(id) && self.blocks[id].text.is_empty() {
            let parent = self.blocks[id].parent;
            self.blocks[parent].children.retain(|c| *c != id);
        }
    }

    /// Takes the link reference definitions that start paragraph `id`; whether there were any.
    pub fn take_references(&mut self, id: usize) -> bool {
        let text = std::mem::take(&mut self.blocks[id].text);
        let mut at = 0;
        while text[at..].starts_with('[') {
            match reference_definition(&text[at..], &mut self.refs) {
                Some(len) => at += len,
                None => break,
            }
        }
        let rest = &text[at..];
        let blank = rest.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n'));
        self.blocks[id].text = if blank {
            String::new()
        } else {
            rest.to_string()
        };
        at > 0
    }

    /// Decides whether list `id` is tight: no item, and no block in an item, is followed by a
    /// blank line before its next sibling.
    fn finalize_list(&mut self, id: usize) {
        let gap = |ids: &[usize]| {
            ids.windows(2)
                .any(|w| self.blocks[w[0]].end_line + 1 < self.blocks[w[1]].start_line)
        };
        let items = &self.blocks[id].children;
        let loose = gap(items) || items.iter().any(|&i| gap(&self.blocks[i].children));
        let end = items.last().map(|&i| self.blocks[i].end_line);
        let block = &mut self.blocks[id];
        if let Kind::List(data) = &mut block.kind {
            data.tight = !loose;
        }
        block.end_line = end.unwrap_or(block.end_line);
    }
}

/// Fenced code's first line becomes its info string; indented code loses its trailing blank
/// lines.
fn finalize_code(block: &mut Block, fenced: bool) {
    if fenced {
        let (first, rest) = block.text.split_once('\n').unwrap_or((&block.text, ""));
        block.info = unescape(first.trim_matches([' ', '\t']));
        block.text = rest.to_string();
    } else {
        let kept = block.text.trim_end_matches([' ', '\t', '\n']).len();
        let end = block.text[kept..]
            .find('\n')
            .map_or(block.text.len(), |n| kept + n + 1);
        block.text.truncate(end);
    }
}
