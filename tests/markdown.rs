//! Card and note Markdown renders to safe HTML.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::text::markdown::{to_safe_html, MAX_NESTING};

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
        "[ok](https://example.com) [bad](javascript:alert(1)) [rel](/x) ![i](data:text/html,x) [d](data:text/html,x)",
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
        ("- a\n- b\n  - b1\n- c", "<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>b1</li>\n</ul>\n</li>\n<li>c</li>\n</ul>\n"),
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
        ("\"q\" & 'a'", "&quot;q&quot; &amp; 'a'"),
        ("~$0.01/GB, not ~$0.02", "~$0.01/GB, not ~$0.02"),
    ];
    assert_each_is_one_paragraph(cases);
}

#[test]
fn html5_references_decode_and_stay_escaped() {
    let cases: &[(&str, &str)] = &[
        (
            "&ngE; &DifferentialD; &ClockwiseContourIntegral; &fjlig; &AElig; &zwnj;",
            "\u{2267}\u{338} \u{2146} \u{2232} fj \u{c6} \u{200c}",
        ),
        (
            "&lt;&AMP;&LT;&gt;&quot;&amp;lt;",
            "&lt;&amp;&lt;&gt;&quot;&amp;lt;",
        ),
        (
            "&nosuch; &amp &Amp; &#38;",
            "&amp;nosuch; &amp;amp &amp;Amp; &amp;",
        ),
    ];
    assert_each_is_one_paragraph(cases);
}

#[test]
fn labels_match_under_unicode_case_folding() {
    let defs =
        "\n\n[SS]: /a\n[FILE]: /b\n[\u{1f00}\u{3b9}]: /c\n[\u{391}\u{3a3}]: /d\n[\u{131}]: /e";
    let html = to_safe_html(&format!(
        "[\u{1e9e}] [\u{fb01}le] [\u{1f88}] [\u{3b1}\u{3c2}] [i]{defs}"
    ));
    let links = [
        "/a\">\u{1e9e}",
        "/b\">\u{fb01}le",
        "/c\">\u{1f88}",
        "/d\">\u{3b1}\u{3c2}",
    ];
    for link in links {
        assert!(
            html.contains(&format!("<a href=\"{link}</a>")),
            "{link} in {html}"
        );
    }
    // dotless ı folds to itself, not to i
    assert!(html.contains(" [i]</p>"), "{html}");
}

#[test]
fn the_first_table_header_is_found_outside_code() {
    use archdrill::core::text::markdown::first_table_header;
    let notes = "```\n| in | code |\n|---|---|\n```\n\n| Option | **Cost** |\n|---|---|\n| a | b |";
    assert_eq!(first_table_header(notes).as_deref(), Some("Option | Cost"));
    assert_eq!(first_table_header("| just | pipes |\nno delimiter"), None);
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

/// Quotes and list items nested deeper than the cap are read as text, still escaped.
#[test]
fn nesting_stops_at_the_cap() {
    let deep = 100;
    let list = to_safe_html(&("- ".repeat(deep) + "x"));
    assert_eq!(list.matches("<ul>").count(), MAX_NESTING, "{list}");
    let rest = "- ".repeat(deep - MAX_NESTING);
    assert!(list.contains(&format!("<li>{rest}x</li>")), "{list}");
    let quote = to_safe_html(&(">".repeat(deep) + " *a*"));
    assert_eq!(
        quote.matches("<blockquote>").count(),
        MAX_NESTING,
        "{quote}"
    );
    let rest = "&gt;".repeat(deep - MAX_NESTING);
    assert!(
        quote.contains(&format!("<p>{rest} <em>a</em></p>")),
        "{quote}"
    );
    let mixed = to_safe_html(&"> 1. ".repeat(deep));
    let containers = mixed.matches("<blockquote>").count() + mixed.matches("<li>").count();
    assert_eq!(containers, MAX_NESTING, "{mixed}");
    let indented: String = (0..deep)
        .map(|i| format!("{}- a\n", "  ".repeat(i)))
        .collect();
    let indented = to_safe_html(&indented);
    assert_eq!(indented.matches("<ul>").count(), MAX_NESTING, "{indented}");
    assert!(indented.contains("a\n- a\n- a</li>"), "{indented}");
}

/// Deeply nested input renders on a small stack (the app's wasm has 1 MB): blocks recurse no
/// deeper than the nesting cap, and inline spans do not recurse at all.
#[test]
fn deep_input_renders_on_a_small_stack() {
    let n = 20_000;
    let inputs = [
        "- ".repeat(n) + "x",
        ">".repeat(n) + "a",
        "*a **a ".repeat(n) + "b" + &" a** a*".repeat(n),
        "[".repeat(n) + "a" + &"]".repeat(n),
        "![".repeat(n) + "a" + &"](/u)".repeat(n),
    ];
    let render = move || inputs.iter().map(|i| to_safe_html(i)).collect::<Vec<_>>();
    let small_stack = std::thread::Builder::new().stack_size(256 * 1024);
    let html = small_stack
        .spawn(render)
        .expect("a thread")
        .join()
        .expect("no overflow");
    assert_eq!(html[0].matches("<li>").count(), MAX_NESTING);
    assert_eq!(html[1].matches("<blockquote>").count(), MAX_NESTING);
    let emphasis = "<em>a <strong>a ".repeat(n) + "b" + &" a</strong> a</em>".repeat(n);
    assert_eq!(html[2], format!("<p>{emphasis}</p>\n"));
    assert_eq!(
        html[3],
        format!("<p>{}a{}</p>\n", "[".repeat(n), "]".repeat(n))
    );
    assert_eq!(html[4], "<p>a</p>\n");
}

/// Reference labels hold at most 999 characters and link destinations 32 levels of
/// parentheses, the bounds CommonMark allows; what passes them is text.
#[test]
fn labels_and_parentheses_are_bounded() {
    let reference = |n: usize| format!("[{0}]\n\n[{0}]: /u", "x".repeat(n));
    let label = "x".repeat(999);
    let link = format!("<p><a href=\"/u\">{label}</a></p>\n");
    assert_eq!(to_safe_html(&reference(999)), link);
    let label = "x".repeat(1000);
    let text = format!("<p>[{label}]</p>\n<p>[{label}]: /u</p>\n");
    assert_eq!(to_safe_html(&reference(1000)), text);
    let nested = |n: usize| format!("{}{}", "(".repeat(n), ")".repeat(n));
    let link = format!("<p><a href=\"/{}\">a</a></p>\n", nested(32));
    assert_eq!(to_safe_html(&format!("[a](/{})", nested(32))), link);
    let text = format!("<p>[a](/{})</p>\n", nested(33));
    assert_eq!(to_safe_html(&format!("[a](/{})", nested(33))), text);
}

/// However a script URL is written — any case, escaped, as a reference or an autolink,
/// with a tab inside — it never becomes a link; targets that only look like schemes do.
#[test]
fn script_urls_never_become_links() {
    let refused = [
        "[x](JavaScript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<javascript:alert(1)>)",
        "[x](vbscript:msgbox)",
        "[x](data:text/html,x)",
        "[x]\n\n[x]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<data:text/html,x>",
    ];
    for markdown in refused {
        let html = to_safe_html(markdown);
        assert!(!html.contains("<a"), "{markdown:?} → {html}");
    }
    for (markdown, href) in [
        ("[x](a?b:c)", "a?b:c"),
        ("[x](./a:b)", "./a:b"),
        ("[x](foo\\)\\:)", "foo):"),
    ] {
        let link = format!("<p><a href=\"{href}\">x</a></p>\n");
        assert_eq!(to_safe_html(markdown), link, "{markdown:?}");
    }
}

/// Asserts each Markdown renders as one paragraph holding its HTML.
fn assert_each_is_one_paragraph(cases: &[(&str, &str)]) {
    for (markdown, html) in cases {
        assert_eq!(
            to_safe_html(markdown),
            format!("<p>{html}</p>\n"),
            "{markdown:?}"
        );
    }
}
