//! Writes the block tree as HTML, in the layout of CommonMark's reference renderer: a line
//! break after every block, and a tight list's paragraphs without `<p>`.

use super::escape_into;
use super::inline::{self, Refs};
use super::table;
use super::tree::{Block, Kind};

/// Writes the document (block 0) and everything in it.
pub(super) fn document(blocks: &[Block], refs: &Refs, out: &mut String) {
    children(blocks, 0, refs, false, out);
}

/// Writes the children of block `id`; `tight` when `id` is an item of a tight list.
fn children(blocks: &[Block], id: usize, refs: &Refs, tight: bool, out: &mut String) {
    for &child in &blocks[id].children {
        block(blocks, child, refs, tight, out);
    }
}

/// Starts a new line unless the output is empty or already at one.
fn line_break(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Writes block `id`; `tight` when it is directly in an item of a tight list.
fn block(blocks: &[Block], id: usize, refs: &Refs, tight: bool, out: &mut String) {
    let block = &blocks[id];
    match &block.kind {
        Kind::Document => children(blocks, id, refs, false, out),
        Kind::Quote => {
            line_break(out);
            out.push_str("<blockquote>\n");
            children(blocks, id, refs, false, out);
            line_break(out);
            out.push_str("</blockquote>\n");
        }
        Kind::List(data) => {
            line_break(out);
            let tag = if data.ordered { "ol" } else { "ul" };
            out.push('<');
            out.push_str(tag);
            if data.ordered && data.start != 1 {
                out.push_str(" start=\"");
                out.push_str(&data.start.to_string());
                out.push('"');
            }
            out.push_str(">\n");
            children(blocks, id, refs, data.tight, out);
            line_break(out);
            out.push_str(if data.ordered { "</ol>\n" } else { "</ul>\n" });
        }
        Kind::Item(_) => {
            out.push_str("<li>");
            children(blocks, id, refs, tight, out);
            out.push_str("</li>\n");
        }
        Kind::Paragraph if tight => inline::render(&block.text, refs, out),
        Kind::Paragraph => wrapped(out, "p", |out| inline::render(&block.text, refs, out)),
        Kind::Heading(level) => {
            let tag = ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(*level).clamp(1, 6) - 1];
            wrapped(out, tag, |out| inline::render(&block.text, refs, out));
        }
        Kind::Code(_) => code(block, out),
        Kind::Rule => {
            line_break(out);
            out.push_str("<hr />\n");
        }
        Kind::Table(align) => {
            line_break(out);
            table::render(block, align, refs, out);
        }
    }
}

/// Writes `<tag>`, what `inner` writes, and `</tag>` on a line of their own.
fn wrapped(out: &mut String, tag: &str, inner: impl FnOnce(&mut String)) {
    line_break(out);
    out.push('<');
    out.push_str(tag);
    out.push('>');
    inner(out);
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
}

/// Writes a code block, its language (the info string's first word) as a class.
fn code(block: &Block, out: &mut String) {
    line_break(out);
    out.push_str("<pre><code");
    if let Some(language) = block
        .info
        .split([' ', '\t'])
        .next()
        .filter(|l| !l.is_empty())
    {
        out.push_str(" class=\"language-");
        escape_into(language, out);
        out.push('"');
    }
    out.push('>');
    escape_into(&block.text, out);
    out.push_str("</code></pre>\n");
}
