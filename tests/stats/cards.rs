//! Card counts per section and topic, and the interval and easiness histograms.

use super::common::catalogue;
use super::fixture::{state, states, TODAY};
use archdrill::core::content::progress::Progress;
use archdrill::core::srs::log::CardStates;
use archdrill::core::stats::counts::card_counts;
use archdrill::core::stats::histogram::{easiness, intervals, Bucket};
use archdrill::core::stats::ratio::Ratio;

/// The counts of the bucket list, lowest first.
fn counts(buckets: &[Bucket]) -> Vec<u32> {
    buckets.iter().map(|b| b.count).collect()
}

#[test]
fn cards_count_as_new_learning_or_mature_where_they_belong() {
    let catalogue = catalogue();
    let topic = &catalogue.sections()[0].topics[1];
    let id = |i: usize| topic.cards[i].id();
    let other = catalogue.sections()[1].topics[0].cards[0].id();
    let s = states(&[
        (id(0), state(20, 250, TODAY)),
        (id(1), state(21, 250, TODAY)),
        (other, state(1, 250, TODAY)),
        ("not-in-the-catalogue", state(40, 250, TODAY)),
    ]);
    let c = card_counts(catalogue, &s);
    let total: usize = catalogue
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .map(|t| t.cards.len())
        .sum();
    assert_eq!(
        c.all,
        Progress {
            new: total - 3,
            learning: 2,
            mature: 1
        }
    );
    let first = &c.sections[0];
    assert_eq!((first.all.learning, first.all.mature), (1, 1));
    assert_eq!(first.topics[1].0, topic.slug);
    let n = topic.cards.len();
    assert_eq!(
        first.topics[1].1,
        Progress {
            new: n - 2,
            learning: 1,
            mature: 1
        }
    );
    assert_eq!(
        first.topics[0].1.new,
        catalogue.sections()[0].topics[0].cards.len()
    );
    assert_eq!(c.sections[1].all.learning, 1);
    assert_eq!(c.sections.len(), catalogue.sections().len());
    let empty = card_counts(catalogue, &CardStates::default());
    assert_eq!(
        empty.all,
        Progress {
            new: total,
            learning: 0,
            mature: 0
        }
    );
}

#[test]
fn intervals_and_easiness_fall_in_their_documented_buckets() {
    let days = [1, 2, 6, 7, 20, 21, 29, 30, 364, 365, 1000];
    let ease = [130, 149, 150, 250, 269, 270, 310];
    let pairs: Vec<(String, _)> = (0..days.len())
        .map(|i| (format!("c{i}"), state(days[i], ease[i.min(6)], TODAY)))
        .collect();
    let s: CardStates = pairs.into_iter().collect();
    let by_interval = intervals(&s);
    assert_eq!(counts(&by_interval.buckets), [1, 2, 2, 2, 1, 0, 1, 2]);
    let b = &by_interval.buckets;
    assert_eq!(
        (b[0], b[7].to),
        (
            Bucket {
                from: 1,
                to: Some(1),
                count: 1
            },
            None
        )
    );
    assert_eq!((b[3].from, b[3].to), (21, Some(29)));
    assert_eq!(by_interval.mean, Ratio::new(1845, 11));
    assert_eq!(by_interval.mean.decimal(1).as_deref(), Some("167.7"));
    // the last four cards share 310: 130, 149, 150, 250, 269, 270, 310 × 5
    let by_ease = easiness(&s);
    assert_eq!(counts(&by_ease.buckets), [2, 1, 0, 0, 0, 0, 2, 6]);
    let mean = Ratio::new(by_ease.mean.part, by_ease.mean.whole * 100);
    assert_eq!(
        by_ease.mean.part,
        130 + 149 + 150 + 250 + 269 + 270 + 310 * 5
    );
    assert_eq!(mean.decimal(2).as_deref(), Some("2.52"));
}

#[test]
fn an_empty_collection_has_empty_histograms() {
    let none = CardStates::default();
    for h in [intervals(&none), easiness(&none)] {
        assert!(h.buckets.iter().all(|b| b.count == 0));
        assert_eq!((h.buckets.len(), h.mean.decimal(1)), (8, None));
    }
}
