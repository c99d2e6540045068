//! One check of all the content (`build/check.rs`, what `build.rs` runs) reports every error of
//! every file — curricula, decks, interviews and phase topics — each at its own line; and the
//! phase topics are checked against the curriculum and written as the Rust `boost.rs` includes.

use crate::check::{check_all, Dirs};
use crate::deck_checks::topics;
use crate::phase_topics::{to_rust, validate_phase_topics};
use crate::src;
use std::path::{Path, PathBuf};

const BROKEN: &str = "tests/fixtures/broken";

/// Every error `tests/fixtures/broken/` holds, in the order one check reports them.
const EXPECTED: &[&str] = &[
    "decks/curriculum.toml:16: topic \"Indexes\" is listed twice",
    "decks/curriculum.toml:17: topic summary is empty",
    "decks/01-indexes.toml:12: card front is empty",
    "decks/01-indexes.toml:14: tag \"Bad Tag\" must be lower-case letters, digits and dashes",
    "decks/01-indexes.toml:22: card back: a pair of single `~` strikes the text between through; write ≈, about or \\~ (`~~` to strike)",
    "decks/01-indexes.toml:29: `\\u001E`: the control characters U+001D–U+001F are not allowed in content text",
    "decks/02-transactions.toml:1: topic \"Transactions\" belongs to section \"Databases\", not \"Networking\"",
    "decks/02-transactions.toml:3: summary must be the curriculum's, verbatim: \"Atomic operations\"",
    "decks/02-transactions.toml:6: duplicate card id \"idx-a\" (first at tests/fixtures/broken/decks/01-indexes.toml:6)",
    "decks/03-unreadable.toml:3: invalid TOML: invalid basic string, expected `\"`",
    "decks/04-caching.toml:6: deck has no [[card]]",
    "interviews/demo.toml:5: topic \"Sharding\" is not in the curriculum",
    "interviews/demo.toml:11: scale fact is empty",
    "interviews/demo.toml:21: phases must be [\"clarify\", \"simplify\", \"bottleneck\", \"failure\"] in this order, found [\"clarify\", \"simplify\"]",
    "interviews/demo.toml:34: rubric weight must be 1, 2 or 3",
    "interviews/demo.toml:37: phase \"simplify\" needs at least two rubric items, has 1",
    "interviews/demo.toml:37: phase \"bottleneck\" needs at least two rubric items, has 0",
    "interviews/demo.toml:37: phase \"failure\" needs at least two rubric items, has 0",
    "interviews/empty.toml:8: phases must be [\"clarify\", \"simplify\", \"bottleneck\", \"failure\"] in this order, found []",
    "interviews/empty.toml:9: phase \"clarify\" needs at least two rubric items, has 0",
    "interviews/empty.toml:9: phase \"simplify\" needs at least two rubric items, has 0",
    "interviews/empty.toml:9: phase \"bottleneck\" needs at least two rubric items, has 0",
    "interviews/empty.toml:9: phase \"failure\" needs at least two rubric items, has 0",
    "interviews/other.toml:1: id \"renamed\" must equal the file name \"other\"",
    "interviews/other.toml:3: difficulty must be easy, medium or hard",
    "interviews/other.toml:5: topics must name at least one curriculum topic",
    "interviews/other.toml:9: scale.facts must list at least one fact",
    "interviews/other.toml:15: phase reference is empty",
    "interviews/other.toml:18: phases must be [\"clarify\", \"simplify\", \"bottleneck\", \"failure\"] in this order, found [\"clarify\", \"bottleneck\", \"simplify\", \"failure\"]",
    "interviews/other.toml:18: phase \"bottleneck\" needs at least two rubric items, has 0",
    "interviews/other.toml:24: phase \"simplify\" needs at least two rubric items, has 0",
    "interviews/other.toml:30: phase \"failure\" needs at least two rubric items, has 0",
    "interviews/other.toml:42: rubric item is empty",
    "interviews/other.toml:46: rubric phase \"simplfy\" is not a phase key",
    "interviews/unreadable.toml:9: invalid TOML: unknown field `fact`, expected `facts`",
    "phase-topics.toml:1: topic \"Indexs\" is not in the curriculum",
    "phase-topics.toml:3: topic \"Indexes\" is listed twice",
];

#[test]
fn every_error_of_every_broken_file_is_reported_at_its_line() {
    let fixture = Path::new(BROKEN);
    let dirs = Dirs {
        decks: vec![fixture.join("decks")],
        interviews: fixture.join("interviews"),
        phase_topics: fixture.join("phase-topics.toml"),
    };
    let mut read: Vec<PathBuf> = Vec::new();
    let errors = check_all(&dirs, &mut |p| read.push(p.to_path_buf()))
        .err()
        .expect("the broken fixture fails");
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let expected: Vec<String> = EXPECTED.iter().map(|e| format!("{BROKEN}/{e}")).collect();
    assert_eq!(found, expected);
    // the build reruns when any of them changes
    for file in [
        "decks/03-unreadable.toml",
        "interviews/demo.toml",
        "phase-topics.toml",
    ] {
        assert!(read.contains(&fixture.join(file)), "{file} watched");
    }
}

/// The errors of a phase topics file, as `file:line: reason`.
fn phase_topic_errors(text: &str) -> Vec<String> {
    let mut errors = Vec::new();
    validate_phase_topics(&src("phase-topics.toml", text), &topics(), &mut errors);
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn phase_topics_must_be_topics_with_a_deck_at_their_line() {
    let text = "clarify = [\"Indexes\"]\nsimplify = []\nbottleneck = [\n  \"Indexes\",\n  \"Indxes\",\n]\nfailure = [\"Transactions\"]\n";
    assert_eq!(
        phase_topic_errors(text),
        [
            "phase-topics.toml:5: topic \"Indxes\" is not in the curriculum",
            "phase-topics.toml:7: topic \"Transactions\" has no deck",
        ]
    );
    let misnamed = text.replace("simplify", "simplfy");
    assert_eq!(
        phase_topic_errors(&misnamed),
        ["phase-topics.toml:2: invalid TOML: unknown field `simplfy`, expected one of `clarify`, `simplify`, `bottleneck`, `failure`"]
    );
}

#[test]
fn phase_topics_become_the_rust_boost_includes() {
    let mut errors = Vec::new();
    let text = "clarify = [\"Indexes\"]\nsimplify = []\nbottleneck = [\"Indexes\"]\nfailure = []\n";
    let table = validate_phase_topics(&src("phase-topics.toml", text), &topics(), &mut errors);
    assert_eq!(errors, []);
    assert_eq!(
        to_rust(&table),
        "[&[\"Indexes\"], &[], &[\"Indexes\"], &[]]\n"
    );
    let quoted = [vec!["say \"hi\"\\".to_string()], vec![], vec![], vec![]];
    assert_eq!(
        to_rust(&quoted),
        "[&[\"say \\\"hi\\\"\\\\\"], &[], &[], &[]]\n"
    );
}
