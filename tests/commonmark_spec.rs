//! The notes renderer against every example of the CommonMark spec (npm `commonmark-spec`,
//! installed by `npm ci`): how many it renders as the spec does, a ratchet that fails when
//! that number falls, and every example rendered safely. Examples whose expected HTML holds
//! raw HTML, an image or a link the renderer refuses (a scheme other than http(s) or
//! mailto) are counted apart: the renderer escapes or drops those on purpose.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::text::markdown::to_safe_html;
use common::safe_html::{foreign_markup, is_safe_href, BLOCK_TAGS};

/// The examples that rendered as the spec does when this number was last raised.
const AT_LEAST: usize = 554;

const SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/node_modules/commonmark-spec/spec.txt"
);

/// One example of the spec.
struct Example {
    number: usize,
    section: String,
    markdown: String,
    html: String,
}

/// Why an example is left out of the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Apart {
    RawHtml,
    Image,
    RefusedLink,
}

/// The examples of spec.txt, as the package's own `index.js` extracts them (→ is a tab).
fn examples() -> Vec<Example> {
    let text = std::fs::read_to_string(SPEC).unwrap_or_else(|e| {
        panic!("{SPEC}: {e}. The CommonMark spec is an npm dev dependency: run `npm ci` (or `make tools`).")
    });
    let text = text
        .split("\n<!-- END TESTS -->")
        .next()
        .unwrap_or_default();
    let fence = "`".repeat(32);
    let (mut examples, mut section) = (Vec::new(), String::new());
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line == format!("{fence} example") {
            let mut part = |end: &str| -> String {
                let body: Vec<&str> = lines.by_ref().take_while(|l| *l != end).collect();
                body.iter()
                    .map(|l| format!("{l}\n"))
                    .collect::<String>()
                    .replace('→', "\t")
            };
            let markdown = part(".");
            let html = part(&fence);
            let number = examples.len() + 1;
            examples.push(Example {
                number,
                section: section.clone(),
                markdown,
                html,
            });
        } else if line.starts_with('#') && line.bytes().take_while(|b| *b == b'#').count() <= 6 {
            section = line.trim_start_matches('#').trim().to_string();
        }
    }
    examples
}

/// Why the example is counted apart, if it is.
fn apart(example: &Example) -> Option<Apart> {
    let tags = || {
        example
            .html
            .split('<')
            .skip(1)
            .filter_map(|t| t.split_once('>'))
    };
    let refused = |href: &str| !is_safe_href(href.split('"').next().unwrap_or(""));
    if example.html.contains("<img") {
        Some(Apart::Image)
    } else if example.html.split("href=\"").skip(1).any(refused) {
        Some(Apart::RefusedLink)
    } else if foreign_markup(&example.html).is_some()
        || tags().any(|(t, _)| example.markdown.contains(&format!("<{t}>")))
    {
        Some(Apart::RawHtml)
    } else {
        None
    }
}

/// HTML compared as the spec's `normalize.py` does, roughly: whitespace collapsed outside
/// `<pre>` and dropped around block tags (the renderer's, which are the spec's), `&#39;` read as `'`.
fn normalize(html: &str) -> String {
    let html = html.replace("&#39;", "'");
    let (mut out, mut in_pre, mut after_block) = (String::new(), false, false);
    let mut rest = html.as_str();
    while !rest.is_empty() {
        let open = rest.find('<').unwrap_or(rest.len());
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        push_text(&rest[..open], in_pre, after_block, &mut out);
        let tag = &rest[open..close];
        if !tag.is_empty() {
            let name = tag[1..].trim_start_matches('/');
            let name = name.split([' ', '/', '>']).next().unwrap_or("");
            after_block = BLOCK_TAGS.contains(&name) || name == "hr";
            if after_block && tag != "</pre>" {
                out.truncate(out.trim_end().len());
            }
            if name == "pre" {
                in_pre = !tag.starts_with("</");
            }
            out.push_str(tag);
        }
        rest = &rest[close..];
    }
    out.trim().to_string()
}

/// Text between tags: as it is inside `<pre>`, else its whitespace runs one space, with none
/// right after a block tag.
fn push_text(text: &str, in_pre: bool, after_block: bool, out: &mut String) {
    if in_pre {
        return out.push_str(text);
    }
    let mut space = after_block;
    for c in text.chars() {
        if !c.is_whitespace() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
}

/// Renders every counted example, prints how many match, and fails below the ratchet.
#[test]
fn spec_examples_render_as_the_spec_does() {
    let examples = examples();
    assert!(
        examples.len() > 600,
        "{SPEC} holds only {} examples",
        examples.len()
    );
    let (mut passed, mut failed, mut apart_count) = (0, Vec::new(), Vec::new());
    for example in &examples {
        match apart(example) {
            Some(why) => apart_count.push(why),
            None if normalize(&to_safe_html(&example.markdown)) == normalize(&example.html) => {
                passed += 1
            }
            None => failed.push(format!("{} ({})", example.number, example.section)),
        }
    }
    let counted = examples.len() - apart_count.len();
    println!("CommonMark {passed} of {counted} counted examples render as the spec does");
    for why in [Apart::RawHtml, Apart::Image, Apart::RefusedLink] {
        let n = apart_count.iter().filter(|a| **a == why).count();
        println!("apart, {why:?}: {n}");
    }
    println!("not yet: {}", failed.join(", "));
    assert!(
        passed >= AT_LEAST,
        "{passed} examples match, fewer than the {AT_LEAST} that did"
    );
}

/// Every example of the spec, the ones counted apart included, renders to safe HTML.
#[test]
fn every_spec_example_renders_safely() {
    for example in examples() {
        let html = to_safe_html(&example.markdown);
        if let Some(why) = foreign_markup(&html) {
            panic!("example {}: {why} in {html:?}", example.number);
        }
    }
}
