//! The notes renderer's safety property over generated text: printable ASCII, and a mix of
//! every Unicode whitespace, combining marks, Markdown punctuation, attempts at HTML and
//! script URLs, and random code points. No input panics, and the HTML is only the renderer's
//! own tags, properly nested, links only to http(s), mailto or relative targets. `make fuzz`
//! runs it over 200,000 inputs (`PROPTEST_CASES=200000 cargo test --release --test notes_fuzz`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::text::markdown::{first_table_header, to_safe_html};
use common::safe_html::{foreign_markup, unbalanced_tags};
use proptest::prelude::*;

/// Whitespace of every Unicode category: C0 controls 9–13, space, NEL, no-break spaces, the
/// ogham mark, the en quad to hair space, line and paragraph separators, math and ideographic
/// spaces.
const WHITESPACE: [&str; 25] = [
    "\t", "\n", "\u{b}", "\u{c}", "\r", " ", "\u{85}", "\u{a0}", "\u{1680}", "\u{2000}",
    "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}", "\u{2007}", "\u{2008}",
    "\u{2009}", "\u{200a}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
];

/// Markdown's punctuation and markers, and pieces of HTML and of script URLs.
const MARKUP: [&str; 48] = [
    "*",
    "_",
    "~",
    "`",
    "```",
    "[",
    "]",
    "(",
    ")",
    "!",
    "<",
    ">",
    "#",
    "-",
    "+",
    "=",
    "|",
    ":",
    "\\",
    "&",
    ";",
    ".",
    "\"",
    "'",
    "1.",
    "2)",
    "- ",
    "> ",
    "    ",
    "\n\n",
    "---",
    "|---|",
    "](",
    "![",
    "<http://a.b>",
    "<a@b.c>",
    "&amp;",
    "&#106;",
    "&#x3c;",
    "&lt;",
    "<script>",
    " onerror=",
    "javascript:",
    "java\tscript:",
    "JaVaScRiPt:",
    "[x]: ",
    "\"t\"",
    "<img src=x",
];

/// One piece of generated notes.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(&WHITESPACE[..]).prop_map(String::from),
        6 => prop::sample::select(&MARKUP[..]).prop_map(String::from),
        2 => (0x300u32..0x370).prop_map(|c| char::from_u32(c).expect("a mark").to_string()),
        1 => (0x20d0u32..0x2100).prop_map(|c| char::from_u32(c).expect("a mark").to_string()),
        3 => "[a-zA-Z0-9]{1,4}",
        2 => any::<char>().prop_map(String::from),
    ]
}

/// Notes made of up to 160 pieces.
fn unicode_notes() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..160).prop_map(|pieces| pieces.concat())
}

/// The safety property: what `text` renders to, or why it is not safe.
fn check(text: &str) -> Result<(), TestCaseError> {
    let html = to_safe_html(text);
    let lower = html.to_ascii_lowercase();
    prop_assert!(!lower.contains("<script"), "{text:?} → {html}");
    prop_assert!(!lower.contains("href=\"javascript:"), "{text:?} → {html}");
    let attributes = lower
        .split('<')
        .skip(1)
        .filter_map(|t| t.split_once('>'))
        .map(|t| t.0);
    for tag in attributes {
        // attribute names only: a quoted value ("a one") may hold any word
        let unquoted: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        prop_assert!(
            !unquoted.split(' ').skip(1).any(|a| a.starts_with("on")),
            "{tag} in {html}"
        );
    }
    if let Some(why) = foreign_markup(&html) {
        prop_assert!(false, "{why}: {text:?} → {html}");
    }
    if let Some(why) = unbalanced_tags(&html) {
        prop_assert!(false, "{why}: {text:?} → {html}");
    }
    first_table_header(text);
    Ok(())
}

proptest! {
    /// Printable ASCII and line breaks render to the renderer's own tags only.
    #[test]
    fn ascii_renders_to_own_tags_only(text in "[ -~\n]{0,200}") {
        check(&text)?;
    }

    /// Any mix of Unicode whitespace, marks, markup and random characters renders to the
    /// renderer's own tags only, without a panic.
    #[test]
    fn unicode_renders_to_own_tags_only(text in unicode_notes()) {
        check(&text)?;
    }
}
