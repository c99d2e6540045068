//! Markdown to safe HTML for the learner's interview notes (card and interview text is
//! rendered at build time, see `build/render.rs`). A small CommonMark subset: paragraphs,
//! `#` headings, fenced code, `>` quotes, nested `-`/`1.` lists, GitHub tables, rules, code
//! spans, `**strong**`, `*em*`, `~~strike~~`, links and hard breaks. Everything the learner
//! types is escaped; raw HTML shows as text, links keep only http(s), mailto and relative
//! targets, and images show their alt text (notes never fetch anything).

mod inline;
mod table;

use inline::inline;
use table::{cells, table, table_at};
/// Renders notes to HTML that is safe to insert into the page.
///
/// ```
/// use archdrill::core::text::markdown::to_safe_html;
/// let html = to_safe_html("**hi** <img src=x onerror=alert(1)>");
/// assert_eq!(html, "<p><strong>hi</strong> &lt;img src=x onerror=alert(1)&gt;</p>\n");
/// ```
pub fn to_safe_html(markdown: &str) -> String {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    blocks(&lines, &mut out);
    out
}

/// The header cells of the first table in `markdown`, as plain text joined by " | ".
///
/// ```
/// use archdrill::core::text::markdown::first_table_header;
/// assert_eq!(first_table_header("x\n\n| **a** | b |\n|---|---|\n| 1 | 2 |").as_deref(), Some("a | b"));
/// ```
pub fn first_table_header(markdown: &str) -> Option<String> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut at = 0;
    while at < lines.len() {
        if let Some(fence) = fence_of(lines[at]) {
            at = fenced_code_end(&lines, at, fence);
        } else if let Some(columns) = table_at(&lines, at) {
            let cells = cells(lines[at], columns);
            return Some(
                cells
                    .iter()
                    .map(|c| plain_text(&inline(c)))
                    .collect::<Vec<_>>()
                    .join(" | "),
            );
        } else {
            at += 1;
        }
    }
    None
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

pub(super) fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

pub(super) fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => matches!(scheme, "http" | "https" | "mailto"),
        _ => true,
    }
}

// ---- blocks ---------------------------------------------------------------------------------

/// The bytes of leading spaces and tabs, the only characters CommonMark reads as indentation.
fn indent_of(line: &str) -> usize {
    line.bytes()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count()
}

/// A line of nothing but spaces and tabs (other Unicode whitespace is text).
fn is_blank(line: &str) -> bool {
    indent_of(line) == line.len()
}

/// `line` without its leading spaces and tabs.
fn unindented(line: &str) -> &str {
    &line[indent_of(line)..]
}

/// `line` without its leading and trailing spaces and tabs.
fn trim_blanks(line: &str) -> &str {
    unindented(line).trim_end_matches([' ', '\t'])
}

/// A fence's character and length, for a line that opens fenced code.
fn fence_of(line: &str) -> Option<(char, usize)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let c = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = trimmed.chars().take_while(|x| *x == c).count();
    (n >= 3 && !(c == '`' && trimmed[n..].contains('`'))).then_some((c, n))
}

/// The line of the fence that closes the fenced code opening at `at`, if it is closed.
fn closing_fence(lines: &[&str], at: usize, (c, n): (char, usize)) -> Option<usize> {
    let closes = |l: &&str| {
        let t = trim_blanks(l);
        t.len() >= n && t.chars().all(|x| x == c)
    };
    lines[at + 1..].iter().position(closes).map(|i| at + 1 + i)
}

/// The line after the fenced code that opens at `at` (after its closing fence, or the end).
fn fenced_code_end(lines: &[&str], at: usize, fence: (char, usize)) -> usize {
    closing_fence(lines, at, fence).map_or(lines.len(), |i| i + 1)
}

fn heading_of(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start_matches(' ');
    let level = trimmed.chars().take_while(|c| *c == '#').count();
    let rest = &trimmed[level..];
    ((1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| (level, trim_blanks(trim_blanks(rest).trim_end_matches('#'))))
}

fn is_rule(line: &str) -> bool {
    let t: String = line.chars().filter(|c| *c != ' ').collect();
    t.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|m| t.chars().all(|c| c.to_string() == *m))
}

/// A list item's marker: (indent, ordered start number if ordered, content column).
fn list_marker(line: &str) -> Option<(usize, Option<u32>, usize)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    let (start, marker_len) = if rest.starts_with(['-', '*', '+']) {
        (None, 1)
    } else {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let delimiter = rest[digits..].chars().next();
        if !(1..=9).contains(&digits) || !matches!(delimiter, Some('.' | ')')) {
            return None;
        }
        (rest[..digits].parse().ok(), digits + 1)
    };
    let after = &rest[marker_len..];
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let gap = (after.len() - after.trim_start_matches(' ').len()).clamp(1, 4);
    Some((indent, start, indent + marker_len + gap))
}

/// Whether `line` starts a block other than a paragraph (so it ends one).
fn interrupts(lines: &[&str], at: usize) -> bool {
    let line = lines[at];
    is_blank(line)
        || fence_of(line).is_some()
        || heading_of(line).is_some()
        || unindented(line).starts_with('>')
        || is_rule(line)
        || list_marker(line).is_some()
        || table_at(lines, at).is_some()
}

fn blocks(lines: &[&str], out: &mut String) {
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        if is_blank(line) {
            at += 1;
        } else if let Some(fence) = fence_of(line) {
            at = code_block(lines, at, fence, out);
        } else if let Some((level, text)) = heading_of(line) {
            out.push_str(&format!("<h{level}>{}</h{level}>\n", inline(text)));
            at += 1;
        } else if is_rule(line) {
            out.push_str("<hr />\n");
            at += 1;
        } else if unindented(line).starts_with('>') {
            at = quote(lines, at, out);
        } else if let Some(marker) = list_marker(line) {
            at = list(lines, at, marker, out);
        } else if let Some(columns) = table_at(lines, at) {
            at = table(lines, at, columns, out);
        } else {
            let end = (at + 1..lines.len())
                .find(|&i| interrupts(lines, i))
                .unwrap_or(lines.len());
            paragraph(&lines[at..end], out);
            at = end;
        }
    }
}

fn paragraph(lines: &[&str], out: &mut String) {
    out.push_str("<p>");
    for (i, line) in lines.iter().enumerate() {
        let last = i + 1 == lines.len();
        let hard = !last && (line.ends_with("  ") || line.ends_with('\\'));
        let text = if hard {
            line.trim_end_matches([' ', '\t']).trim_end_matches('\\')
        } else {
            trim_blanks(line)
        };
        out.push_str(&inline(unindented(text)));
        out.push_str(if last {
            ""
        } else if hard {
            "<br />\n"
        } else {
            "\n"
        });
    }
    out.push_str("</p>\n");
}

fn code_block(lines: &[&str], at: usize, fence: (char, usize), out: &mut String) -> usize {
    let end = fenced_code_end(lines, at, fence);
    let info = trim_blanks(lines[at])[fence.1..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    out.push_str("<pre><code");
    if !info.is_empty() {
        out.push_str(" class=\"language-");
        escape_into(info, out);
        out.push('"');
    }
    out.push('>');
    let body_end = closing_fence(lines, at, fence).unwrap_or(lines.len());
    for line in &lines[at + 1..body_end] {
        escape_into(line, out);
        out.push('\n');
    }
    out.push_str("</code></pre>\n");
    end
}

fn quote(lines: &[&str], at: usize, out: &mut String) -> usize {
    let mut inner = Vec::new();
    let mut i = at;
    while i < lines.len() && unindented(lines[i]).starts_with('>') {
        let rest = &unindented(lines[i])[1..];
        inner.push(rest.strip_prefix(' ').unwrap_or(rest));
        i += 1;
    }
    out.push_str("<blockquote>\n");
    blocks(&inner, out);
    out.push_str("</blockquote>\n");
    i
}

fn list(
    lines: &[&str],
    at: usize,
    (indent, start, _): (usize, Option<u32>, usize),
    out: &mut String,
) -> usize {
    let ordered = start.is_some();
    match start {
        Some(n) if n != 1 => out.push_str(&format!("<ol start=\"{n}\">\n")),
        Some(_) => out.push_str("<ol>\n"),
        None => out.push_str("<ul>\n"),
    }
    let mut items: Vec<Vec<&str>> = Vec::new();
    let mut loose = false;
    let mut i = at;
    while i < lines.len() {
        let line = lines[i];
        match list_marker(line) {
            Some((ind, s, content)) if ind == indent && s.is_some() == ordered => {
                items.push(vec![line.get(content..).unwrap_or("")]);
                i += 1;
            }
            _ if is_blank(line) => {
                // a blank line continues the list only if more of it follows
                let next = lines[i + 1..]
                    .iter()
                    .position(|l| !is_blank(l))
                    .map(|p| i + 1 + p);
                let continues = next.is_some_and(|n| {
                    let l = lines[n];
                    let deeper = indent_of(l) > indent;
                    deeper
                        || list_marker(l)
                            .is_some_and(|(ind, s, _)| ind == indent && s.is_some() == ordered)
                });
                if !continues {
                    break;
                }
                loose = true;
                items.last_mut().expect("an item").push("");
                i += 1;
            }
            _ if indent_of(line) > indent => {
                let item = items.last_mut().expect("an item");
                let strip = indent_of(line).min(indent + 2);
                item.push(&line[strip..]);
                i += 1;
            }
            _ if !interrupts(lines, i) => {
                items.last_mut().expect("an item").push(unindented(line));
                i += 1;
            }
            _ => break,
        }
    }
    for item in &items {
        let mut inner = String::new();
        blocks(item, &mut inner);
        out.push_str("<li>");
        if loose {
            out.push('\n');
            out.push_str(&inner);
        } else {
            out.push_str(&tighten(&inner));
        }
        out.push_str("</li>\n");
    }
    out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
    i
}

/// A tight list item's HTML: its paragraphs without `<p>` wrappers.
fn tighten(html: &str) -> String {
    html.replace("<p>", "")
        .replace("</p>\n", "\n")
        .trim_end_matches('\n')
        .to_string()
}

// ---- inlines --------------------------------------------------------------------------------
