//! Imported HTML keeps only the allowlisted markup: every XSS vector comes out inert, and the
//! formatting a card needs survives.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::safe_html::{first_tag_not, is_import_tag};
use common::xss_vectors;

use archdrill::core::interchange::anki::{read_notes, write_notes, ExportNote};
use archdrill::core::text::sanitize::{html_to_text, sanitize_html};

/// Why `html` holds more than escaped text and allowlisted tags, if it does (so no `<script`,
/// no `on…=` attribute, no `javascript:`, `vbscript:` or `data:` target).
fn foreign_markup(html: &str) -> Option<String> {
    first_tag_not(html, is_import_tag)
}

#[test]
fn every_vector_comes_out_inert_and_stable() {
    for vector in xss_vectors() {
        let html = sanitize_html(&vector);
        assert_eq!(foreign_markup(&html), None, "{vector:?} → {html:?}");
        assert_eq!(sanitize_html(&html), html, "not stable: {vector:?}");
    }
}

#[test]
fn the_checker_catches_what_it_must() {
    for bad in [
        "<script>x</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<b onclick=\"x\">y</b>",
        "<svg></svg>",
    ] {
        assert!(foreign_markup(bad).is_some(), "{bad}");
    }
    assert_eq!(foreign_markup("<b>x</b> &lt;script&gt;"), None);
}

#[test]
fn vectors_as_tags_and_deck_names_come_back_as_plain_one_line_text() {
    let notes: Vec<ExportNote> = xss_vectors()
        .iter()
        .map(|v| ExportNote {
            guid: "g".into(),
            deck: html_to_text(v),
            front_html: sanitize_html(v),
            back_html: "b".into(),
            tags: vec![html_to_text(v)],
        })
        .collect();
    let file = read_notes(write_notes(&notes).as_bytes()).unwrap();
    let kept: Vec<_> = notes
        .iter()
        .filter(|n| !n.front_html.trim().is_empty())
        .collect();
    assert_eq!(file.notes.len(), kept.len());
    for (note, sent) in file.notes.iter().zip(kept) {
        let deck = note.deck.as_deref().unwrap_or("");
        assert_eq!(deck, sent.deck);
        assert!(!deck.chars().any(char::is_control), "{deck:?}");
        assert!(
            note.tags.iter().all(|t| !t.contains(char::is_whitespace)),
            "{:?}",
            note.tags
        );
        assert_eq!(note.tags.join("_"), sent.tags[0].replace(' ', "_"));
        assert_eq!(note.fields[0], sent.front_html);
    }
    for v in xss_vectors() {
        let text = html_to_text(&v);
        assert!(!text.contains(char::is_control), "{text:?}");
        assert!(
            !text.to_ascii_lowercase().contains("<script"),
            "{v:?} → {text:?}"
        );
    }
}

#[test]
fn formatting_links_tables_and_images_survive() {
    let cases = [
        (
            "<b>bold</b> <i>it</i> <u>u</u> <sub>2</sub>",
            "<b>bold</b> <i>it</i> <u>u</u> <sub>2</sub>",
        ),
        (
            "<div style=\"color:red\" class=x>a<br/>b</div>",
            "<div>a<br>b</div>",
        ),
        (
            "<a href=\"https://example.com/a?b=1&amp;c=2\" target=_blank>x</a>",
            "<a href=\"https://example.com/a?b=1&amp;c=2\">x</a>",
        ),
        (
            "<a href='mailto:me@example.com'>m</a>",
            "<a href=\"mailto:me@example.com\">m</a>",
        ),
        ("<a href=\"/relative\">r</a>", "<a>r</a>"),
        ("<a href=\"java&#115;cript:alert(1)\">j</a>", "<a>j</a>"),
        (
            "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>",
            "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>",
        ),
        ("<img src=\"diagram.png\" alt=\"The ring\">", "[The ring]"),
        ("<img src=\"media/x.jpg\">", "[x.jpg]"),
        ("<img src=\"data:image/png;base64,AAA\">", ""),
        ("<font color=red>kept text</font>", "kept text"),
        (
            "a<!-- gone -->b<![CDATA[c]]>d<![CDATA[<b>x</b>]]>",
            "abdx]]&gt;",
        ),
        ("<style>p{}</style><script>x</script>t", "t"),
        (
            "<svg><text>s</text></svg><math><mi>m</mi></math><form>f<input></form>ok",
            "ok",
        ),
        (
            "<template><b>t</b></template><object>o</object><select>s</select>ok",
            "ok",
        ),
        ("<b>open <i>nested", "<b>open <i>nested</i></b>"),
        ("x </b> y", "x  y"),
        (
            "1 < 2 & 3 > \"q\" &copy; &bogus;",
            "1 &lt; 2 &amp; 3 &gt; &quot;q&quot; © &amp;bogus;",
        ),
        (
            "<h2>T</h2><ul><li>a</li></ul><hr><pre><code>c</code></pre>",
            "<h2>T</h2><ul><li>a</li></ul><hr><pre><code>c</code></pre>",
        ),
    ];
    for (input, want) in cases {
        assert_eq!(sanitize_html(input), want, "{input}");
    }
}

#[test]
fn plain_text_drops_markup_and_keeps_words() {
    assert_eq!(
        html_to_text("Sys<b>tem</b>::<i>Design</i>"),
        "System::Design"
    );
    assert_eq!(html_to_text("<div>a</div><div>b</div>\n\tc"), "a b c");
    assert_eq!(html_to_text("&lt;b&gt; &amp; <img alt=pic>"), "<b> & [pic]");
}
