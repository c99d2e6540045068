//! GitHub tables in the notes: a header row, a delimiter row giving each column's alignment
//! (a pipe in one of the two), and body rows up to a blank line or another block, every
//! cell's text rendered inline and escaped.

use super::inline::{self, Refs};
use super::plain_text;
use super::tree::{Align, Block};

/// The column alignments of a table with this header row and delimiter row, if they make one.
pub(super) fn columns(header: &str, delimiter: &str) -> Option<Vec<Align>> {
    if !header.contains('|') && !delimiter.contains('|') {
        return None;
    }
    let align = split_row(delimiter)
        .iter()
        .map(|cell| alignment(cell.trim_matches([' ', '\t'])))
        .collect::<Option<Vec<_>>>()?;
    (split_row(header).len() == align.len()).then_some(align)
}

/// A delimiter cell's alignment: `-`s with an optional colon at either end.
fn alignment(cell: &str) -> Option<Align> {
    let left = cell.starts_with(':');
    let right = cell.len() > 1 && cell.ends_with(':');
    let dashes = &cell[usize::from(left)..cell.len() - usize::from(right)];
    if dashes.is_empty() || !dashes.bytes().all(|b| b == b'-') {
        return None;
    }
    Some(match (left, right) {
        (true, true) => Align::Center,
        (true, false) => Align::Left,
        (false, true) => Align::Right,
        (false, false) => Align::None,
    })
}

/// A row's cells, split on unescaped pipes, outer pipes dropped, `\|` read as `|`.
fn split_row(line: &str) -> Vec<String> {
    let t = line.trim_matches([' ', '\t', '\n']);
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = match t.strip_suffix('|') {
        Some(inner) if !inner.ends_with('\\') => inner,
        _ => t,
    };
    let mut cells = vec![String::new()];
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        let cell = cells.last_mut().expect("a cell");
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(String::new()),
            c => cell.push(c),
        }
    }
    cells
}

/// A row's cells, trimmed, padded or cut to `columns`.
fn cells(line: &str, columns: usize) -> Vec<String> {
    let mut cells = split_row(line);
    cells.resize(columns, String::new());
    cells
        .iter()
        .map(|c| c.trim_matches([' ', '\t']).to_string())
        .collect()
}

/// Writes table `block`, whose columns are aligned as `align` says.
pub(super) fn render(block: &Block, align: &[Align], refs: &Refs, out: &mut String) {
    let mut rows = block.text.lines();
    out.push_str("<table>\n<thead>\n");
    row(rows.next().unwrap_or(""), "th", align, refs, out);
    out.push_str("</thead>\n<tbody>\n");
    for line in rows {
        row(line, "td", align, refs, out);
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Writes one row, each cell a `cell` element.
fn row(line: &str, cell: &str, align: &[Align], refs: &Refs, out: &mut String) {
    out.push_str("<tr>");
    for (text, align) in cells(line, align.len()).iter().zip(align) {
        out.push('<');
        out.push_str(cell);
        out.push_str(match align {
            Align::None => "",
            Align::Left => " style=\"text-align: left\"",
            Align::Center => " style=\"text-align: center\"",
            Align::Right => " style=\"text-align: right\"",
        });
        out.push('>');
        inline::render(text, refs, out);
        out.push_str("</");
        out.push_str(cell);
        out.push('>');
    }
    out.push_str("</tr>\n");
}

/// The header cells of table `block` as plain text joined by " | ".
pub(super) fn header_text(block: &Block, columns: usize, refs: &Refs) -> String {
    let header = block.text.lines().next().unwrap_or("");
    let texts: Vec<String> = cells(header, columns)
        .iter()
        .map(|cell| {
            let mut html = String::new();
            inline::render(cell, refs, &mut html);
            plain_text(&html)
        })
        .collect();
    texts.join(" | ")
}
