//! The back-of-envelope estimator: the figures an interviewer expects (request rates
//! average and peak, storage a day, a year and over the retention, bandwidth in and out,
//! instances at a utilisation target, a monthly cost), each with its formula, written in
//! explicit units (powers of ten, with powers of two where they differ), and the Markdown
//! table "Insert into notes" pastes.

pub mod figures;
pub mod notes;
pub mod units;
