//! The tokens of an HTML fragment, read as a browser's tokenizer reads them: text, start tags
//! with their attributes, end tags. Comments, `<!…>`, `<?…>` and CDATA sections are skipped;
//! the content of raw-text elements (script, style, textarea…) is skipped up to its end tag; a
//! tag cut off by the end of the input is dropped, as a browser drops it.

/// Elements whose content a browser does not read as markup; it is skipped unseen.
pub(super) const RAW_TEXT: [&str; 9] = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
];

/// One token of the input.
#[derive(Debug)]
pub(super) enum Token<'a> {
    /// Text as written, character references not yet decoded.
    Text(&'a str),
    /// A start tag: its lower-cased name and its attributes (names lower-cased, values raw).
    Start(String, Vec<(String, &'a str)>),
    /// An end tag and its lower-cased name.
    End(String),
}

/// The tokens of `html`, one after another.
pub(super) struct Tokens<'a> {
    html: &'a str,
    pos: usize,
    /// The raw-text element whose content comes next, if one was just opened.
    raw: Option<&'static str>,
}

impl<'a> Tokens<'a> {
    /// Reads `html` from its start.
    pub(super) fn new(html: &'a str) -> Self {
        Tokens {
            html,
            pos: 0,
            raw: None,
        }
    }

    /// Moves past the next `needle` (or to the end when there is none).
    fn skip_past(&mut self, needle: &str) {
        self.pos = match self.html[self.pos..].find(needle) {
            Some(at) => self.pos + at + needle.len(),
            None => self.html.len(),
        };
    }

    /// Skips a raw-text element's content, up to its end tag (`</name` and a tag-ending byte).
    fn skip_raw(&mut self, name: &str) {
        let b = self.html.as_bytes();
        let mut at = self.pos;
        while let Some(found) = self.html[at..].find("</") {
            let start = at + found;
            let after = start + 2 + name.len();
            let named = b
                .get(start + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
            if named && b.get(after).is_none_or(|c| is_tag_end(*c)) {
                self.pos = start;
                return;
            }
            at = start + 2;
        }
        self.pos = self.html.len();
    }

    /// Skips a comment starting at `pos` (`<!--`): to `-->` or `--!>`, or `<!-->` at once.
    fn skip_comment(&mut self) {
        let body = &self.html[self.pos + 4..];
        if body.starts_with('>') || body.starts_with("->") {
            self.pos += 4 + body.find('>').unwrap_or(0) + 1;
            return;
        }
        let end = [
            body.find("-->").map(|i| i + 3),
            body.find("--!>").map(|i| i + 4),
        ];
        self.pos = match end.into_iter().flatten().min() {
            Some(len) => self.pos + 4 + len,
            None => self.html.len(),
        };
    }

    /// Reads the tag whose name starts at `pos`: `None` if the input ends inside it.
    fn tag(&mut self) -> Option<(String, Vec<(String, &'a str)>)> {
        let b = self.html.as_bytes();
        let start = self.pos;
        while self.pos < b.len() && !is_tag_end(b[self.pos]) {
            self.pos += 1;
        }
        let name = self.html[start..self.pos].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while self.pos < b.len() && (is_space(b[self.pos]) || b[self.pos] == b'/') {
                self.pos += 1;
            }
            match b.get(self.pos) {
                None => return None,
                Some(b'>') => {
                    self.pos += 1;
                    return Some((name, attrs));
                }
                Some(_) => attrs.push(self.attribute()?),
            }
        }
    }

    /// Reads one attribute at `pos`: its lower-cased name and its raw value (empty if none).
    fn attribute(&mut self) -> Option<(String, &'a str)> {
        let b = self.html.as_bytes();
        let start = self.pos;
        self.pos += 1; // a first `=` belongs to the name
        while self.pos < b.len() && !is_tag_end(b[self.pos]) && b[self.pos] != b'=' {
            self.pos += 1;
        }
        let name = self.html[start..self.pos].to_ascii_lowercase();
        let after_name = self.pos;
        self.skip_spaces();
        if b.get(self.pos) != Some(&b'=') {
            self.pos = after_name;
            return Some((name, ""));
        }
        self.pos += 1;
        self.skip_spaces();
        let value = match b.get(self.pos) {
            Some(&q) if q == b'"' || q == b'\'' => {
                let len = self.html[self.pos + 1..].find(char::from(q))?;
                let value = &self.html[self.pos + 1..self.pos + 1 + len];
                self.pos += len + 2;
                value
            }
            _ => {
                let start = self.pos;
                while self.pos < b.len() && !is_space(b[self.pos]) && b[self.pos] != b'>' {
                    self.pos += 1;
                }
                &self.html[start..self.pos]
            }
        };
        Some((name, value))
    }

    /// Moves past spaces.
    fn skip_spaces(&mut self) {
        let b = self.html.as_bytes();
        while self.pos < b.len() && is_space(b[self.pos]) {
            self.pos += 1;
        }
    }

    /// The token at a `<` (`pos` on it), or `None` when it was skipped.
    fn markup(&mut self) -> Option<Token<'a>> {
        let rest = &self.html.as_bytes()[self.pos..];
        let second = rest.get(1).copied().unwrap_or(b' ');
        if second.is_ascii_alphabetic() {
            self.pos += 1;
            let Some((name, attrs)) = self.tag() else {
                self.pos = self.html.len();
                return None;
            };
            self.raw = RAW_TEXT.into_iter().find(|raw| *raw == name);
            return Some(Token::Start(name, attrs));
        }
        if second == b'/' && rest.get(2).is_some_and(u8::is_ascii_alphabetic) {
            self.pos += 2;
            let end = self.tag().map(|(name, _)| Token::End(name));
            if end.is_none() {
                self.pos = self.html.len();
            }
            return end;
        }
        if rest.starts_with(b"<!--") {
            self.skip_comment();
        } else if matches!(second, b'!' | b'?' | b'/') {
            self.skip_past(">");
        } else {
            self.pos += 1;
            return Some(Token::Text("<"));
        }
        None
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(name) = self.raw.take() {
            self.skip_raw(name);
        }
        while self.pos < self.html.len() {
            if self.html.as_bytes()[self.pos] != b'<' {
                let start = self.pos;
                let len = self.html[start..]
                    .find('<')
                    .unwrap_or(self.html.len() - start);
                self.pos += len;
                return Some(Token::Text(&self.html[start..self.pos]));
            }
            if let Some(token) = self.markup() {
                return Some(token);
            }
        }
        None
    }
}

/// Whether HTML reads `b` as white space between attributes.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// Whether `b` ends a tag or attribute name.
fn is_tag_end(b: u8) -> bool {
    is_space(b) || b == b'/' || b == b'>'
}
