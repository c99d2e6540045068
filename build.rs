//! Validates `decks/` and `interviews/` at build time, renders their Markdown to safe HTML and
//! writes them as the content file `$OUT_DIR/content-<hash>.txt` and, without the cards'
//! fronts and backs, the outline `$OUT_DIR/outline-<same hash>.txt` (no TOML or Markdown parser
//! in the wasm; the post-build hook `tools/post-build.mjs` puts both next to the wasm). The
//! content file's name reaches the code as `ARCHDRILL_CONTENT_FILE`. Every error of every file
//! is printed as `file:line: reason` before the build stops (`build/check.rs`). The topics each
//! interview phase exercises (`interviews/feedback/phase-topics.toml`, checked like the rest)
//! become `$OUT_DIR/phase-topics.rs`, which `src/core/feedback/boost.rs` includes.
//!
//! Set `ARCHDRILL_EXTRA_DECKS=<dir>` to add a directory with its own `curriculum.toml` and decks
//! (the end-to-end tests use it for fixture cards); it is empty in normal builds.

#[path = "build/check.rs"]
mod check;
#[path = "build/content.rs"]
mod content;
#[path = "build/interviews.rs"]
mod interviews;
#[path = "build/pack.rs"]
mod pack;
#[path = "build/phase_topics.rs"]
mod phase_topics;
#[path = "build/render.rs"]
mod render;
#[path = "build/report.rs"]
mod report;

use std::path::{Path, PathBuf};
use std::{env, fs};

/// Prints every error as `file:line: reason` and stops the build.
fn fail(errors: &[report::ContentError]) -> ! {
    for error in errors {
        println!("cargo:warning={error}");
        eprintln!("{error}");
    }
    panic!(
        "{} problem(s) in the content — see above (file:line: reason)",
        errors.len()
    );
}

fn main() {
    // Feature `split` (default): the app's wasm is linked with its relocations, which the
    // post-build hook's splitter (tools/wasm-split) reads; only the binary, tests are not split.
    if env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
    {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-env-changed=ARCHDRILL_EXTRA_DECKS");
    let mut decks = vec![PathBuf::from("decks")];
    decks.extend(
        env::var_os("ARCHDRILL_EXTRA_DECKS")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from),
    );
    let dirs = check::Dirs {
        decks,
        interviews: PathBuf::from("interviews"),
        phase_topics: PathBuf::from("interviews/feedback/phase-topics.toml"),
    };
    let watch = &mut |path: &Path| println!("cargo:rerun-if-changed={}", path.display());
    let checked = check::check_all(&dirs, watch).unwrap_or_else(|errors| fail(&errors));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let phase_topics = phase_topics::to_rust(&checked.phase_topics);
    fs::write(out_dir.join("phase-topics.rs"), phase_topics).expect("write the phase topics");
    let (mut sections, mut interviews) = (checked.sections, checked.interviews);
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
