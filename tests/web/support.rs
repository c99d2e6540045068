//! Helpers of the browser tests: waiting, fresh databases, moments, the DOM.

use archdrill::core::content::catalogue::Catalogue;
use archdrill::core::srs::event::Event;
use archdrill::core::srs::sm2::Grade;
use archdrill::core::srs::study_data::StudyData;
use archdrill::core::srs::study_day::{Moment, StudyDay};
use archdrill::store::indexed_db::IdbStore;
use archdrill::store::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Polls `cond` every 10 ms for up to 5 s.
pub async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// Opens the database `name`, ignoring other tabs' upgrades.
pub async fn open(name: &str) -> IdbStore {
    IdbStore::open(name, || ()).await.unwrap()
}

/// A new, empty database `name`.
pub async fn fresh_store(name: &str) -> IdbStore {
    IdbStore::delete(name).await.unwrap();
    open(name).await
}

/// Noon of study day `day` (UTC).
pub fn at(day: i32) -> Moment {
    Moment {
        at_ms: f64::from(day) * 86_400_000.0 + 43_200_000.0,
        day: StudyDay(day),
    }
}

/// Grade `q`.
pub fn g(q: u8) -> Grade {
    Grade::new(q).unwrap()
}

/// Grades `card` with `q` on `day` through `store` and applies the stored event to `data`.
pub async fn grade(store: &IdbStore, data: &mut StudyData, card: &str, q: u8, day: i32) -> Event {
    let stored = store.grade(card, g(q), at(day)).await.unwrap();
    data.apply(stored.clone());
    stored
}

/// Undoes `review` through `store` on `day` and applies the retraction to `data`.
pub async fn undo(store: &IdbStore, data: &mut StudyData, review: &Event, day: i32) -> Event {
    let stored = store
        .retract(&review.card_id, &review.id, at(day))
        .await
        .unwrap();
    data.apply(stored.clone());
    stored
}

/// The first element matching `selector`, if any.
pub fn query(selector: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.dyn_into().ok())
}

/// The text of the first element matching `selector` ("" when there is none).
pub fn text(selector: &str) -> String {
    query(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The build's content file.
const CONTENT: &str = include_str!(concat!(
    env!("OUT_DIR"),
    "/",
    env!("ARCHDRILL_CONTENT_FILE")
));

/// The build's catalogue.
pub fn catalogue() -> Catalogue {
    Catalogue::read(CONTENT).expect("the build's content file")
}

/// Hands the app the build's content file as index.html would (`window.archdrillContent`: the
/// promise of its bytes), since the test runner serves no content file.
pub fn serve_content() {
    let bytes = js_sys::Uint8Array::from(CONTENT.as_bytes());
    let promise = js_sys::Promise::resolve(&bytes.buffer());
    js_sys::Reflect::set(&window(), &"archdrillContent".into(), &promise).unwrap();
}

/// Mounts the app on `db` at `hash`, with the build's content served; keep the returned
/// handle alive while testing.
pub fn mount_app(db: &'static str, hash: &str) -> leptos::mount::UnmountHandle<impl Mountable> {
    serve_content();
    window().location().set_hash(hash).unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(
        host.unchecked_into(),
        move || view! { <archdrill::ui::app::App db_name=db/> },
    )
}
