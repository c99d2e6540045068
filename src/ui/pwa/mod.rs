//! Progressive web app: the service worker and its update banner, the offline indicator, and
//! the persistent-storage request and status.

pub mod offline_indicator;
pub mod service_worker;
pub mod storage;
pub mod storage_status;
pub mod update_banner;
