//! A small arithmetic evaluator for the annotated interview figures, and a scanner that finds
//! the numbers written in prose ("31k", "1,160", "~1.1M/s", "2.7%").

use std::collections::HashMap;

/// Evaluates `src` (`+ - * / ^`, parentheses, numbers such as `1.5e6`, names bound in `vars`,
/// and `sqrt ln log2 log10 ceil floor round min max`).
pub fn eval(src: &str, vars: &HashMap<String, f64>) -> Result<f64, String> {
    let mut p = Parser {
        chars: src.chars().filter(|c| !c.is_whitespace()).collect(),
        at: 0,
        vars,
    };
    let value = p.sum()?;
    if p.at != p.chars.len() {
        return Err(format!("unexpected {:?} in {src:?}", p.chars[p.at]));
    }
    Ok(value)
}

struct Parser<'a> {
    chars: Vec<char>,
    at: usize,
    vars: &'a HashMap<String, f64>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.at += 1;
        }
        hit
    }

    fn sum(&mut self) -> Result<f64, String> {
        let mut value = self.product()?;
        loop {
            if self.eat('+') {
                value += self.product()?;
            } else if self.eat('-') {
                value -= self.product()?;
            } else {
                return Ok(value);
            }
        }
    }

    fn product(&mut self) -> Result<f64, String> {
        let mut value = self.unary()?;
        loop {
            if self.eat('*') {
                value *= self.unary()?;
            } else if self.eat('/') {
                value /= self.unary()?;
            } else {
                return Ok(value);
            }
        }
    }

    fn unary(&mut self) -> Result<f64, String> {
        if self.eat('-') {
            return Ok(-self.unary()?);
        }
        let base = self.atom()?;
        if self.eat('^') {
            return Ok(base.powf(self.unary()?));
        }
        Ok(base)
    }

    fn atom(&mut self) -> Result<f64, String> {
        match self.peek() {
            Some('(') => {
                self.at += 1;
                let value = self.sum()?;
                self.expect(')')?;
                Ok(value)
            }
            Some(c) if c.is_ascii_digit() || c == '.' => self.number(),
            Some(c) if c.is_ascii_alphabetic() || c == '_' => self.name(),
            other => Err(format!("expected a value, found {other:?}")),
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(format!("expected {c:?}"))
        }
    }

    fn number(&mut self) -> Result<f64, String> {
        let start = self.at;
        while let Some(c) = self.peek() {
            let exponent_sign = (c == '-' || c == '+')
                && matches!(self.chars.get(self.at - 1), Some('e') | Some('E'));
            if c.is_ascii_digit() || c == '.' || c == '_' || c == 'e' || c == 'E' || exponent_sign {
                self.at += 1;
            } else {
                break;
            }
        }
        let text: String = self.chars[start..self.at]
            .iter()
            .filter(|c| **c != '_')
            .collect();
        text.parse().map_err(|_| format!("bad number {text:?}"))
    }

    fn name(&mut self) -> Result<f64, String> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            self.at += 1;
        }
        let name: String = self.chars[start..self.at].iter().collect();
        if !self.eat('(') {
            return self
                .vars
                .get(&name)
                .copied()
                .ok_or_else(|| format!("unknown name {name:?}"));
        }
        let mut args = vec![self.sum()?];
        while self.eat(',') {
            args.push(self.sum()?);
        }
        self.expect(')')?;
        call(&name, &args)
    }
}

fn call(name: &str, args: &[f64]) -> Result<f64, String> {
    let one = |f: fn(f64) -> f64| match args {
        [x] => Ok(f(*x)),
        _ => Err(format!("{name} takes one argument")),
    };
    match name {
        "sqrt" => one(f64::sqrt),
        "ln" => one(f64::ln),
        "log2" => one(f64::log2),
        "log10" => one(f64::log10),
        "ceil" => one(f64::ceil),
        "floor" => one(f64::floor),
        "round" => one(f64::round),
        "min" => Ok(args.iter().copied().fold(f64::INFINITY, f64::min)),
        "max" => Ok(args.iter().copied().fold(f64::NEG_INFINITY, f64::max)),
        _ => Err(format!("unknown function {name:?}")),
    }
}

/// The numbers written in `text`: digits with optional thousands commas and decimals, times
/// an attached suffix k/K (10^3), M (10^6), B/G (10^9) when no letter follows it. A number
/// glued to a preceding letter ("p99", "R2") is skipped.
pub fn numbers_in(text: &str) -> Vec<f64> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let glued = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '.');
        if !c[i].is_ascii_digit() || glued {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        while i < c.len() {
            let comma_group = c[i] == ','
                && c.get(i + 1..i + 4)
                    .is_some_and(|g| g.iter().all(char::is_ascii_digit))
                && !c.get(i + 4).is_some_and(char::is_ascii_digit);
            let decimal = c[i] == '.' && c.get(i + 1).is_some_and(char::is_ascii_digit);
            if c[i].is_ascii_digit() || decimal {
                digits.push(c[i]);
            } else if !comma_group {
                break;
            }
            i += 1;
        }
        let mut value: f64 = digits.parse().unwrap_or(f64::NAN);
        let free = |j: usize| !c.get(j).is_some_and(|n| n.is_alphabetic());
        if let Some(scale) = c.get(i).and_then(|s| suffix(*s)).filter(|_| free(i + 1)) {
            value *= scale;
            i += 1;
        }
        out.push(value);
    }
    out
}

fn suffix(c: char) -> Option<f64> {
    match c {
        'k' | 'K' => Some(1e3),
        'M' => Some(1e6),
        'B' | 'G' => Some(1e9),
        _ => None,
    }
}
