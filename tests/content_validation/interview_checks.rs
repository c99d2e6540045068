//! Interview files refused at the line of the offending value.

use crate::deck_checks::topics;
use crate::interviews::validate_interviews;
use crate::src;

/// An interview with these phases and minutes linking `topic`, two rubric items a phase.
fn interview_text(phases: &[(&str, u32)], minutes: u32, topic: &str) -> String {
    let mut text = format!(
        "id = \"demo\"\ntitle = \"Design a demo\"\ndifficulty = \"easy\"\nminutes = {minutes}\n\
         topics = [\"{topic}\"]\nprompt = \"Go.\"\n\n[scale]\nfacts = [\"1k users\"]\n"
    );
    for (key, m) in phases {
        text.push_str(&format!(
            "\n[[phase]]\nkey = \"{key}\"\nminutes = {m}\nprompt = \"P\"\nreference = \"R\"\n"
        ));
        for n in 0..2 {
            text.push_str(&format!(
                "\n[[rubric]]\nphase = \"{key}\"\nitem = \"item {n}\"\nweight = 2\n"
            ));
        }
    }
    text
}

/// The errors of an interview file, as `file:line: reason`.
fn interview_errors(text: &str) -> Vec<String> {
    let mut errors = Vec::new();
    validate_interviews(&[src("interviews/demo.toml", text)], &topics(), &mut errors);
    errors.iter().map(ToString::to_string).collect()
}

/// The four phases with their minutes (45 in all).
const FOUR: [(&str, u32); 4] = [
    ("clarify", 8),
    ("simplify", 10),
    ("bottleneck", 15),
    ("failure", 12),
];

#[test]
fn a_valid_interview_passes() {
    let text = interview_text(&FOUR, 45, "Indexes");
    assert_eq!(interview_errors(&text), Vec::<String>::new());
    let mut errors = Vec::new();
    let parsed = validate_interviews(
        &[src("interviews/demo.toml", &text)],
        &topics(),
        &mut errors,
    );
    assert_eq!(errors, []);
    assert_eq!(parsed[0].phases[3].minutes, 12);
    let last = &parsed[0].rubric[7];
    assert_eq!(
        (last.phase, last.item.as_str(), last.weight),
        (3, "item 1", 2)
    );
}

#[test]
fn interview_mistakes_are_named_with_file_and_line() {
    let errs = interview_errors(&interview_text(&FOUR, 40, "Indexes"));
    assert_eq!(
        errs,
        ["interviews/demo.toml:4: minutes = 40 but the phases add up to 45"]
    );

    let errs = interview_errors(&interview_text(&FOUR, 45, "Sharding"));
    assert_eq!(
        errs,
        ["interviews/demo.toml:5: topic \"Sharding\" is not in the curriculum"]
    );

    let swapped = [FOUR[1], FOUR[0], FOUR[2], FOUR[3]];
    let errs = interview_errors(&interview_text(&swapped, 45, "Indexes"));
    assert!(
        errs[0].contains(
            "phases must be [\"clarify\", \"simplify\", \"bottleneck\", \"failure\"] in this order"
        ),
        "{errs:?}"
    );

    let one_item =
        interview_text(&FOUR, 45, "Indexes").replacen("item = \"item 1\"", "item = \"\"", 1);
    assert!(interview_errors(&one_item)[0].ends_with("rubric item is empty"));

    let heavy = interview_text(&FOUR, 45, "Indexes").replacen("weight = 2", "weight = 5", 1);
    assert!(interview_errors(&heavy)[0].ends_with("rubric weight must be 1, 2 or 3"));

    let renamed = interview_text(&FOUR, 45, "Indexes").replace("id = \"demo\"", "id = \"other\"");
    assert_eq!(
        interview_errors(&renamed),
        ["interviews/demo.toml:1: id \"other\" must equal the file name \"demo\""]
    );
}

#[test]
fn interview_errors_point_at_the_offending_value_not_line_one() {
    let good = interview_text(&FOUR, 45, "Indexes");
    let empty_fact = good.replace(
        "facts = [\"1k users\"]",
        "facts = [\n  \"1k users\",\n  \"\",\n]",
    );
    assert_eq!(
        interview_errors(&empty_fact),
        ["interviews/demo.toml:11: scale fact is empty"]
    );
    let no_facts = good.replace("facts = [\"1k users\"]", "\nfacts = []");
    assert_eq!(
        interview_errors(&no_facts),
        ["interviews/demo.toml:10: scale.facts must list at least one fact"]
    );
    let no_topics = good.replace("topics = [\"Indexes\"]", "topics = []");
    assert_eq!(
        interview_errors(&no_topics),
        ["interviews/demo.toml:5: topics must name at least one curriculum topic"]
    );
    // too few items: at the one left (line 39), or at the phase's key (line 28) when none is
    let one_simplify = good.replacen("phase = \"simplify\"", "phase = \"clarify\"", 1);
    assert_eq!(
        interview_errors(&one_simplify),
        ["interviews/demo.toml:39: phase \"simplify\" needs at least two rubric items, has 1"]
    );
    let no_simplify = good.replace("phase = \"simplify\"", "phase = \"clarify\"");
    assert_eq!(
        interview_errors(&no_simplify),
        ["interviews/demo.toml:28: phase \"simplify\" needs at least two rubric items, has 0"]
    );
}

#[test]
fn a_curriculum_topic_without_a_deck_is_named_so() {
    assert_eq!(
        interview_errors(&interview_text(&FOUR, 45, "Transactions")),
        ["interviews/demo.toml:5: topic \"Transactions\" has no deck"]
    );
}
