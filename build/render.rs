//! Build-time Markdown to HTML for card and interview text (pulldown-cmark, CommonMark with
//! tables and strikethrough), safe to insert into the page: raw HTML in the source is shown as
//! text, never interpreted, and links only keep http(s), mailto and relative targets. The wasm
//! carries the HTML, not the parser; notes typed in the app use `src/core/text/markdown/`.

use crate::content::SectionData;
use crate::interviews::InterviewData;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// The notes renderer's link check, shared so cards and notes keep the same links (the build
/// uses only `is_safe_url`: pulldown-cmark encodes the targets itself).
#[path = "../src/core/text/markdown/url.rs"]
#[allow(dead_code)]
mod url;
use url::is_safe_url;

/// The Markdown extensions cards and interviews use: tables and `~~strikethrough~~`.
const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

/// Where the first strikethrough opened by a single `~` starts, if one is: GFM strikes the text
/// between two single tildes through, but this content writes `~` for "about" (`~~` is meant).
pub fn single_tilde_strike(markdown: &str) -> Option<usize> {
    Parser::new_ext(markdown, OPTIONS)
        .into_offset_iter()
        .find_map(|(event, range)| match event {
            Event::Start(Tag::Strikethrough) if !markdown[range.start..].starts_with("~~") => {
                Some(range.start)
            }
            _ => None,
        })
}

/// Renders Markdown (tables and strikethrough enabled) to HTML with raw HTML escaped.
pub fn to_safe_html(markdown: &str) -> String {
    // one entry per open link or image: whether its target is kept
    let mut open: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, OPTIONS).filter_map(move |event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. }) => {
            let safe = is_safe_url(dest_url, true);
            open.push(safe);
            Some(if safe {
                event
            } else {
                Event::Text(CowStr::Borrowed(""))
            })
        }
        Event::End(TagEnd::Link | TagEnd::Image) => open.pop().unwrap_or(true).then_some(event),
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

/// Renders every Markdown field in place: card fronts and backs, interview prompts, phase
/// prompts and references (titles, tags, facts, hints and rubric items are plain text).
pub fn render_all(sections: &mut [SectionData], interviews: &mut [InterviewData]) {
    let cards = sections
        .iter_mut()
        .flat_map(|s| &mut s.topics)
        .flat_map(|t| &mut t.cards);
    for card in cards {
        card.front = to_safe_html(&card.front);
        card.back = to_safe_html(&card.back);
    }
    for interview in interviews {
        interview.prompt = to_safe_html(&interview.prompt);
        for phase in &mut interview.phases {
            phase.prompt = to_safe_html(&phase.prompt);
            phase.reference = to_safe_html(&phase.reference);
        }
    }
}
