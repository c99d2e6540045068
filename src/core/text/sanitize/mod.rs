//! The allowlist sanitiser for HTML that comes from outside (an imported Anki field), and the
//! plain text of such HTML (for deck names and tags).
//!
//! What survives: text formatting and structure (`b strong i em u s del sub sup br p div span
//! code pre blockquote ul ol li table thead tbody tr th td h1`–`h6 hr`) without any attribute,
//! and `<a>` with an `href` only to http, https or mailto (the project's one safe-URL check,
//! `markdown::url`, relative targets refused). Script, style, iframe, object, form, svg, math,
//! template, noscript, select and the other raw-text elements go WITH their content; `input`,
//! `embed` and every other unknown element are unwrapped: the tag goes, its text stays. An image
//! becomes its alt text, or else its file name, in brackets (`<img src="x.jpg">` → `[x.jpg]`).
//! Comments, CDATA and `<!…>`/`<?…>` go. Text is written with its character references decoded
//! and `&`, `<`, `>`, `"` escaped, every kept element is closed, and an `href` is written as the
//! URL that was checked (percent-encoded, entity-escaped): the output holds no markup but the
//! allowlisted tags, so parsing it again gives the same output.

mod tokens;

use super::markdown::{decode_references, escape_into, is_safe_url, normalize_uri};
use tokens::{Token, Tokens, RAW_TEXT};

/// The elements kept, without attributes (`a` keeps a safe `href`).
const KEPT: [&str; 35] = [
    "a",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "del",
    "sub",
    "sup",
    "br",
    "p",
    "div",
    "span",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "tfoot",
    "caption",
];

/// The kept elements that have no content and no end tag.
const VOID: [&str; 2] = ["br", "hr"];

/// The kept elements that do not break a line of plain text.
const INLINE: [&str; 12] = [
    "a", "b", "strong", "i", "em", "u", "s", "del", "sub", "sup", "span", "code",
];

/// The elements dropped with their content (besides the raw-text ones, `tokens::RAW_TEXT`).
const DROPPED: [&str; 9] = [
    "svg",
    "math",
    "template",
    "object",
    "form",
    "select",
    "applet",
    "frameset",
    "plaintext",
];

/// What the walk over a fragment hands to its writer.
enum Piece<'a> {
    /// Text as written, character references not yet decoded.
    Text(&'a str),
    /// A kept element opens, with its checked `href` for a link.
    Open(&'static str, Option<String>),
    /// A kept element closes.
    Close(&'static str),
    /// An image, by its alt text or file name.
    Image(String),
}

/// `input` with only the allowlisted markup left, safe to insert into the page.
///
/// ```
/// use archdrill::core::text::sanitize::sanitize_html;
/// let html = sanitize_html("<b onclick=x>hi</b><script>alert(1)</script><img src=a.jpg>");
/// assert_eq!(html, "<b>hi</b>[a.jpg]");
/// ```
pub fn sanitize_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    walk(input, |piece| match piece {
        Piece::Text(text) => escape_into(&decode_references(text), &mut out),
        Piece::Image(label) => {
            out.push('[');
            escape_into(&label, &mut out);
            out.push(']');
        }
        Piece::Open(name, href) => {
            out.push('<');
            out.push_str(name);
            if let Some(href) = href {
                out.push_str(" href=\"");
                escape_into(&href, &mut out);
                out.push('"');
            }
            out.push('>');
        }
        Piece::Close(name) => {
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
    });
    out
}

/// The text a reader sees in `input` on one line: what [`sanitize_html`] keeps, tags dropped
/// (a block's edge becomes a space), references decoded, controls and runs of white space made
/// one space, trimmed. Plain text, to be escaped wherever it is shown as HTML.
///
/// ```
/// use archdrill::core::text::sanitize::html_to_text;
/// assert_eq!(html_to_text("<p>A &amp; B</p><p>C<script>x</script></p>"), "A & B C");
/// ```
pub fn html_to_text(input: &str) -> String {
    let mut text = String::with_capacity(input.len());
    walk(input, |piece| match piece {
        Piece::Text(raw) => text.push_str(&decode_references(raw)),
        Piece::Image(label) => {
            text.push('[');
            text.push_str(&label);
            text.push(']');
        }
        Piece::Open(name, _) | Piece::Close(name) => {
            if !INLINE.contains(&name) {
                text.push(' ');
            }
        }
    });
    one_line(&text)
}

/// `text` with controls and runs of white space made one space, trimmed.
fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the element `name` goes with its content (a raw-text element's content never
/// reaches the walk, the tokenizer skips it: here its tags go).
fn is_dropped(name: &str) -> bool {
    RAW_TEXT.contains(&name) || DROPPED.contains(&name)
}

/// Reads `input` and hands `emit` what survives, every kept element closed in order.
fn walk<'a>(input: &'a str, mut emit: impl FnMut(Piece<'a>)) {
    let mut open: Vec<&'static str> = Vec::new();
    let mut dropping: Option<(String, usize)> = None;
    for token in Tokens::new(input) {
        if let Some((name, depth)) = dropping.as_mut() {
            match &token {
                Token::Start(start, _) if start == name => *depth += 1,
                Token::End(end) if end == name => *depth -= 1,
                _ => {}
            }
            if *depth == 0 {
                dropping = None;
            }
            continue;
        }
        match token {
            Token::Text(text) => emit(Piece::Text(text)),
            Token::Start(name, _) if is_dropped(&name) => {
                dropping = Some((name, 1));
            }
            Token::Start(name, attrs) if name == "img" => {
                if let Some(label) = image_label(&attrs) {
                    emit(Piece::Image(label));
                }
            }
            Token::Start(name, attrs) => {
                if let Some(kept) = KEPT.into_iter().find(|kept| *kept == name) {
                    emit(Piece::Open(kept, safe_href(kept, &attrs)));
                    if !VOID.contains(&kept) {
                        open.push(kept);
                    }
                }
            }
            Token::End(name) => {
                if let Some(at) = open.iter().rposition(|kept| *kept == name) {
                    open.drain(at..)
                        .rev()
                        .for_each(|kept| emit(Piece::Close(kept)));
                }
            }
        }
    }
    open.into_iter()
        .rev()
        .for_each(|kept| emit(Piece::Close(kept)));
}

/// The value of the attribute `name`, its references decoded.
fn attribute(attrs: &[(String, &str)], name: &str) -> Option<String> {
    let (_, value) = attrs.iter().find(|(n, _)| n == name)?;
    Some(decode_references(value))
}

/// A link's target as it will be written, if `element` is a link and the target is safe.
fn safe_href(element: &str, attrs: &[(String, &str)]) -> Option<String> {
    let href = attribute(attrs, "href").filter(|_| element == "a")?;
    let url = normalize_uri(href.trim());
    is_safe_url(&url, false).then_some(url)
}

/// An image's label: its alt text, or else the file name of a source without a scheme.
fn image_label(attrs: &[(String, &str)]) -> Option<String> {
    let alt = attribute(attrs, "alt").map(|alt| one_line(&alt));
    if let Some(alt) = alt.filter(|alt| !alt.is_empty()) {
        return Some(alt);
    }
    let src = attribute(attrs, "src")?;
    let name = src.rsplit('/').next()?.trim();
    (!name.is_empty() && !src.contains(':')).then(|| one_line(name))
}
