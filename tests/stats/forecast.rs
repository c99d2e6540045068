//! The forecast: overdue cards on today, new cards apart, weeks.

use super::fixture::{day, state, states, TODAY};
use archdrill::core::srs::log::CardStates;
use archdrill::core::stats::forecast::{forecast, Load};

#[test]
fn overdue_cards_count_on_today_and_far_ones_fall_off() {
    let offsets = [-10, -1, 0, 1, 29, 30, 363, 364];
    let pairs: Vec<(String, _)> = offsets
        .iter()
        .map(|&o| (format!("c{o}"), state(6, 250, day(o))))
        .collect();
    let pairs: Vec<(&str, _)> = pairs.iter().map(|(id, s)| (id.as_str(), *s)).collect();
    let f = forecast(&states(&pairs), TODAY, (20, 20), 45);
    assert_eq!(f.overdue, 2);
    assert_eq!(f.days.len(), 30);
    assert_eq!(f.days[0], Load { due: 3, new: 20 });
    assert_eq!(f.days[1], Load { due: 1, new: 20 });
    assert_eq!(f.days[2], Load { due: 0, new: 5 });
    assert_eq!(f.days[29], Load { due: 1, new: 0 });
    assert_eq!(
        f.days.iter().map(|l| l.due).sum::<u32>(),
        5,
        "day 30 is the 31st day"
    );
    assert_eq!(f.weeks.len(), 52);
    assert_eq!(f.weeks[0], Load { due: 4, new: 45 });
    assert_eq!(f.weeks[4].due, 2, "days 28–34");
    assert_eq!(f.weeks[51].due, 1, "day 363; day 364 is past the 52nd week");
    assert_eq!(f.weeks.iter().map(|l| l.due).sum::<u32>(), 7);
}

#[test]
fn an_empty_collection_forecasts_nothing_but_new_cards() {
    let f = forecast(&CardStates::default(), TODAY, (20, 20), 0);
    assert_eq!((f.overdue, f.days.len(), f.weeks.len()), (0, 30, 52));
    assert!(f.days.iter().chain(&f.weeks).all(|l| *l == Load::default()));
    let f = forecast(&CardStates::default(), TODAY, (10, 10), 25);
    let new: Vec<u32> = f.days.iter().take(4).map(|l| l.new).collect();
    assert_eq!(new, [10, 10, 5, 0]);
}

#[test]
fn today_introduces_what_its_limit_leaves_then_each_day_its_limit() {
    // 15 of today's 20 new cards were studied already: 5 more today, 20 a day after
    let f = forecast(&CardStates::default(), TODAY, (5, 20), 30);
    let new: Vec<u32> = f.days.iter().take(4).map(|l| l.new).collect();
    assert_eq!(new, [5, 20, 5, 0]);
    assert_eq!(f.weeks[0].new, 30);
}
