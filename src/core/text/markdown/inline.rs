//! The inline half of the notes renderer: code spans, emphasis, links and images, hard
//! breaks and escapes inside a block's text, everything the learner typed escaped.

use super::{escape_into, is_safe_url};

/// Inline Markdown of one block's text to HTML.
pub(super) fn inline(text: &str) -> String {
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
                Some(inner) if !inner.bytes().all(|b| b == b' ') => inner.to_string(),
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
