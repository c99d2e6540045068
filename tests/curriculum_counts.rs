//! The home screen's counts for every topic, section and the whole curriculum, taken in one pass,
//! equal the counts of the queue built for each of those scopes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use archdrill::core::content::catalogue::{Scope, Section};
use archdrill::core::srs::event::Event;
use archdrill::core::srs::log::CardStates;
use common::catalogue;

use archdrill::core::srs::limits::Limits;
use archdrill::core::srs::queue::{build_queue, count, curriculum_counts, Counts, Priority};
use archdrill::core::srs::study_day::StudyDay;
use common::{due_on, entry};
use proptest::prelude::*;

const TODAY: i32 = 500;

/// Card states, today's log and the interview priority.
type Learner = (CardStates, Vec<Event>, Priority);

/// New, due, not yet due, graded and re-drilled cards across the catalogue, mixed by `picks`.
fn learner(picks: &[u8]) -> Learner {
    let ids = Scope::All.card_ids(catalogue());
    let mut states = CardStates::default();
    let mut log = Vec::new();
    let mut priority = Priority::default();
    for (i, id) in ids.iter().enumerate() {
        let pick = picks[i % picks.len()];
        let due = TODAY - 3 + i32::from(pick % 7);
        match pick % 6 {
            0 => {}
            1 => {
                priority.new_first.insert(id.to_string());
            }
            _ => {
                states.insert(id.to_string(), due_on(due));
            }
        }
        if pick.is_multiple_of(5) {
            let before = states.get(*id).copied();
            let first = entry(log.len() as u64 + 1, id, TODAY, pick % 6, before, false);
            states.insert(id.to_string(), first.after.unwrap());
            log.push(first);
            if pick.is_multiple_of(3) {
                let after = states[*id];
                log.push(entry(
                    log.len() as u64 + 1,
                    id,
                    TODAY,
                    4 + pick % 2,
                    Some(after),
                    true,
                ));
            }
        }
        if pick % 9 == 4 && states.contains_key(*id) {
            priority
                .pulled
                .insert(id.to_string(), (StudyDay(due), StudyDay(TODAY - 1)));
        }
    }
    (states, log, priority)
}

fn queue_counts(scope: Scope, data: &Learner, new_per_day: u32) -> Counts {
    let ids = scope.card_ids(catalogue());
    count(&build_queue(
        &ids,
        &data.0,
        &data.1,
        StudyDay(TODAY),
        Limits::new_cards(new_per_day),
        &data.2,
    ))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn every_scope_counts_like_its_queue(picks in proptest::collection::vec(any::<u8>(), 1..40), new_per_day in 0u32..40) {
        let data = learner(&picks);
        let all = curriculum_counts(catalogue().sections().iter().map(Section::topic_card_ids), &data.0, &data.1, StudyDay(TODAY), Limits::new_cards(new_per_day), &data.2);
        prop_assert_eq!(all.total, queue_counts(Scope::All, &data, new_per_day));
        for (i, section) in catalogue().sections().iter().enumerate() {
            prop_assert_eq!(all.sections[i], queue_counts(Scope::Section(i), &data, new_per_day));
            for (j, topic) in section.topics.iter().enumerate() {
                prop_assert_eq!(all.topics[i][j], queue_counts(Scope::Topic(topic.slug.to_string()), &data, new_per_day));
            }
        }
    }
}

#[test]
fn a_fresh_learner_sees_the_daily_limit_everywhere() {
    let counts = curriculum_counts(
        catalogue().sections().iter().map(Section::topic_card_ids),
        &CardStates::default(),
        &[],
        StudyDay(TODAY),
        Limits::new_cards(20),
        &Priority::default(),
    );
    assert_eq!(
        counts.total,
        Counts {
            due: 0,
            new: 20,
            drill: 0
        }
    );
    assert_eq!(counts.sections.len(), catalogue().sections().len());
    for (section, topics) in catalogue().sections().iter().zip(&counts.topics) {
        for (topic, c) in section.topics.iter().zip(topics) {
            let new = topic.cards.len().min(20);
            assert_eq!(
                *c,
                Counts {
                    due: 0,
                    new,
                    drill: 0
                },
                "{}",
                topic.name
            );
        }
    }
}
