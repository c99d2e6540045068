//! Table tests of the automatic signals' counts: a quantity, a technology or a component named
//! twice, anywhere in the notes and in any spelling, counts once.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::interview::model::PhaseKey;
use archdrill::core::interview::session::Mark;
use archdrill::core::interview::signals::signals;
use common::{attempt, catalogue, signal};

/// Notes of one phase, the mark its signal should get and the evidence it should show.
type Case = (&'static str, Mark, &'static str);

/// Checks the signal named `name_part` of `phase` for notes written in `phase` (and, for the
/// failure phase, `simplify` as the simplify notes).
fn check(phase: PhaseKey, name_part: &str, simplify: &str, cases: &[Case]) {
    for (notes, mark, evidence) in cases {
        let mut all = ["", simplify, "", ""];
        all[phase.index()] = notes;
        let (a, now) = attempt(all, [1.0; 4]);
        let found = signals(catalogue().interview("url-shortener").unwrap(), &a, now);
        let s = signal(&found, name_part, phase).unwrap();
        assert_eq!(
            (s.mark, s.evidence.as_str()),
            (*mark, *evidence),
            "notes: {notes:?}"
        );
    }
}

#[test]
fn a_quantity_written_again_counts_once() {
    check(
        PhaseKey::Clarify,
        "Quantifies",
        "",
        &[
            (
                "10k QPS, 5 TB, then 10k QPS",
                Mark::Partly,
                "2 found: 10k QPS, 5 TB",
            ),
            (
                "5 TB, 5 TB, 1 TB, 5 TB",
                Mark::Partly,
                "2 found: 5 TB, 1 TB",
            ),
            (
                "10k QPS; 5 TB; 10K qps; 20 ms; 10kQPS",
                Mark::Met,
                "3 found: 10k QPS, 5 TB, 20 ms",
            ),
            ("10k QPS 10k QPS 10k QPS", Mark::Partly, "1 found: 10k QPS"),
            (
                "40 writes/s, 4k reads/s, 3 TB",
                Mark::Met,
                "3 found: 40 writes/s, 4k reads/s, 3 TB",
            ),
            ("no numbers yet", Mark::Missed, "0 found: none"),
        ],
    );
}

#[test]
fn a_technology_in_two_spellings_counts_once() {
    check(
        PhaseKey::Simplify,
        "technologies",
        "",
        &[
            (
                "Postgres primary, PostgreSQL replica, Redis",
                Mark::Partly,
                "2 named: Postgres, Redis",
            ),
            (
                "WebSocket gateway, WebSockets fan-out, Kafka",
                Mark::Partly,
                "2 named: Kafka, WebSocket",
            ),
            (
                "Postgres, then Redis, then Postgres again, and Kafka",
                Mark::Met,
                "3 named: Postgres, Redis, Kafka",
            ),
        ],
    );
}

#[test]
fn a_component_named_as_technology_and_word_counts_once() {
    // "CDN" is a technology and a component word: one component, not two
    check(
        PhaseKey::Failure,
        "goes down",
        "Postgres, Redis, Kafka and S3 behind a CDN",
        &[
            (
                "Postgres down: fail over.\nRedis down: read Postgres.\n\
                 Kafka down: buffer.\nS3 unavailable: retry.",
                Mark::Met,
                "covered: postgres, redis, kafka, s3; not covered: cdn",
            ),
            (
                "CDN down: the origin serves.",
                Mark::Partly,
                "covered: cdn; not covered: postgres, redis, kafka, s3",
            ),
        ],
    );
    // a component written one way in simplify and another in failure is still covered
    check(
        PhaseKey::Failure,
        "goes down",
        "one PostgreSQL primary",
        &[(
            "Postgres down: promote the replica.",
            Mark::Met,
            "covered: postgres; not covered: none",
        )],
    );
}
