//! The blocks a line may start, tried in CommonMark's order: quotes, ATX headings, fenced
//! code, setext headings and GitHub tables (both under a paragraph), thematic breaks, list
//! items and indented code. Quotes and list items are opened only `MAX_NESTING` deep: deeper
//! markers are left as text.

use super::blocks::Parser;
use super::line::Cursor;
use super::table;
use super::tree::{Fence, Kind, ListData};
use super::MAX_NESTING;

/// What trying the block starts did with the line.
pub(super) enum Start {
    /// No block starts here.
    None,
    /// A quote or list item opened: more blocks may start inside it.
    Container,
    /// A leaf block opened: what is left of the line is its text.
    Leaf,
    /// A block took the whole line.
    Done,
}

/// One block start: tries to open its block on the line inside a container.
type TryStart = fn(&mut Parser, &mut Cursor, usize) -> Start;

/// Tries the block starts on the line inside `container`; the first that matches wins.
pub(super) fn try_starts(p: &mut Parser, cur: &mut Cursor, container: usize) -> Start {
    const STARTS: [TryStart; 8] = [
        quote,
        atx_heading,
        fenced_code,
        setext_heading,
        table_rows,
        thematic_break,
        list_item,
        indented_code,
    ];
    for start in STARTS {
        let started = start(p, cur, container);
        if !matches!(started, Start::None) {
            return started;
        }
    }
    Start::None
}

/// `>`: a block quote, unless it would nest too deep.
fn quote(p: &mut Parser, cur: &mut Cursor, container: usize) -> Start {
    let deep = p.blocks[container].depth >= MAX_NESTING;
    if cur.indented || deep || cur.byte(cur.next_nonspace) != Some(b'>') {
        return Start::None;
    }
    cur.advance_next_nonspace();
    cur.advance(1, false);
    if matches!(cur.byte(cur.offset), Some(b' ' | b'\t')) {
        cur.advance(1, true);
    }
    p.close_unmatched();
    p.add_child(Kind::Quote);
    Start::Container
}

/// `#` to `######` and a blank or the line's end: a heading.
fn atx_heading(p: &mut Parser, cur: &mut Cursor, _: usize) -> Start {
    let rest = cur.rest();
    let level = rest.bytes().take_while(|b| *b == b'#').count();
    let spaced = matches!(rest.as_bytes().get(level), None | Some(b' ' | b'\t'));
    if cur.indented || !(1..=6).contains(&level) || !spaced {
        return Start::None;
    }
    p.close_unmatched();
    let id = p.add_child(Kind::Heading(level as u8));
    p.blocks[id].text = heading_text(&rest[level..]).to_string();
    cur.advance_to_end();
    Start::Leaf
}

/// An ATX heading's content: blanks and a closing run of `#` (after a blank) dropped.
fn heading_text(text: &str) -> &str {
    let text = text.trim_matches([' ', '\t']);
    let open = text.trim_end_matches('#');
    if open.is_empty() {
        ""
    } else if open.ends_with([' ', '\t']) {
        open.trim_end_matches([' ', '\t'])
    } else {
        text
    }
}

/// Three or more `` ` `` or `~`: fenced code (a backtick fence's info has no backtick).
fn fenced_code(p: &mut Parser, cur: &mut Cursor, _: usize) -> Start {
    let rest = cur.rest();
    let Some(ch @ (b'`' | b'~')) = rest.bytes().next() else {
        return Start::None;
    };
    let len = rest.bytes().take_while(|b| *b == ch).count();
    if cur.indented || len < 3 || (ch == b'`' && rest[len..].contains('`')) {
        return Start::None;
    }
    p.close_unmatched();
    let offset = cur.indent;
    p.add_child(Kind::Code(Some(Fence { ch, len, offset })));
    cur.advance_next_nonspace();
    cur.advance(len, false);
    Start::Leaf
}

/// A run of `=` or `-` under a paragraph: the paragraph is a heading.
fn setext_heading(p: &mut Parser, cur: &mut Cursor, container: usize) -> Start {
    let rest = cur.rest().trim_end_matches([' ', '\t']);
    let level = match rest.bytes().next() {
        Some(b'=') => 1,
        Some(b'-') => 2,
        _ => return Start::None,
    };
    let paragraph = matches!(p.blocks[container].kind, Kind::Paragraph);
    if cur.indented || !paragraph || !rest.bytes().all(|b| b == rest.as_bytes()[0]) {
        return Start::None;
    }
    p.close_unmatched();
    p.take_references(container);
    if p.blocks[container].text.is_empty() {
        return Start::None;
    }
    p.blocks[container].kind = Kind::Heading(level);
    cur.advance_to_end();
    Start::Leaf
}

/// A delimiter row under a paragraph whose last line has as many cells: that line is a
/// table's header.
fn table_rows(p: &mut Parser, cur: &mut Cursor, container: usize) -> Start {
    if cur.indented || !matches!(p.blocks[container].kind, Kind::Paragraph) {
        return Start::None;
    }
    let text = p.blocks[container].text.trim_end_matches('\n');
    let header_at = text.rfind('\n').map_or(0, |i| i + 1);
    let Some(align) = table::columns(&text[header_at..], cur.rest()) else {
        return Start::None;
    };
    p.close_unmatched();
    let header = p.blocks[container].text.split_off(header_at);
    let id = if header_at == 0 {
        p.blocks[container].kind = Kind::Table(align);
        container
    } else {
        p.finalize(container, p.line_number - 2);
        let id = p.add_child(Kind::Table(align));
        p.blocks[id].start_line = p.line_number - 1;
        id
    };
    p.blocks[id].text = header;
    cur.advance_to_end();
    Start::Done
}

/// Three or more `*`, `-` or `_` alone (blanks between): a thematic break.
fn thematic_break(p: &mut Parser, cur: &mut Cursor, _: usize) -> Start {
    let rest = cur.rest();
    let Some(c @ (b'*' | b'-' | b'_')) = rest.bytes().next() else {
        return Start::None;
    };
    let only = rest.bytes().all(|b| b == c || b == b' ' || b == b'\t');
    if cur.indented || !only || rest.bytes().filter(|b| *b == c).count() < 3 {
        return Start::None;
    }
    p.close_unmatched();
    p.add_child(Kind::Rule);
    cur.advance_to_end();
    Start::Leaf
}

/// A bullet or a number and `.` or `)`: a list item (and its list, unless it continues one),
/// unless it would nest too deep.
fn list_item(p: &mut Parser, cur: &mut Cursor, container: usize) -> Start {
    let kind = &p.blocks[container].kind;
    let deep = p.blocks[container].depth >= MAX_NESTING;
    if deep {
        return Start::None;
    }
    let in_paragraph = matches!(kind, Kind::Paragraph);
    let Some(data) = list_marker(cur, in_paragraph) else {
        return Start::None;
    };
    p.close_unmatched();
    let continues = matches!(&p.blocks[p.tip].kind,
        Kind::List(list) if list.ordered == data.ordered && list.marker == data.marker);
    if !continues {
        p.add_child(Kind::List(data));
    }
    p.add_child(Kind::Item(data));
    Start::Container
}

/// Reads a list marker and the blanks after it; where the item's content starts.
fn list_marker(cur: &mut Cursor, in_paragraph: bool) -> Option<ListData> {
    let rest = cur.rest().as_bytes();
    if cur.indented {
        return None;
    }
    let (ordered, start, len) = match rest.first()? {
        b'*' | b'+' | b'-' => (false, 1, 1),
        _ => {
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            let start: u32 = cur.rest()[..digits].parse().ok()?;
            let delimited = matches!(rest.get(digits), Some(b'.' | b')'));
            if digits > 9 || !delimited || (in_paragraph && start != 1) {
                return None;
            }
            (true, start, digits + 1)
        }
    };
    let after = &rest[len..];
    let blank_after = after.iter().all(|b| *b == b' ' || *b == b'\t');
    if !matches!(after.first(), None | Some(b' ' | b'\t')) || (in_paragraph && blank_after) {
        return None;
    }
    let (marker, marker_offset) = (rest[len - 1], cur.indent);
    cur.advance_next_nonspace();
    cur.advance(len, true);
    let (column, offset) = (cur.column, cur.offset);
    loop {
        cur.advance(1, true);
        let blank = matches!(cur.byte(cur.offset), Some(b' ' | b'\t'));
        if !blank || cur.column - column >= 5 {
            break;
        }
    }
    let spaces = cur.column - column;
    let padding = if !(1..5).contains(&spaces) || cur.byte(cur.offset).is_none() {
        (cur.column, cur.offset, cur.partial_tab) = (column, offset, false);
        if matches!(cur.byte(cur.offset), Some(b' ' | b'\t')) {
            cur.advance(1, true);
        }
        len + 1
    } else {
        len + spaces
    };
    Some(ListData {
        ordered,
        marker,
        start,
        marker_offset,
        padding,
        tight: true, // until the list is closed (`blocks.rs`)
    })
}

/// Four columns of indentation, not under a paragraph: indented code.
fn indented_code(p: &mut Parser, cur: &mut Cursor, _: usize) -> Start {
    let under_text = matches!(p.blocks[p.tip].kind, Kind::Paragraph | Kind::Table(_));
    if !cur.indented || cur.blank || under_text {
        return Start::None;
    }
    cur.advance(4, true);
    p.close_unmatched();
    p.add_child(Kind::Code(None));
    Start::Leaf
}
