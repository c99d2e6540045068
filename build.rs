//! Validates `decks/` and `interviews/` at build time, renders their Markdown to safe HTML and
//! writes them as the content file `$OUT_DIR/content-<hash>.txt` and, without the cards'
//! fronts and backs, the outline `$OUT_DIR/outline-<same hash>.txt` (no TOML or Markdown parser
//! in the wasm; the post-build hook `tools/post-build.mjs` puts both next to the wasm). The
//! content file's name reaches the code as `ARCHDRILL_CONTENT_FILE`.
//!
//! Set `ARCHDRILL_EXTRA_DECKS=<dir>` to add a directory with its own `curriculum.toml` and decks
//! (the end-to-end tests use it for fixture cards); it is empty in normal builds.

#[path = "build/content.rs"]
mod content;
#[path = "build/interviews.rs"]
mod interviews;
#[path = "build/pack.rs"]
mod pack;
#[path = "build/render.rs"]
mod render;

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

/// The sorted `*.toml` files of a directory, except `curriculum.toml`.
fn toml_files(dir: &Path) -> Vec<Source> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: cannot list: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with("curriculum.toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| read(p)).collect()
}

/// The curriculum file and the deck files of one content directory.
fn content_dir(dir: &Path) -> (Source, Vec<Source>) {
    (read(&dir.join("curriculum.toml")), toml_files(dir))
}

/// Prints every error as `file:line: reason` and stops the build.
fn fail(errors: &[content::ContentError], what: &str) -> ! {
    for error in errors {
        println!("cargo:warning={error}");
        eprintln!("{error}");
    }
    panic!(
        "{} problem(s) in {what} — see above (file:line: reason)",
        errors.len()
    );
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
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let mut sections =
        content::validate(&curricula, &decks).unwrap_or_else(|errors| fail(&errors, "decks/"));
    let topics = sections
        .iter()
        .flat_map(|s| s.topics.iter().map(|t| t.name.clone()))
        .collect();
    let mut interviews =
        interviews::validate_interviews(&toml_files(Path::new("interviews")), &topics)
            .unwrap_or_else(|errors| fail(&errors, "interviews/"));
    render::render_all(&mut sections, &mut interviews);
    let packed =
        |cards| pack::pack(&sections, &interviews, cards).unwrap_or_else(|e| panic!("{e}"));
    let text = packed(pack::Cards::WithText);
    let name = pack::file_name(&text);
    let outline = pack::outline_name(&name);
    for old in fs::read_dir(&out_dir).expect("list OUT_DIR").flatten() {
        let old_name = old.file_name().to_string_lossy().into_owned();
        let ours = old_name.starts_with("content-") || old_name.starts_with("outline-");
        if ours && old_name != name && old_name != outline {
            fs::remove_file(old.path()).expect("remove an old content file");
        }
    }
    fs::write(out_dir.join(&name), text).expect("write the content file");
    fs::write(out_dir.join(&outline), packed(pack::Cards::WithoutText)).expect("write the outline");
    println!("cargo:rustc-env=ARCHDRILL_CONTENT_FILE={name}");
}
