//! Markdown to safe HTML for the learner's interview notes (card and interview text is
//! rendered at build time, see `build/render.rs`). A small CommonMark subset: paragraphs,
//! `#` headings, fenced code, `>` quotes, nested `-`/`1.` lists, GitHub tables, rules, code
//! spans, `**strong**`, `*em*`, `~~strike~~`, links and hard breaks. Everything the learner
//! types is escaped; raw HTML shows as text, links keep only http(s), mailto and relative
//! targets, and images show their alt text (notes never fetch anything).

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

fn escape_into(text: &str, out: &mut String) {
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

fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => matches!(scheme, "http" | "https" | "mailto"),
        _ => true,
    }
}

// ---- blocks ---------------------------------------------------------------------------------

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
        let t = l.trim();
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
        .then(|| (level, rest.trim().trim_end_matches('#').trim_end()))
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

/// The column count of a table whose header is at `at`, if the next line is its delimiter row.
fn table_at(lines: &[&str], at: usize) -> Option<usize> {
    let (head, delimiter) = (lines[at], lines.get(at + 1)?);
    if !head.contains('|') || !delimiter.contains('-') {
        return None;
    }
    let columns = split_row(delimiter);
    let valid = columns.iter().all(|c| {
        let c = c.trim();
        let inner = c.trim_start_matches(':').trim_end_matches(':');
        !inner.is_empty() && inner.chars().all(|x| x == '-')
    });
    (valid && split_row(head).len() == columns.len()).then_some(columns.len())
}

/// A table row's cells, split on unescaped pipes, outer pipes dropped.
fn split_row(line: &str) -> Vec<String> {
    let t = line.trim();
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
fn cells(line: &str, columns: usize) -> Vec<String> {
    let mut cells = split_row(line);
    cells.resize(columns, String::new());
    cells.iter().map(|c| c.trim().to_string()).collect()
}

fn alignments(delimiter: &str) -> Vec<&'static str> {
    split_row(delimiter)
        .iter()
        .map(
            |c| match (c.trim().starts_with(':'), c.trim().ends_with(':')) {
                (true, true) => " style=\"text-align: center\"",
                (true, false) => " style=\"text-align: left\"",
                (false, true) => " style=\"text-align: right\"",
                (false, false) => "",
            },
        )
        .collect()
}

/// Whether `line` starts a block other than a paragraph (so it ends one).
fn interrupts(lines: &[&str], at: usize) -> bool {
    let line = lines[at];
    line.trim().is_empty()
        || fence_of(line).is_some()
        || heading_of(line).is_some()
        || line.trim_start().starts_with('>')
        || is_rule(line)
        || list_marker(line).is_some()
        || table_at(lines, at).is_some()
}

fn blocks(lines: &[&str], out: &mut String) {
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at];
        if line.trim().is_empty() {
            at += 1;
        } else if let Some(fence) = fence_of(line) {
            at = code_block(lines, at, fence, out);
        } else if let Some((level, text)) = heading_of(line) {
            out.push_str(&format!("<h{level}>{}</h{level}>\n", inline(text)));
            at += 1;
        } else if is_rule(line) {
            out.push_str("<hr />\n");
            at += 1;
        } else if line.trim_start().starts_with('>') {
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
            line.trim_end().trim_end_matches('\\')
        } else {
            line.trim()
        };
        out.push_str(&inline(text.trim_start()));
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
    let info = lines[at].trim()[fence.1..]
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
    while i < lines.len() && lines[i].trim_start().starts_with('>') {
        let rest = &lines[i].trim_start()[1..];
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
            _ if line.trim().is_empty() => {
                // a blank line continues the list only if more of it follows
                let next = lines[i + 1..]
                    .iter()
                    .position(|l| !l.trim().is_empty())
                    .map(|p| i + 1 + p);
                let continues = next.is_some_and(|n| {
                    let l = lines[n];
                    let deeper = l.len() - l.trim_start().len() > indent;
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
            _ if line.len() - line.trim_start().len() > indent => {
                let item = items.last_mut().expect("an item");
                let strip = (line.len() - line.trim_start().len()).min(indent + 2);
                item.push(&line[strip..]);
                i += 1;
            }
            _ if !interrupts(lines, i) => {
                items.last_mut().expect("an item").push(line.trim_start());
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

fn table(lines: &[&str], at: usize, columns: usize, out: &mut String) -> usize {
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
    while i < lines.len() && !lines[i].trim().is_empty() && lines[i].contains('|') {
        row(lines[i], "td", out);
        i += 1;
    }
    out.push_str("</tbody>\n</table>\n");
    i
}

// ---- inlines --------------------------------------------------------------------------------

/// Inline Markdown of one block's text to HTML.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    inline_into(text, &mut out);
    out
}

fn inline_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let consumed = match c {
            '\\' => escaped(rest, out),
            '`' => code_span(rest, out),
            '*' | '_' | '~' => emphasis(rest, c, out),
            '[' => link(rest, false, out),
            '!' if rest[1..].starts_with('[') => link(&rest[1..], true, out).map(|n| n + 1),
            _ => None,
        };
        let n = consumed.unwrap_or_else(|| {
            let n = c.len_utf8();
            escape_into(&rest[..n], out);
            n
        });
        rest = &rest[n..];
    }
}

fn escaped(rest: &str, out: &mut String) -> Option<usize> {
    let next = rest[1..]
        .chars()
        .next()
        .filter(char::is_ascii_punctuation)?;
    escape_into(&next.to_string(), out);
    Some(2)
}

fn code_span(rest: &str, out: &mut String) -> Option<usize> {
    let ticks = rest.chars().take_while(|c| *c == '`').count();
    let fence = &rest[..ticks];
    let mut search = ticks;
    while let Some(found) = rest[search..].find(fence) {
        let close = search + found;
        let run = rest[close..].chars().take_while(|c| *c == '`').count();
        if run == ticks {
            let body = rest[ticks..close].replace('\n', " ");
            let body = match body.strip_prefix(' ').and_then(|b| b.strip_suffix(' ')) {
                Some(inner) if !inner.trim().is_empty() => inner.to_string(),
                _ => body,
            };
            out.push_str("<code>");
            escape_into(&body, out);
            out.push_str("</code>");
            return Some(close + ticks);
        }
        search = close + run;
    }
    None
}

fn emphasis(rest: &str, c: char, out: &mut String) -> Option<usize> {
    let run = rest.chars().take_while(|x| *x == c).count();
    let (n, tags) = match (c, run) {
        ('~', 2..) => (2, ("<del>", "</del>")),
        ('~', _) => return None,
        (_, 2..) => (2, ("<strong>", "</strong>")),
        _ => (1, ("<em>", "</em>")),
    };
    let delimiter = &rest[..n];
    let after = rest[n..].chars().next()?;
    if after.is_whitespace() || after == c {
        return None;
    }
    let mut search = n;
    while let Some(found) = rest[search..].find(delimiter) {
        let close = search + found;
        let before = rest[..close].chars().next_back()?;
        let following = rest[close + n..].chars().next();
        let closes_here = !before.is_whitespace()
            && following != Some(c)
            && !(c == '_' && following.is_some_and(char::is_alphanumeric));
        if closes_here && close > n {
            out.push_str(tags.0);
            inline_into(&rest[n..close], out);
            out.push_str(tags.1);
            return Some(close + n);
        }
        search = close + rest[close..].chars().take_while(|x| *x == c).count();
    }
    None
}

/// `[text](url)` (or, with `image`, `![alt](url)` shown as its alt text).
fn link(rest: &str, image: bool, out: &mut String) -> Option<usize> {
    let mut depth = 0;
    let close = rest.char_indices().find_map(|(i, ch)| {
        match ch {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        None
    })?;
    let target = rest[close + 1..].strip_prefix('(')?;
    // the destination may hold balanced parentheses: `(https://e.com/a_(b))`
    let mut open = 0;
    let end = target.char_indices().find_map(|(i, ch)| match ch {
        '(' => {
            open += 1;
            None
        }
        ')' if open == 0 => Some(i),
        ')' => {
            open -= 1;
            None
        }
        _ => None,
    })?;
    let url = target[..end].split_whitespace().next().unwrap_or("");
    let text = &rest[1..close];
    if image || !is_safe_url(url) {
        inline_into(text, out);
    } else {
        out.push_str("<a href=\"");
        escape_into(url, out);
        out.push_str("\">");
        inline_into(text, out);
        out.push_str("</a>");
    }
    Some(close + 2 + end + 1)
}
