//! The follow-up questions: one per single point of failure and one per asynchronous hop,
//! in the sketch's own words.

use archdrill::core::sketch::analysis::{analyse, Context};
use archdrill::core::sketch::followup::{questions, Question, Topic};
use archdrill::core::sketch::parse::parse;

/// The questions for the sketch `body` (after `flowchart LR`) with no notes or facts.
fn asked(body: &str) -> Vec<Question> {
    let sketch = parse(&format!("flowchart LR\n{body}")).unwrap();
    questions(&sketch, &analyse(&sketch, &Context::default()))
}

#[test]
fn one_question_per_single_point_of_failure_with_its_edge_labels() {
    let got = asked("c((Client)) -->|creates| api[API ×3] -->|creates| db[(Postgres primary)]\n api -->|redirects| db");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].topic, got[0].nodes.as_slice()),
        (Topic::SinglePointOfFailure, &[2][..])
    );
    assert_eq!(got[0].text, "Your design has one Postgres primary. What happens to creates and redirects when it goes down, and how long until they recover?");
}

#[test]
fn unlabelled_edges_ask_about_the_requests_through_it_and_three_labels_read_as_a_list() {
    let got = asked("c((Client)) --> lb[Load balancer] --> api[API ×2] --> db[(DB ×2)]");
    assert_eq!(got[0].text, "Your design has one Load balancer. What happens to the requests that pass through it when it goes down, and how long until they recover?");
    let three =
        asked("c((Client)) -->|reads| db[(Postgres)]\n c -->|writes| db\n c -->|deletes| db");
    assert!(
        three[0]
            .text
            .contains("What happens to reads, writes and deletes when"),
        "{}",
        three[0].text
    );
}

#[test]
fn one_question_per_async_hop_naming_its_labels_and_queue() {
    let got = asked("c((Client)) --> api[API ×2] --> db[(Postgres ×2)]\n api -.->|clicks| k[[Kafka]] --> w[Analytics worker]\n api -.-> m[Mailer]");
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "API hands work to Mailer asynchronously. What happens to a message Mailer cannot process: how often is it retried, where does it go after the last retry, and who finds out?",
            "API hands clicks to Analytics worker through Kafka asynchronously. What happens to a message Analytics worker cannot process: how often is it retried, where does it go after the last retry, and who finds out?",
        ]
    );
    assert!(got.iter().all(|q| q.topic == Topic::AsyncHop));
    assert_eq!(got[1].nodes, [1, 3, 4]);
}

#[test]
fn hops_are_asked_about_even_with_a_dead_letter_queue_and_a_sound_design_gets_none() {
    let got = asked("api[API ×2] --> q[[SQS]] --> w[Worker ×2]\n q --> dlq[[DLQ]]");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(asked("c((Client)) --> api[API ×2] --> db[(Postgres ×2)]").is_empty());
}

#[test]
fn the_issue_s_example_gets_both_questions_in_order() {
    let got = asked("c((Client)) -->|creates| api[API ×2] -->|creates| db[(Postgres)]\n api -.->|events| k[[Kafka]] --> w[Worker]");
    let topics: Vec<Topic> = got.iter().map(|q| q.topic).collect();
    assert_eq!(topics, [Topic::SinglePointOfFailure, Topic::AsyncHop]);
    assert!(got[0]
        .text
        .starts_with("Your design has one Postgres. What happens to creates when"));
}
