//! Per-topic mastery, weakest first: retention, then the mature share, then curriculum order.

use super::common::catalogue;
use super::fixture::{day, digest, state, Log, TODAY};
use archdrill::core::stats::mastery::mastery;
use archdrill::core::stats::ratio::Ratio;

#[test]
fn topics_rank_by_retention_then_mature_share_then_curriculum() {
    let catalogue = catalogue();
    let topics: Vec<_> = catalogue
        .sections()
        .iter()
        .flat_map(|s| &s.topics)
        .collect();
    let card = |t: usize, c: usize| topics[t].cards[c].id();
    let mut log = Log::default();
    log.grades(card(0, 0), &[(-10, 4), (-9, 2), (-8, 4)]); // new, fail, pass: 1/2
    log.grades(card(3, 0), &[(-10, 4), (-9, 4), (-8, 1)]); // new, pass, fail: 1/2
    log.grades(card(1, 0), &[(-40, 4), (-31, 1), (-2, 4), (-2, 0)]); // 1/1 in 30 days
    let (reviews, mut states) = log.replayed();
    states.insert(card(0, 1).to_string(), state(30, 250, day(20)));
    states.insert(card(2, 0).to_string(), state(30, 250, day(20)));
    let ranked = mastery(catalogue, &digest(&reviews), &states, TODAY);
    assert_eq!(ranked.len(), topics.len());
    let slugs: Vec<&str> = ranked.iter().map(|m| m.slug.as_str()).collect();
    // equal retention: fewer mature cards first; then topics without reviews, t2 (mature) last
    assert_eq!(
        slugs[..3],
        [&topics[3].slug, &topics[0].slug, &topics[1].slug]
    );
    assert_eq!(*slugs.last().unwrap(), topics[2].slug);
    let unreviewed: Vec<&str> = topics
        .iter()
        .enumerate()
        .filter(|(i, _)| ![0, 1, 2, 3].contains(i))
        .map(|(_, t)| t.slug.as_str())
        .collect();
    assert_eq!(
        slugs[3..slugs.len() - 1],
        unreviewed[..],
        "curriculum order"
    );
    assert_eq!(ranked[0].retention.all(), Ratio::new(1, 2));
    assert_eq!(
        ranked[1].mature,
        Ratio::new(1, topics[0].cards.len() as u64)
    );
    assert_eq!(ranked[2].retention.young, Ratio::new(1, 1));
}
