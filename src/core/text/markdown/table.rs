//! GitHub tables in the notes: a header row, a delimiter row giving each column's alignment,
//! and body rows, every cell's text rendered inline and escaped.

use super::{inline, is_blank, trim_blanks};

/// The column count of a table whose header is at `at`, if the next line is its delimiter row.
pub(super) fn table_at(lines: &[&str], at: usize) -> Option<usize> {
    let (head, delimiter) = (lines[at], lines.get(at + 1)?);
    if !head.contains('|') || !delimiter.contains('-') {
        return None;
    }
    let columns = split_row(delimiter);
    let valid = columns.iter().all(|c| {
        let c = trim_blanks(c);
        let inner = c.trim_start_matches(':').trim_end_matches(':');
        !inner.is_empty() && inner.chars().all(|x| x == '-')
    });
    (valid && split_row(head).len() == columns.len()).then_some(columns.len())
}

/// A table row's cells, split on unescaped pipes, outer pipes dropped.
fn split_row(line: &str) -> Vec<String> {
    let t = trim_blanks(line);
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = if t.ends_with('|') && !t.ends_with("\\|") {
        &t[..t.len() - 1]
    } else {
        t
    };
    let mut cells = vec![String::new()];
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cells.last_mut().expect("a cell").push('|');
                chars.next();
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells
}

/// A row's cells, padded or cut to `columns`.
pub(super) fn cells(line: &str, columns: usize) -> Vec<String> {
    let mut cells = split_row(line);
    cells.resize(columns, String::new());
    cells.iter().map(|c| trim_blanks(c).to_string()).collect()
}

fn alignments(delimiter: &str) -> Vec<&'static str> {
    split_row(delimiter)
        .iter()
        .map(|c| {
            match (
                trim_blanks(c).starts_with(':'),
                trim_blanks(c).ends_with(':'),
            ) {
                (true, true) => " style=\"text-align: center\"",
                (true, false) => " style=\"text-align: left\"",
                (false, true) => " style=\"text-align: right\"",
                (false, false) => "",
            }
        })
        .collect()
}

pub(super) fn table(lines: &[&str], at: usize, columns: usize, out: &mut String) -> usize {
    let align = alignments(lines[at + 1]);
    let row = |line: &str, cell: &str, out: &mut String| {
        out.push_str("<tr>");
        for (text, style) in cells(line, columns).iter().zip(&align) {
            out.push_str(&format!("<{cell}{style}>{}</{cell}>", inline(text)));
        }
        out.push_str("</tr>\n");
    };
    out.push_str("<table>\n<thead>\n");
    row(lines[at], "th", out);
    out.push_str("</thead>\n<tbody>\n");
    let mut i = at + 2;
    while i < lines.len() && !is_blank(lines[i]) && lines[i].contains('|') {
        row(lines[i], "td", out);
        i += 1;
    }
    out.push_str("</tbody>\n</table>\n");
    i
}
