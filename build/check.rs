//! Everything the build checks, in one pass: reads the content directories and validates the
//! curricula, the decks, the interviews and the phase topics, so that one build reports every
//! error of every file (as `file:line: reason`) before it stops.

use crate::content::{validate, SectionData};
use crate::interviews::{validate_interviews, InterviewData};
use crate::phase_topics::{validate_phase_topics, PhaseTopics};
use crate::report::{ContentError, Source};
use std::fs;
use std::path::{Path, PathBuf};

/// Where the build's content lives.
pub struct Dirs {
    /// Directories with a `curriculum.toml` and deck files: `decks/`, then any extra one.
    pub decks: Vec<PathBuf>,
    /// The directory of the interview files.
    pub interviews: PathBuf,
    /// The phase topics file.
    pub phase_topics: PathBuf,
}

/// The validated content, ready to render and pack.
pub struct Checked {
    /// The curriculum's sections with their decks.
    pub sections: Vec<SectionData>,
    /// The interviews in the picker's order.
    pub interviews: Vec<InterviewData>,
    /// The topics each phase exercises.
    pub phase_topics: PhaseTopics,
}

/// Reads a file, telling `watch`; a file that cannot be read stops the build.
fn read(path: &Path, watch: &mut dyn FnMut(&Path)) -> Source {
    watch(path);
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    Source {
        path: path.display().to_string(),
        text,
    }
}

/// The sorted `*.toml` files of a directory, except `curriculum.toml`.
fn toml_files(dir: &Path, watch: &mut dyn FnMut(&Path)) -> Vec<Source> {
    watch(dir);
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: cannot list: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with("curriculum.toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| read(p, watch)).collect()
}

/// Reads and validates everything `dirs` holds, telling `watch` every file and directory read:
/// the content, or every error of every file.
pub fn check_all(dirs: &Dirs, watch: &mut dyn FnMut(&Path)) -> Result<Checked, Vec<ContentError>> {
    let mut curricula = Vec::new();
    let mut deck_files = Vec::new();
    for dir in &dirs.decks {
        curricula.push(read(&dir.join("curriculum.toml"), watch));
        deck_files.extend(toml_files(dir, watch));
    }
    let mut errors = Vec::new();
    let decks = validate(&curricula, &deck_files, &mut errors);
    let interview_files = toml_files(&dirs.interviews, watch);
    let interviews = validate_interviews(&interview_files, &decks.topics, &mut errors);
    let phase_file = read(&dirs.phase_topics, watch);
    let phase_topics = validate_phase_topics(&phase_file, &decks.topics, &mut errors);
    if errors.is_empty() {
        return Ok(Checked {
            sections: decks.sections,
            interviews,
            phase_topics,
        });
    }
    // file by file in the order they were checked, each file's errors by line
    let mut files: Vec<String> = Vec::new();
    for error in &errors {
        if !files.contains(&error.path) {
            files.push(error.path.clone());
        }
    }
    let file_index = |e: &ContentError| files.iter().position(|f| *f == e.path);
    errors.sort_by_key(|e| (file_index(e), e.line));
    Err(errors)
}
