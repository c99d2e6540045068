//! Card and note Markdown renders to safe HTML.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::text::markdown::to_safe_html;

#[test]
fn raw_html_is_shown_as_text() {
    let html = to_safe_html("Hello <img src=x onerror=alert(1)>\n\n<script>alert(2)</script>");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
        "{html}"
    );
}

#[test]
fn markdown_features_render() {
    let html = to_safe_html(
        "**bold** `Vec<T>`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```rust\nlet x = 1 < 2;\n```",
    );
    assert!(html.contains("<strong>bold</strong>"));
    assert!(html.contains("<code>Vec&lt;T&gt;</code>"));
    assert!(html.contains("<table>") && html.contains("<td>1</td>"));
    assert!(html.contains("let x = 1 &lt; 2;"));
}

#[test]
fn only_safe_link_targets_survive() {
    let html = to_safe_html(
        "[ok](https://example.com) [bad](javascript:alert(1)) [rel](/x) ![i](data:text/html,x)",
    );
    assert!(
        html.contains(r#"<a href="https://example.com">ok</a>"#),
        "{html}"
    );
    assert!(html.contains(r#"<a href="/x">rel</a>"#), "{html}");
    assert!(
        !html.contains("javascript:") && !html.contains("data:"),
        "{html}"
    );
    assert!(html.contains("bad"), "the link text stays: {html}");
}

#[test]
fn blocks_render_as_commonmark_would() {
    let cases: &[(&str, &str)] = &[
        ("# Title ##\n\npara", "<h1>Title</h1>\n<p>para</p>\n"),
        ("a\nb  \nc", "<p>a\nb<br />\nc</p>\n"),
        ("- a\n- b\n  - b1\n- c", "<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>b1</li>\n</ul></li>\n<li>c</li>\n</ul>\n"),
        ("3. x\n4. y", "<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>\n"),
        ("- a\n\n- b", "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n"),
        ("> q **b**\n> r", "<blockquote>\n<p>q <strong>b</strong>\nr</p>\n</blockquote>\n"),
        ("x\n\n---\n\ny", "<p>x</p>\n<hr />\n<p>y</p>\n"),
        ("```sql\nSELECT 1 < 2;\n```\nz", "<pre><code class=\"language-sql\">SELECT 1 &lt; 2;\n</code></pre>\n<p>z</p>\n"),
        ("```\nnever closed", "<pre><code>never closed\n</code></pre>\n"),
        (
            "| Option | Cost |\n|:--|--:|\n| Redis | `$` |\n| a \\| b |",
            "<table>\n<thead>\n<tr><th style=\"text-align: left\">Option</th><th style=\"text-align: right\">Cost</th></tr>\n</thead>\n<tbody>\n<tr><td style=\"text-align: left\">Redis</td><td style=\"text-align: right\"><code>$</code></td></tr>\n<tr><td style=\"text-align: left\">a | b</td><td style=\"text-align: right\"></td></tr>\n</tbody>\n</table>\n",
        ),
        ("Para\n- item", "<p>Para</p>\n<ul>\n<li>item</li>\n</ul>\n"),
    ];
    for (markdown, html) in cases {
        assert_eq!(to_safe_html(markdown), *html, "{markdown:?}");
    }
}

#[test]
fn inlines_render_as_commonmark_would() {
    let cases: &[(&str, &str)] = &[
        (
            "*em* _em_ **b** __b__ ~~s~~",
            "<em>em</em> <em>em</em> <strong>b</strong> <strong>b</strong> <del>s</del>",
        ),
        ("snake_case_name and a * b", "snake_case_name and a * b"),
        ("`` a`b ``", "<code>a`b</code>"),
        ("\\*not em\\* \\<b>", "*not em* &lt;b&gt;"),
        (
            "[wiki](https://en.wikipedia.org/wiki/CAP_(theorem)) after",
            "<a href=\"https://en.wikipedia.org/wiki/CAP_(theorem)\">wiki</a> after",
        ),
        ("![diagram](https://x.example/d.png)", "diagram"),
        (
            "[**bold link**](/topics)",
            "<a href=\"/topics\"><strong>bold link</strong></a>",
        ),
        ("\"q\" & 'a'", "&quot;q&quot; &amp; &#39;a&#39;"),
    ];
    for (markdown, html) in cases {
        assert_eq!(
            to_safe_html(markdown),
            format!("<p>{html}</p>\n"),
            "{markdown:?}"
        );
    }
}

#[test]
fn the_first_table_header_is_found_outside_code() {
    use archdrill::core::text::markdown::first_table_header;
    let notes = "```\n| in | code |\n|---|---|\n```\n\n| Option | **Cost** |\n|---|---|\n| a | b |";
    assert_eq!(first_table_header(notes).as_deref(), Some("Option | Cost"));
    assert_eq!(first_table_header("| just | pipes |\nno delimiter"), None);
}

proptest::proptest! {
    /// Whatever the learner types, the only tags in the output are the renderer's own.
    #[test]
    fn no_input_makes_a_foreign_tag(text in "[ -~\n]{0,200}") {
        let html = to_safe_html(&text);
        const TAGS: [&str; 22] = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "code",
            "pre", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td"];
        for tag in html.split('<').skip(1) {
            let name: String = tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
            let allowed = TAGS.contains(&name.as_str()) || ["a", "br", "hr"].contains(&name.as_str());
            proptest::prop_assert!(allowed, "<{} in {:?} → {:?}", tag, text, html);
            if name == "a" && !tag.starts_with('/') {
                let href = tag.trim_start_matches("a href=\"").split('"').next().unwrap_or("");
                proptest::prop_assert!(!href.to_ascii_lowercase().trim_start().starts_with("javascript"), "{html}");
            }
        }
    }
}

/// Every Unicode whitespace that is not a space or a tab, the characters CommonMark never
/// reads as indentation or as a blank line.
const UNICODE_SPACES: [char; 22] = [
    '\u{0b}', '\u{0c}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}',
    '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}',
    '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{feff}',
];

#[test]
fn unicode_whitespace_is_text_not_indentation() {
    for w in UNICODE_SPACES {
        let cases = [
            (
                format!("- a\n{w}b"),
                format!("<ul>\n<li>a\n{w}b</li>\n</ul>\n"),
            ),
            (
                format!("1. a\n{w}{w}b"),
                format!("<ol>\n<li>a\n{w}{w}b</li>\n</ol>\n"),
            ),
            (format!("{w}> q"), format!("<p>{w}&gt; q</p>\n")),
            (format!("a\n{w}\nb"), format!("<p>a\n{w}\nb</p>\n")),
        ];
        for (markdown, html) in cases {
            assert_eq!(to_safe_html(&markdown), html, "{markdown:?}");
        }
    }
}
