//! Feedback from mock interviews into review: after an attempt, the cards of the topics
//! linked to its weakest phase(s) come up sooner — their new cards are introduced first and
//! their reviews due within [`PULL_FORWARD_DAYS`] become due today.
//!
//! The topics of a weak phase are the interview's own linked topics plus the topics that
//! phase exercises in every interview ([`PHASE_TOPICS`]).

use crate::core::content::catalogue::Catalogue;
use crate::core::interview::model::{Interview, PhaseKey};
use crate::core::srs::log::CardStates;
use crate::core::srs::queue::Priority;
use crate::core::srs::study_day::StudyDay;
use serde::{Deserialize, Serialize};

/// Curriculum topics each phase exercises, by phase (clarify, simplify, bottleneck, failure):
/// `interviews/feedback/phase-topics.toml`, whose every name `build.rs` checks is a topic with a deck.
pub const PHASE_TOPICS: [&[&str]; 4] = include!(concat!(env!("OUT_DIR"), "/phase-topics.rs"));

/// Reviews due within this many days are pulled forward to today.
pub const PULL_FORWARD_DAYS: u32 = 7;

/// Study days a boost keeps putting its topics' new cards first.
pub const BOOST_DAYS: i32 = 14;

/// What one attempt asked to see sooner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boost {
    /// The attempt that caused it.
    pub attempt_id: String,
    /// The study day it was made.
    pub day: StudyDay,
    /// Topic names whose new cards go first.
    pub topics: Vec<String>,
    /// Review cards pulled to `day`, with their due day at that moment.
    pub pulled: Vec<(String, StudyDay)>,
}

/// The topics to boost after an attempt whose weakest phases are `weakest` (none if empty).
pub fn boost_topics(interview: &Interview, weakest: &[PhaseKey]) -> Vec<String> {
    if weakest.is_empty() {
        return Vec::new();
    }
    let mut topics: Vec<String> = interview.topics.iter().map(|t| t.to_string()).collect();
    for phase in weakest {
        for topic in PHASE_TOPICS[phase.index()] {
            if !topics.iter().any(|t| t == topic) {
                topics.push(topic.to_string());
            }
        }
    }
    topics
}

/// The card ids of the named topics of `catalogue`.
fn cards_of<'c>(catalogue: &'c Catalogue, topics: &'c [String]) -> impl Iterator<Item = &'c str> {
    catalogue
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .filter(move |t| topics.contains(&t.name))
        .flat_map(|t| t.cards.iter().map(|c| c.id()))
}

/// A boost for `topics` made on `today`, or `None` when there is nothing to boost.
pub fn make_boost(
    catalogue: &Catalogue,
    attempt_id: &str,
    topics: Vec<String>,
    states: &CardStates,
    today: StudyDay,
) -> Option<Boost> {
    if topics.is_empty() {
        return None;
    }
    let horizon = today.plus(PULL_FORWARD_DAYS);
    let pulled = cards_of(catalogue, &topics)
        .filter_map(|id| states.get(id).map(|s| (id, s.due)))
        .filter(|&(_, due)| due > today && due <= horizon)
        .map(|(id, due)| (id.to_string(), due))
        .collect();
    Some(Boost {
        attempt_id: attempt_id.to_string(),
        day: today,
        topics,
        pulled,
    })
}

/// The queue priority of the boosts still active on `today`, over the cards of `catalogue`.
pub fn priority(catalogue: &Catalogue, boosts: &[Boost], today: StudyDay) -> Priority {
    let mut priority = Priority::default();
    for boost in boosts.iter().filter(|b| b.day <= today) {
        for (id, due) in &boost.pulled {
            priority.pulled.insert(id.clone(), (*due, boost.day));
        }
        if today.0 - boost.day.0 < BOOST_DAYS {
            priority
                .new_first
                .extend(cards_of(catalogue, &boost.topics).map(String::from));
        }
    }
    priority
}
