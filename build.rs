//! Validates `decks/` at build time and embeds them as Rust statics (no TOML parser in the wasm).
//!
//! Set `ARCHDRILL_EXTRA_DECKS=<dir>` to add a directory with its own `curriculum.toml` and decks
//! (the end-to-end tests use it for fixture cards); it is empty in normal builds.

#[path = "build/content.rs"]
mod content;

use content::Source;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn read(path: &Path) -> Source {
    println!("cargo:rerun-if-changed={}", path.display());
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    Source {
        path: path.display().to_string(),
        text,
    }
}

/// The curriculum file and the sorted `NN-*.toml` deck files of one content directory.
fn content_dir(dir: &Path) -> (Source, Vec<Source>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut decks: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: cannot list: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with("curriculum.toml"))
        .collect();
    decks.sort();
    (
        read(&dir.join("curriculum.toml")),
        decks.iter().map(|p| read(p)).collect(),
    )
}

fn main() {
    println!("cargo:rerun-if-env-changed=ARCHDRILL_EXTRA_DECKS");
    let (curriculum, mut decks) = content_dir(Path::new("decks"));
    let mut curricula = vec![curriculum];
    if let Some(extra) = env::var_os("ARCHDRILL_EXTRA_DECKS").filter(|v| !v.is_empty()) {
        let (extra_curriculum, extra_decks) = content_dir(Path::new(&extra));
        curricula.push(extra_curriculum);
        decks.extend(extra_decks);
    }
    match content::validate(&curricula, &decks) {
        Ok(sections) => {
            let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.rs");
            fs::write(out, content::render_rust(&sections)).expect("write catalogue.rs");
        }
        Err(errors) => {
            for error in &errors {
                println!("cargo:warning={error}");
                eprintln!("{error}");
            }
            panic!(
                "{} problem(s) in decks/ — see above (file:line: reason)",
                errors.len()
            );
        }
    }
}
