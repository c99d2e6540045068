//! Emphasis (`*`, `_`), strong emphasis and strike-through (`~~`) by CommonMark's delimiter
//! algorithm. Runs of delimiters go on a stack; each closer looks back for its opener no lower
//! than where the last fruitless search for its kind of closer stopped ("openers bottom"), so
//! matching is linear. A match does not move any text: it hangs its tags on the two runs.

/// One run of delimiter characters that may open or close emphasis.
pub(super) struct Delim {
    /// `*`, `_` or `~`.
    ch: u8,
    /// How many of its characters are still unmatched.
    count: usize,
    /// How many it had.
    original: usize,
    /// Whether it may open emphasis.
    can_open: bool,
    /// Whether it may close emphasis.
    can_close: bool,
    /// The run below it on the stack.
    previous: Option<usize>,
    /// The run above it on the stack.
    next: Option<usize>,
    /// Tags it opens, innermost first.
    opens: Vec<&'static str>,
    /// Tags it closes, innermost first.
    closes: Vec<&'static str>,
}

/// The delimiter stack: every run ever pushed, those still on it linked in order.
#[derive(Default)]
pub(super) struct Delims {
    /// Every run, by index.
    runs: Vec<Delim>,
    /// The run at the top of the stack.
    pub top: Option<usize>,
}

/// Whether a run of `ch` between `before` and `after` may open and may close emphasis
/// (CommonMark's left- and right-flanking rules; the start and end of text count as blanks).
pub(super) fn sides(ch: u8, before: char, after: char) -> (bool, bool) {
    let punct = |c: char| {
        c.is_ascii_punctuation() || (!c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace())
    };
    let left = !after.is_whitespace() && (!punct(after) || before.is_whitespace() || punct(before));
    let right =
        !before.is_whitespace() && (!punct(before) || after.is_whitespace() || punct(after));
    if ch == b'_' {
        (
            left && (!right || punct(before)),
            right && (!left || punct(after)),
        )
    } else {
        (left, right)
    }
}

impl Delims {
    /// Pushes a run of `count` `ch`s; its index.
    pub fn push(&mut self, ch: u8, count: usize, can_open: bool, can_close: bool) -> usize {
        let id = self.runs.len();
        self.runs.push(Delim {
            ch,
            count,
            original: count,
            can_open,
            can_close,
            previous: self.top,
            next: None,
            opens: Vec::new(),
            closes: Vec::new(),
        });
        if let Some(top) = self.top {
            self.runs[top].next = Some(id);
        }
        self.top = Some(id);
        id
    }

    /// Writes run `id`: the tags it closes, its unmatched characters, the tags it opens.
    pub fn write(&self, id: usize, out: &mut String) {
        let run = &self.runs[id];
        run.closes.iter().for_each(|tag| out.push_str(tag));
        (0..run.count).for_each(|_| out.push(char::from(run.ch)));
        run.opens.iter().rev().for_each(|tag| out.push_str(tag));
    }

    /// Takes run `id` off the stack.
    fn remove(&mut self, id: usize) {
        let (previous, next) = (self.runs[id].previous, self.runs[id].next);
        if let Some(p) = previous {
            self.runs[p].next = next;
        }
        match next {
            Some(n) => self.runs[n].previous = previous,
            None => self.top = previous,
        }
    }

    /// Matches the closers above `bottom` with their openers, then takes every run above
    /// `bottom` off the stack.
    pub fn process(&mut self, bottom: Option<usize>) {
        let mut openers_bottom = [bottom; 13];
        // the lowest run above `bottom` (none when nothing was pushed since: the walk down
        // must not then cross the runs below, which made a link after many runs quadratic)
        let mut closer = self.top.filter(|_| self.top != bottom);
        while let Some(c) = closer.filter(|c| self.runs[*c].previous != bottom) {
            closer = self.runs[c].previous;
        }
        while let Some(c) = closer {
            let run = &self.runs[c];
            if !run.can_close {
                closer = run.next;
                continue;
            }
            let kind = match run.ch {
                b'~' => 12,
                ch => {
                    usize::from(ch == b'*') * 6 + usize::from(run.can_open) * 3 + run.original % 3
                }
            };
            closer = match self.opener_of(c, bottom, openers_bottom[kind]) {
                Some(opener) => self.pair(opener, c),
                None => {
                    openers_bottom[kind] = self.runs[c].previous;
                    let next = self.runs[c].next;
                    if !self.runs[c].can_open {
                        self.remove(c);
                    }
                    next
                }
            };
        }
        while self.top.is_some() && self.top != bottom {
            self.remove(self.top.expect("a run"));
        }
    }

    /// The nearest run below `closer` (and above `bottom` and `floor`) that it closes.
    fn opener_of(
        &self,
        closer: usize,
        bottom: Option<usize>,
        floor: Option<usize>,
    ) -> Option<usize> {
        let c = &self.runs[closer];
        let mut at = c.previous;
        while let Some(o) = at.filter(|o| Some(*o) != bottom && Some(*o) != floor) {
            let opener = &self.runs[o];
            let odd = (c.can_open || opener.can_close)
                && !c.original.is_multiple_of(3)
                && (opener.original + c.original).is_multiple_of(3);
            if opener.ch == c.ch && opener.can_open && !(odd && c.ch != b'~') {
                return Some(o);
            }
            at = opener.previous;
        }
        None
    }

    /// Matches `opener` with `closer`, dropping the runs between; the next closer to try.
    fn pair(&mut self, opener: usize, closer: usize) -> Option<usize> {
        let (o, c) = (&self.runs[opener], &self.runs[closer]);
        let strong = o.count >= 2 && c.count >= 2;
        let (used, open, close) = match c.ch {
            b'~' => (2, "<del>", "</del>"),
            _ if strong => (2, "<strong>", "</strong>"),
            _ => (1, "<em>", "</em>"),
        };
        self.runs[opener].count -= used;
        self.runs[opener].opens.push(open);
        self.runs[opener].next = Some(closer);
        self.runs[closer].count -= used;
        self.runs[closer].closes.push(close);
        self.runs[closer].previous = Some(opener);
        if self.runs[opener].count == 0 {
            self.remove(opener);
        }
        if self.runs[closer].count > 0 {
            return Some(closer);
        }
        let next = self.runs[closer].next;
        self.remove(closer);
        next
    }
}
