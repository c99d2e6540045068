//! The content file round-trips: what `build/pack.rs` writes, `core::content::pack` reads back
//! unchanged, and the outline is the same without the cards' text; separators in the text and damaged files are refused with a reason; Markdown
//! fields are rendered to safe HTML before packing (`build/render.rs`).
#![cfg(not(target_arch = "wasm32"))]

// Shared with build.rs; each test file uses part of it.
#[allow(dead_code)]
#[path = "../build/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "../build/interviews.rs"]
mod interviews;
#[allow(dead_code)]
#[path = "../build/pack.rs"]
mod pack;
#[path = "../build/render.rs"]
mod render;
#[allow(dead_code)]
#[path = "../build/report.rs"]
mod report;

use archdrill::core::content::pack::{unpack, Content, PackError};
use archdrill::core::interview::model::PhaseKey;
use content::{CardData, SectionData, TopicData};
use interviews::{InterviewData, PhaseData, RubricData};

fn card(id: &str, front: &str, back: &str, tags: &[&str]) -> CardData {
    CardData {
        id: id.into(),
        front: front.into(),
        back: back.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

fn sections(front: &str) -> Vec<SectionData> {
    let topic = |name: &str, slug: &str, cards| TopicData {
        name: name.into(),
        summary: format!("{name} summary"),
        slug: slug.into(),
        cards,
    };
    vec![
        SectionData {
            name: "Databases".into(),
            summary: "Data storage decisions.".into(),
            topics: vec![
                topic(
                    "Indexes",
                    "indexes",
                    vec![
                        card(
                            "idx-a",
                            front,
                            "B-tree: **O(log n)**\n\n| a | b |",
                            &["b-tree", "perf"],
                        ),
                        card("idx-b", "Second?", "Yes.", &[]),
                    ],
                ),
                topic("Transactions", "transactions", vec![]),
            ],
        },
        SectionData {
            name: "Systems".into(),
            summary: "Moving parts.".into(),
            topics: vec![topic(
                "Caching",
                "caching",
                vec![card("cache-a", "TTL?", "Time to live.", &["ttl"])],
            )],
        },
    ]
}

fn interview() -> InterviewData {
    InterviewData {
        id: "demo".into(),
        title: "Design a demo".into(),
        difficulty: "medium".into(),
        minutes: 45,
        topics: vec!["Indexes".into(), "Caching".into()],
        prompt: "Go.\nTwo lines.".into(),
        facts: vec!["1k users".into(), "10 req/s".into()],
        phases: (0..4)
            .map(|key| PhaseData {
                key,
                minutes: 10 + key as u32,
                prompt: format!("prompt {key}"),
                hints: if key == 1 {
                    vec![]
                } else {
                    vec!["h1".into(), "h2".into()]
                },
                reference: format!("reference {key}"),
            })
            .collect(),
        rubric: vec![
            RubricData {
                phase: 0,
                item: "asks for numbers".into(),
                weight: 3,
            },
            RubricData {
                phase: 3,
                item: "names a DLQ".into(),
                weight: 1,
            },
        ],
    }
}

fn read(text: String) -> Result<Content, PackError> {
    unpack(&std::sync::Arc::new(text))
}

#[test]
fn what_is_packed_reads_back_unchanged() {
    let packed = pack::pack(
        &sections("What does an index cost?"),
        &[interview()],
        pack::Cards::WithText,
    )
    .unwrap();
    let content = read(packed).unwrap();
    let shape: Vec<(&str, Vec<(&str, usize)>)> = content
        .sections
        .iter()
        .map(|s| {
            (
                s.name.as_str(),
                s.topics
                    .iter()
                    .map(|t| (t.slug.as_str(), t.cards.len()))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("Databases", vec![("indexes", 2), ("transactions", 0)]),
            ("Systems", vec![("caching", 1)])
        ]
    );
    let topic = &content.sections[0].topics[0];
    assert_eq!(
        (topic.name.as_str(), topic.summary.as_str()),
        ("Indexes", "Indexes summary")
    );
    let first = &topic.cards[0];
    assert_eq!(
        (
            first.id(),
            first.front(),
            first.back(),
            first.tags().collect::<Vec<_>>()
        ),
        (
            "idx-a",
            "What does an index cost?",
            "B-tree: **O(log n)**\n\n| a | b |",
            vec!["b-tree", "perf"]
        )
    );
    assert!(topic.cards[1].tags().next().is_none());
    assert_eq!(content.sections[1].summary, "Moving parts.");

    let i = &content.interviews[0];
    assert_eq!(
        (
            i.id.as_str(),
            i.title.as_str(),
            i.difficulty.as_str(),
            i.minutes,
            &i.topics[..],
            i.prompt.as_str(),
            &i.facts[..]
        ),
        (
            "demo",
            "Design a demo",
            "medium",
            45,
            &["Indexes".to_string(), "Caching".to_string()][..],
            "Go.\nTwo lines.",
            &["1k users".to_string(), "10 req/s".to_string()][..]
        )
    );
    let phases: Vec<_> = i
        .phases
        .iter()
        .map(|p| {
            (
                p.key,
                p.minutes,
                p.prompt.as_str(),
                p.hints.len(),
                p.reference.as_str(),
            )
        })
        .collect();
    assert_eq!(
        phases,
        [
            (PhaseKey::Clarify, 10, "prompt 0", 2, "reference 0"),
            (PhaseKey::Simplify, 11, "prompt 1", 0, "reference 1"),
            (PhaseKey::Bottleneck, 12, "prompt 2", 2, "reference 2"),
            (PhaseKey::Failure, 13, "prompt 3", 2, "reference 3"),
        ]
    );
    let rubric: Vec<_> = i
        .rubric
        .iter()
        .map(|r| (r.phase, r.item.as_str(), r.weight))
        .collect();
    assert_eq!(
        rubric,
        [
            (PhaseKey::Clarify, "asks for numbers", 3),
            (PhaseKey::Failure, "names a DLQ", 1)
        ]
    );
}

#[test]
fn the_outline_is_the_content_without_the_cards_text() {
    let packed = |cards| read(pack::pack(&sections("Q?"), &[interview()], cards).unwrap());
    let (full, outline) = (
        packed(pack::Cards::WithText).unwrap(),
        packed(pack::Cards::WithoutText).unwrap(),
    );
    assert!(full.has_card_text && !outline.has_card_text);
    fn cards(c: &Content) -> Vec<(&str, &str, &str, Vec<&str>)> {
        c.sections
            .iter()
            .flat_map(|s| s.topics.iter().flat_map(|t| t.cards.iter()))
            .map(|c| (c.id(), c.front(), c.back(), c.tags().collect()))
            .collect()
    }
    let blanked: Vec<_> = cards(&full)
        .into_iter()
        .map(|(id, _, _, tags)| (id, "", "", tags))
        .collect();
    assert_eq!(cards(&outline), blanked);
    assert!(cards(&full)
        .iter()
        .all(|(_, f, b, _)| !f.is_empty() && !b.is_empty()));
    assert_eq!(
        full.interviews, outline.interviews,
        "interviews are whole in both"
    );
    let name = pack::file_name(&pack::pack(&sections("Q?"), &[], pack::Cards::WithText).unwrap());
    assert_eq!(
        pack::outline_name(&name),
        name.replace("content-", "outline-")
    );
}

#[test]
fn the_file_name_follows_the_text() {
    let a = pack::pack(&sections("A?"), &[], pack::Cards::WithText).unwrap();
    let b = pack::pack(&sections("B?"), &[], pack::Cards::WithText).unwrap();
    let again = pack::pack(&sections("A?"), &[interview()], pack::Cards::WithText).unwrap();
    assert_ne!(
        pack::file_name(&a),
        pack::file_name(&again),
        "the interviews count too"
    );
    let same = pack::pack(&sections("A?"), &[], pack::Cards::WithText).unwrap();
    assert_eq!(
        pack::file_name(&a),
        pack::file_name(&same),
        "same content, same name"
    );
    assert_ne!(pack::file_name(&a), pack::file_name(&b));
    let name = pack::file_name(&a);
    assert!(
        name.starts_with("content-") && name.ends_with(".txt") && name.len() == 28,
        "{name}"
    );
}

#[test]
fn a_separator_in_the_text_is_refused_naming_the_card() {
    let err = pack::pack(&sections("bad \u{1f} front"), &[], pack::Cards::WithText).unwrap_err();
    assert_eq!(
        err,
        "card \"idx-a\": text contains the control character U+001F, which is not allowed"
    );
}

#[test]
fn a_file_of_a_later_format_is_named_as_from_a_newer_build() {
    let err = |text: &str| read(text.to_string()).unwrap_err().to_string();
    for kind in ["content", "outline"] {
        assert_eq!(
            err(&format!("archdrill-{kind} 2\u{1e}X\u{1f}new\u{1e}")),
            "content file, record 1: written by a newer archdrill (format 2; this version reads 1): \
             reload to finish the update"
        );
    }
    assert!(err("archdrill-content x\u{1e}").contains("not an archdrill content file"));
}

#[test]
fn damaged_files_are_refused_with_the_record() {
    let good = pack::pack(&sections("Q?"), &[interview()], pack::Cards::WithText).unwrap();
    let err = |text: String| read(text).unwrap_err().to_string();
    assert_eq!(
        err("hello".into()),
        "content file, record 1: not an archdrill content file (expected \"archdrill-content 1\")"
    );
    // A card before any topic.
    assert_eq!(
        err("archdrill-content 1\u{1e}C\u{1f}x\u{1f}f\u{1f}b\u{1f}\u{1e}".into()),
        "content file, record 2: unexpected record \"C\" with 5 fields here"
    );
    // The last phase cut off.
    let cut = good[..good.rfind("\u{1e}P").unwrap() + 1].to_string();
    let records = cut.matches('\u{1e}').count();
    assert_eq!(
        err(cut),
        format!("content file, record {records}: interview \"demo\" has 3 phases, not 4")
    );
    // A number that is not one.
    let bad_minutes = good.replace("\u{1f}45\u{1f}", "\u{1f}forty\u{1f}");
    assert!(err(bad_minutes).ends_with("\"forty\" is not a number"));
}

#[test]
fn a_list_separator_in_a_tag_is_refused() {
    let mut s = sections("Q?");
    s[1].topics[0].cards[0].tags.push("a\u{1d}b".into());
    let err = pack::pack(&s, &[], pack::Cards::WithText).unwrap_err();
    assert_eq!(
        err,
        "card \"cache-a\": text contains the control character U+001D, which is not allowed"
    );
}

#[test]
fn markdown_fields_become_safe_html_and_plain_fields_stay() {
    let mut s = sections("**Why** <img src=x onerror=alert(1)>?");
    let mut i = vec![interview()];
    i[0].phases[2].reference = "[ok](https://e.com) [bad](javascript:alert(1))".into();
    render::render_all(&mut s, &mut i);
    let card = &s[0].topics[0].cards[0];
    assert_eq!(
        card.front,
        "<p><strong>Why</strong> &lt;img src=x onerror=alert(1)&gt;?</p>\n"
    );
    assert!(
        card.back.contains("<strong>O(log n)</strong>"),
        "{}",
        card.back
    );
    assert_eq!(i[0].prompt, "<p>Go.\nTwo lines.</p>\n");
    assert_eq!(
        i[0].phases[2].reference,
        "<p><a href=\"https://e.com\">ok</a> bad</p>\n"
    );
    assert_eq!(
        (i[0].title.as_str(), i[0].facts[0].as_str()),
        ("Design a demo", "1k users")
    );
    assert_eq!(i[0].phases[0].hints[0], "h1");
}
