//! Moving cards between archdrill and other tools: Anki's "Notes in Plain Text" files, written
//! and read as plain Rust values (no files, no browser: the caller brings the bytes).

pub mod anki;
