//! The app state read again: when another tab wrote, or the study day rolled over.

use super::AppState;
use crate::core::interview::session::add_missing;
use crate::core::srs::study_data::StudyData;
use crate::store::{earlier_reviews, load_startup, Store, StoreError};
use crate::ui::clock;
use leptos::prelude::*;

impl<S: Store + 'static> AppState<S> {
    /// Listens to the other tabs of this browser: when one has written, this one reads again.
    pub fn connect_tabs(self) {
        self.tabs
            .set_value(crate::ui::tabs::connect(move || self.refresh()));
    }

    /// Reads everything again from the store (another tab wrote, or the day rolled over). A
    /// write of this tab that lands meanwhile makes it read once more, so a read begun before
    /// that write never hides it; attempts this tab holds stay as they are (it may be typing
    /// into one), attempts of other tabs join them.
    pub fn refresh(self) {
        let store = self.store.get_value();
        let started = (self.revision.get_untracked(), self.busy.get_untracked());
        leptos::task::spawn_local(async move {
            let read = async {
                let store = store.await?;
                let startup = load_startup(&*store, clock::today_of).await?;
                let earlier = earlier_reviews(&*store, startup.today).await?;
                Ok::<_, StoreError>((startup, earlier))
            };
            let read = read.await;
            if (self.revision.get_untracked(), self.busy.get_untracked()) != started {
                return self.refresh();
            }
            match read {
                Ok((startup, earlier)) => {
                    self.settings.set(startup.settings);
                    self.today.set(startup.today);
                    self.attempts
                        .update(|mine| add_missing(mine, startup.attempts));
                    self.boosts.set(startup.boosts);
                    self.take_own(Some(startup.own_log), &[]);
                    let data = StudyData {
                        earlier_reviews: earlier,
                        ..startup.data
                    };
                    self.data.set(data);
                }
                Err(e) => self.error.set(Some(e.to_string())),
            }
        });
    }
}
