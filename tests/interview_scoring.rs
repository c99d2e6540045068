//! Automatic signals (positive and negative cases), the rating rule, and the review boost.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::content::catalogue::Scope;
use archdrill::core::feedback::boost::{boost_topics, make_boost, priority, PHASE_TOPICS};
use archdrill::core::interview::model::PhaseKey;
use archdrill::core::interview::rating::{rate, Rating};
use archdrill::core::interview::session::Mark;
use archdrill::core::interview::signals::{quantities, signals, technologies};
use archdrill::core::srs::limits::Limits;
use archdrill::core::srs::log::CardStates;
use archdrill::core::srs::queue::{build_queue, count, Priority, Stage};
use archdrill::core::srs::sm2::Sm2State;
use archdrill::core::srs::study_day::StudyDay;
use common::{attempt, catalogue, signal};

const STRONG: [&str; 4] = [
    "100M URLs/month → ~40 writes/s avg, 400/s peak; 4k reads/s; 3 TB over 5 years; p99 20 ms; 99.99 % uptime",
    "Monolith API servers behind an ALB; Postgres primary; Redis cache for hot keys; a Kafka topic for click counts",
    "| option | cost |\n|---|---|\n| Redis cache | 1 node |\n| read replicas | 2 |\n",
    "Postgres down: fail over to the synchronous replica (RTO 1 min).\nRedis down: reads fall back to Postgres.\n\
     Kafka down: clicks buffer on the API servers; consumer retries with backoff, poison messages to a DLQ.\n\
     ALB failure: multi-AZ.",
];

#[test]
fn quantities_need_a_unit() {
    assert_eq!(
        quantities("~400/s peak, 10K RPS, 3 TB, 99.9% and 100M"),
        ["400/s", "10K RPS", "3 TB", "99.9%", "100M"]
    );
    assert!(quantities("version 2 of the design in 2026 with v3").is_empty());
    assert_eq!(
        technologies("postgres + Redis, kafka"),
        ["Postgres", "Redis", "Kafka"]
    );
    assert!(technologies("a database and a cache").is_empty());
}

#[test]
fn strong_notes_raise_every_signal_with_evidence() {
    let (a, now) = attempt(STRONG, [8.0, 10.0, 15.0, 12.0]);
    let all = signals(catalogue().interview("url-shortener").unwrap(), &a, now);
    let numbers = signal(&all, "Quantifies", PhaseKey::Clarify).unwrap();
    assert_eq!(numbers.mark, Mark::Met);
    assert!(
        numbers.evidence.contains("40 writes/s") && numbers.evidence.contains("3 TB"),
        "{}",
        numbers.evidence
    );
    let tech = signal(&all, "technologies", PhaseKey::Simplify).unwrap();
    assert_eq!(tech.mark, Mark::Met);
    assert!(
        tech.evidence.contains("Postgres, Redis, Kafka"),
        "{}",
        tech.evidence
    );
    assert_eq!(
        signal(&all, "table", PhaseKey::Bottleneck)
            .unwrap()
            .evidence,
        "table with columns: option | cost"
    );
    let dlq = signal(&all, "dead-letter", PhaseKey::Failure).unwrap();
    assert_eq!(dlq.mark, Mark::Met, "{}", dlq.evidence);
    let down = signal(&all, "goes down", PhaseKey::Failure).unwrap();
    assert_eq!(down.mark, Mark::Met, "{}", down.evidence);
    assert!(all
        .iter()
        .filter(|s| s.name.contains("time budget"))
        .all(|s| s.mark == Mark::Met));
}

#[test]
fn weak_notes_miss_signals_and_say_why() {
    let weak = [
        "it depends on scale",
        "a server and a database, then a queue for analytics",
        "add caching",
        "use retries",
    ];
    let (a, now) = attempt(weak, [12.0, 10.0, 15.0, 20.0]);
    let all = signals(catalogue().interview("url-shortener").unwrap(), &a, now);
    let numbers = signal(&all, "Quantifies", PhaseKey::Clarify).unwrap();
    assert_eq!(
        (numbers.mark, numbers.evidence.as_str()),
        (Mark::Missed, "0 found: none")
    );
    assert_eq!(
        signal(&all, "technologies", PhaseKey::Simplify)
            .unwrap()
            .mark,
        Mark::Missed
    );
    assert_eq!(
        signal(&all, "table", PhaseKey::Bottleneck).unwrap().mark,
        Mark::Missed
    );
    let dlq = signal(&all, "dead-letter", PhaseKey::Failure).unwrap();
    assert_eq!(
        dlq.mark,
        Mark::Partly,
        "retries but no DLQ: {}",
        dlq.evidence
    );
    let down = signal(&all, "goes down", PhaseKey::Failure).unwrap();
    assert_eq!(down.mark, Mark::Missed);
    assert!(
        down.evidence.contains("not covered: database, queue"),
        "{}",
        down.evidence
    );
    // clarify 12 of 8 minutes (+50 %) is missed, failure 20 of 12 too; the others are on time
    let time = |p| signal(&all, "time budget", p).unwrap();
    assert_eq!(
        (
            time(PhaseKey::Clarify).mark,
            time(PhaseKey::Clarify).evidence.as_str()
        ),
        (Mark::Missed, "12:00 of 8:00")
    );
    assert_eq!(time(PhaseKey::Simplify).mark, Mark::Met);
    // no async word anywhere: no DLQ signal at all
    let (sync_only, now) = attempt(["", "Postgres", "", ""], [1.0; 4]);
    assert!(signal(
        &signals(
            catalogue().interview("url-shortener").unwrap(),
            &sync_only,
            now
        ),
        "dead-letter",
        PhaseKey::Failure
    )
    .is_none());
}

#[test]
fn the_rating_rule_weights_rubric_and_signals_and_caps_by_the_weakest_phase() {
    let url = catalogue().interview("url-shortener").unwrap();
    let (a, now) = attempt(STRONG, [8.0, 10.0, 15.0, 12.0]);
    let all = signals(url, &a, now);
    let everything_met = vec![Some(Mark::Met); url.rubric.len()];
    let report = rate(url, &everything_met, &all);
    assert_eq!(report.rating, Rating::StrongHire);
    assert!(report.phases.iter().all(|p| (p.score - 1.0).abs() < 1e-9));
    assert!(report.weakest_phases().is_empty());

    // failure rubric all missed: failure phase = 0.75×0 + 0.25×1 = 0.25 → No Hire; overall capped at Lean No Hire
    let mut marks = everything_met.clone();
    for (i, _) in url.rubric_of(PhaseKey::Failure) {
        marks[i] = Some(Mark::Missed);
    }
    let report = rate(url, &marks, &all);
    let failure = &report.phases[3];
    assert!((failure.score - 0.25).abs() < 1e-9);
    assert_eq!(failure.rating, Rating::NoHire);
    assert!(
        failure.explanation().ends_with("= 0.25 → No Hire"),
        "{}",
        failure.explanation()
    );
    assert_eq!(report.rating, Rating::LeanNoHire);
    assert!(
        report.explanation.contains("capped at Lean No Hire"),
        "{}",
        report.explanation
    );
    assert_eq!(report.weakest_phases(), [PhaseKey::Failure]);

    // partly everywhere with strong signals: 0.75×0.5 + 0.25×1 = 0.625 → Lean No Hire (below 0.65)
    let partly = rate(url, &vec![Some(Mark::Partly); url.rubric.len()], &all);
    assert!(partly.phases.iter().all(|p| p.rating == Rating::LeanNoHire));
    assert_eq!(partly.rating, Rating::LeanNoHire);
    // unassessed items count as missed
    assert_eq!(
        rate(url, &vec![None; url.rubric.len()], &all).rating,
        Rating::NoHire
    );
}

#[test]
fn a_weak_phase_boosts_the_interviews_and_the_phases_topics() {
    let url = catalogue().interview("url-shortener").unwrap();
    let topics = boost_topics(url, &[PhaseKey::Failure]);
    // the interview's own topics, then the failure phase's (interviews/feedback/phase-topics.toml)
    let mut expected: Vec<&str> = url.topics.iter().map(|t| t.as_str()).collect();
    expected.extend([
        "Retries and backoff",
        "Circuit breakers",
        "Multi-region and disaster recovery",
    ]);
    assert_eq!(topics, expected);
    assert!(boost_topics(url, &[]).is_empty());
}

#[test]
fn a_boost_pulls_reviews_forward_and_puts_its_new_cards_first() {
    let url = catalogue().interview("url-shortener").unwrap();
    let topics = boost_topics(url, &[PhaseKey::Failure]);
    let today = StudyDay(500);
    let retries = Scope::Topic("retries-and-backoff".into()).card_ids(catalogue());
    let state = |due| Sm2State {
        repetitions: 3,
        interval: 10,
        ef100: 250,
        due: StudyDay(due),
    };
    let states = CardStates::from_iter([
        (retries[0].to_string(), state(503)), // due in 3 days → pulled to today
        (retries[1].to_string(), state(507)), // due in 7 days → pulled
        (retries[2].to_string(), state(508)), // due in 8 days → stays
    ]);
    let boost = make_boost(catalogue(), "url-shortener@1", topics, &states, today).unwrap();
    assert_eq!(boost.pulled.len(), 2);
    let prio = priority(catalogue(), std::slice::from_ref(&boost), today);
    let all = Scope::All.card_ids(catalogue());
    let queue = build_queue(&all, &states, &[], today, Limits::new_cards(5), &prio);
    assert_eq!(
        &queue[..2],
        &[(retries[0], Stage::Due), (retries[1], Stage::Due)]
    );
    let boosted_new: Vec<&str> = queue
        .iter()
        .filter(|(_, s)| *s == Stage::New)
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(boosted_new.len(), 5);
    assert!(
        boosted_new.iter().all(|id| prio.new_first.contains(*id)),
        "boosted topics' new cards first: {boosted_new:?}"
    );
    assert_eq!(
        count(&build_queue(
            &all,
            &states,
            &[],
            today,
            Limits::new_cards(5),
            &Priority::default()
        ))
        .due,
        0,
        "without the boost nothing is due"
    );

    // once reviewed (due day changed), a pulled card is no longer forced due
    let mut reviewed = states.clone();
    reviewed.insert(retries[0].to_string(), state(530));
    assert_eq!(
        count(&build_queue(
            &all,
            &reviewed,
            &[],
            today.plus(1),
            Limits::new_cards(0),
            &prio
        ))
        .due,
        1
    );
    // after BOOST_DAYS new cards are no longer put first, pulled cards stay due until reviewed
    let later = priority(catalogue(), std::slice::from_ref(&boost), today.plus(20));
    assert!(later.new_first.is_empty() && later.pulled.len() == 2);
}

#[test]
fn every_phase_topic_is_a_topic_of_the_build_with_cards() {
    let topics: Vec<_> = catalogue()
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .collect();
    for (phase, names) in PHASE_TOPICS.iter().enumerate() {
        assert!(!names.is_empty(), "phase {phase} exercises some topic");
        for name in *names {
            let topic = topics.iter().find(|t| t.name == *name);
            assert!(
                topic.is_some_and(|t| !t.cards.is_empty()),
                "phase {phase}: \"{name}\" is not a topic of the catalogue with cards"
            );
        }
    }
}
