//! Card and note Markdown renders to safe HTML.
#![cfg(not(target_arch = "wasm32"))]

use archdrill::core::markdown::to_safe_html;

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
