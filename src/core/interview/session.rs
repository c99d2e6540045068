//! A mock-interview attempt as a state machine: phases with time budgets, pause/resume,
//! moving on, over-time recording, notes and self-assessment. Time is always a parameter,
//! so an attempt saved and reloaded later resumes with the time in between counted
//! (unless it was paused).

use crate::core::interview::model::{Interview, PhaseKey};
use serde::{Deserialize, Serialize};

/// Where an attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// The clock of the current phase is running.
    Running,
    /// The clock is stopped.
    Paused,
    /// All phases done; the candidate is assessing the rubric.
    Assessing,
    /// Assessed and rated.
    Done,
}

/// The candidate's self-assessment of a rubric item (also used for automatic signals).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// Fully done.
    Met,
    /// Half done.
    Partly,
    /// Not done.
    Missed,
}

impl Mark {
    /// 1, 0.5 or 0.
    pub fn credit(self) -> f64 {
        match self {
            Mark::Met => 1.0,
            Mark::Partly => 0.5,
            Mark::Missed => 0.0,
        }
    }

    /// "met", "partly" or "missed".
    pub fn label(self) -> &'static str {
        match self {
            Mark::Met => "met",
            Mark::Partly => "partly",
            Mark::Missed => "missed",
        }
    }
}

/// One attempt at one interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique id: `<interview id>@<start in ms>`.
    pub id: String,
    /// The interview taken.
    pub interview_id: String,
    /// When it started (ms since the epoch).
    pub started_ms: f64,
    /// Index of the current phase (0–3).
    pub phase: usize,
    /// Running, paused, assessing or done.
    pub status: Status,
    /// Time spent per phase, not counting the stretch running since `running_since_ms`.
    pub elapsed_ms: [f64; 4],
    /// When the clock last started, while running.
    pub running_since_ms: Option<f64>,
    /// The candidate's Markdown notes per phase.
    pub notes: [String; 4],
    /// Self-assessment per rubric item (same order as the interview's rubric).
    pub marks: Vec<Option<Mark>>,
    /// When the last phase ended.
    pub finished_ms: Option<f64>,
    /// Overall rating 1–4 once done.
    pub rating: Option<u8>,
}

impl Attempt {
    /// A new attempt at `interview`, its clock running from `now_ms`.
    pub fn start(interview: &Interview, now_ms: f64) -> Attempt {
        Attempt {
            id: format!("{}@{}", interview.id, now_ms as i64),
            interview_id: interview.id.to_string(),
            started_ms: now_ms,
            phase: 0,
            status: Status::Running,
            elapsed_ms: [0.0; 4],
            running_since_ms: Some(now_ms),
            notes: Default::default(),
            marks: vec![None; interview.rubric.len()],
            finished_ms: None,
            rating: None,
        }
    }

    /// The current phase.
    pub fn phase_key(&self) -> PhaseKey {
        PhaseKey::ALL[self.phase.min(3)]
    }

    /// Time spent in `phase` up to `now_ms`.
    pub fn elapsed(&self, phase: usize, now_ms: f64) -> f64 {
        let running = match self.running_since_ms {
            Some(since) if phase == self.phase => (now_ms - since).max(0.0),
            _ => 0.0,
        };
        self.elapsed_ms[phase] + running
    }

    /// Time spent in all phases up to `now_ms`.
    pub fn total_elapsed(&self, now_ms: f64) -> f64 {
        (0..4).map(|p| self.elapsed(p, now_ms)).sum()
    }

    /// Milliseconds left in the phase's budget (negative when over).
    pub fn phase_left(&self, interview: &Interview, phase: usize, now_ms: f64) -> f64 {
        budget_ms(interview.phases[phase].minutes) - self.elapsed(phase, now_ms)
    }

    /// Milliseconds left in the whole interview (negative when over).
    pub fn total_left(&self, interview: &Interview, now_ms: f64) -> f64 {
        budget_ms(interview.minutes) - self.total_elapsed(now_ms)
    }

    /// How far each phase ran over its budget, in ms (0 when within).
    pub fn overtime(&self, interview: &Interview, now_ms: f64) -> [f64; 4] {
        std::array::from_fn(|p| (-self.phase_left(interview, p, now_ms)).max(0.0))
    }

    /// Adds the running stretch to the current phase and stops the clock.
    fn fold(&mut self, now_ms: f64) {
        self.elapsed_ms[self.phase] = self.elapsed(self.phase, now_ms);
        self.running_since_ms = None;
    }

    /// Stops the clock (a running attempt only).
    pub fn pause(&mut self, now_ms: f64) {
        if self.status == Status::Running {
            self.fold(now_ms);
            self.status = Status::Paused;
        }
    }

    /// Restarts the clock (a paused attempt only).
    pub fn resume(&mut self, now_ms: f64) {
        if self.status == Status::Paused {
            self.running_since_ms = Some(now_ms);
            self.status = Status::Running;
        }
    }

    /// Ends the current phase: the next one starts with its clock running, or after the last
    /// phase the attempt moves on to assessment.
    pub fn next_phase(&mut self, now_ms: f64) {
        if !matches!(self.status, Status::Running | Status::Paused) {
            return;
        }
        self.fold(now_ms);
        if self.phase < 3 {
            self.phase += 1;
            self.running_since_ms = Some(now_ms);
            self.status = Status::Running;
        } else {
            self.finish(now_ms);
        }
    }

    /// Ends the interview now, whatever the phase, and moves on to assessment.
    pub fn finish(&mut self, now_ms: f64) {
        if matches!(self.status, Status::Running | Status::Paused) {
            self.fold(now_ms);
            self.status = Status::Assessing;
            self.finished_ms = Some(now_ms);
        }
    }

    /// The marks against `interview`'s current rubric. Marks are kept by position, so marks
    /// saved against a rubric of another length (items split or added since) cannot be matched
    /// to items and count as not assessed.
    pub fn marks_for(&self, interview: &Interview) -> Vec<Option<Mark>> {
        if self.marks.len() == interview.rubric.len() {
            self.marks.clone()
        } else {
            vec![None; interview.rubric.len()]
        }
    }

    /// Marks rubric item `item`, first resetting marks saved against another rubric length;
    /// an index past the rubric is ignored.
    pub fn set_mark(&mut self, interview: &Interview, item: usize, mark: Mark) {
        self.marks = self.marks_for(interview);
        if let Some(slot) = self.marks.get_mut(item) {
            *slot = Some(mark);
        }
    }

    /// True once every item of `interview`'s current rubric has a mark.
    pub fn fully_assessed(&self, interview: &Interview) -> bool {
        self.marks_for(interview).iter().all(Option::is_some)
    }
}

/// Minutes as milliseconds.
pub fn budget_ms(minutes: u32) -> f64 {
    f64::from(minutes) * 60_000.0
}

/// Replaces the attempt with the same id in `all`, or appends it.
pub fn upsert(all: &mut Vec<Attempt>, attempt: &Attempt) {
    match all.iter_mut().find(|a| a.id == attempt.id) {
        Some(stored) => *stored = attempt.clone(),
        None => all.push(attempt.clone()),
    }
}

/// Adds to `mine` the attempts of `stored` it does not hold (another tab's), keeping its own.
pub fn add_missing(mine: &mut Vec<Attempt>, stored: Vec<Attempt>) {
    for attempt in stored {
        if !mine.iter().any(|a| a.id == attempt.id) {
            mine.push(attempt);
        }
    }
}
