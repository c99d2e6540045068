//! Markdown to safe HTML for the learner's interview notes (card and interview text is
//! rendered at build time, see `build/render.rs`). CommonMark's blocks and inlines — headings,
//! paragraphs, quotes, nested lists, fenced and indented code, thematic breaks, code spans,
//! emphasis, links (inline, reference and autolinks), character references, escapes and hard
//! breaks — plus GitHub tables and `~~strike~~`. Everything the learner types is escaped: raw
//! HTML shows as text, links keep only http(s), mailto and relative targets, and images show
//! their alt text (notes never fetch anything). Quotes and list items nest at most
//! [`MAX_NESTING`] deep, and every step is linear or capped, so any input renders quickly.

mod blocks;
mod inline;
mod line;
mod render;
mod starts;
mod table;
mod tree;
mod url;

pub(crate) use inline::decode_references;
pub(crate) use url::{is_safe_url, normalize_uri};

use tree::Kind;

/// How deep quotes and list items may nest; the markers of deeper ones are read as text.
pub const MAX_NESTING: usize = 16;

/// Renders notes to HTML that is safe to insert into the page.
///
/// ```
/// use archdrill::core::text::markdown::to_safe_html;
/// let html = to_safe_html("**hi** <img src=x onerror=alert(1)>");
/// assert_eq!(html, "<p><strong>hi</strong> &lt;img src=x onerror=alert(1)&gt;</p>\n");
/// ```
pub fn to_safe_html(markdown: &str) -> String {
    let (blocks, refs) = blocks::parse(markdown);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    render::document(&blocks, &refs, &mut out);
    out
}

/// The header cells of the first table in `markdown`, as plain text joined by " | ".
///
/// ```
/// use archdrill::core::text::markdown::first_table_header;
/// assert_eq!(first_table_header("x\n\n| **a** | b |\n|---|---|\n| 1 | 2 |").as_deref(), Some("a | b"));
/// ```
pub fn first_table_header(markdown: &str) -> Option<String> {
    let (blocks, refs) = blocks::parse(markdown);
    blocks.iter().find_map(|block| match &block.kind {
        Kind::Table(align) => Some(table::header_text(block, align.len(), &refs)),
        _ => None,
    })
}

/// The text of an HTML fragment: tags dropped, the entities this module writes decoded.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Writes `text` with the characters that HTML reads as markup (`&`, `<`, `>`, `"`) escaped.
pub(crate) fn escape_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "&quot;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}
