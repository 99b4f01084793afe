//! NUMBER's tokens (words, well-formed numerals, codes and symbols) with lookups that answer
//! "no" past either end, and numerals read as exact decimals.

use super::words::{Phrases, WordSet};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters, with inner apostrophes: `Kim's`, `o'clock`.
    Word,
    /// Digits with well-formed thousands separators and decimals: `10,000`, `1.2`.
    Numeral,
    /// Digits that are not a well-formed number: `1.2.3`, `007`, a 30-digit run.
    Code,
    /// Any other single character.
    Symbol,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
}

/// A sentence's tokens, with lookups that answer "no" past either end, and whether the
/// sentence is a title-cased heading.
pub(super) struct Toks<'a>(pub(super) Vec<Tok<'a>>, bool);

impl<'a> Toks<'a> {
    pub(super) fn new(sentence: &'a str, base: usize, in_heading: bool) -> Self {
        // News runs at about one token in six bytes: reserving for one in four spares regrowing.
        let mut toks = Vec::with_capacity(sentence.len() / 4);
        let mut pos = 0;
        while pos < sentence.len() {
            let rest = &sentence[pos..];
            let (len, kind) = token_at(rest);
            if let Some(kind) = kind {
                let (start, end) = (base + pos, base + pos + len);
                toks.push(Tok { text: &rest[..len], start, end, kind });
            }
            pos += len;
        }
        Toks(toks, in_heading)
    }

    /// Whether the sentence is a heading, where every word is capitalised.
    pub(super) fn in_heading(&self) -> bool {
        self.1
    }

    /// Whether, in a heading, the number word `start..end` counts: after a verb's "-s" or a
    /// lower-case word ("Quake Kills Three in Chile", "Backs Plan by Four Votes"), not after a
    /// name's word ("Big Four", "Fantastic Four", "England's Three Lions"), and before a
    /// preposition, a comma, the heading's end or a capitalised plural ("Closes Eight Wards").
    pub(super) fn heading_count(&self, start: usize, end: usize) -> bool {
        const PREPOSITIONS: &[&str] =
            &["in", "at", "as", "after", "on", "to", "by", "from", "for", "over", "amid"];
        let Some(before) = start.checked_sub(1).and_then(|k| self.word(k)) else { return false };
        let verb_before = before.starts_with(char::is_lowercase)
            || (before.len() > 3
                && before.ends_with('s')
                && !before.ends_with("'s")
                && !before.ends_with("’s"));
        let next = self.text(end);
        let plural = next.len() > 3 && next.ends_with('s') && next.starts_with(char::is_uppercase);
        self.in_heading()
            && verb_before
            && before != "of"
            && (next.is_empty() || next == "," || self.is_any(end, PREPOSITIONS) || plural)
    }

    pub(super) fn len(&self) -> usize {
        self.0.len()
    }

    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.0.get(i).map(|t| t.kind)
    }

    pub(super) fn text(&self, i: usize) -> &'a str {
        self.0.get(i).map_or("", |t| t.text)
    }

    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        self.0.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text)
    }

    pub(super) fn is(&self, i: usize, s: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(s)
    }

    pub(super) fn is_any(&self, i: usize, list: &[&str]) -> bool {
        let text = self.text(i);
        !text.is_empty() && list.iter().any(|s| s.eq_ignore_ascii_case(text))
    }

    /// Whether token `i` touches token `i - 1`, with no space between.
    pub(super) fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.0[i - 1].end == self.0[i].start
    }

    /// Whether token `i` is a word or digits rather than a symbol.
    pub(super) fn is_alnum(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Word | Kind::Numeral | Kind::Code))
    }

    /// Whether token `i` begins a clause: nothing before it, or only punctuation.
    pub(super) fn starts_clause(&self, i: usize) -> bool {
        i == 0 || !self.is_alnum(i - 1)
    }

    /// Matches space-separated `pattern` tokens from `i`; returns the end.
    pub(super) fn pattern(&self, i: usize, pattern: &str) -> Option<usize> {
        // Compares token by token without splitting `pattern` first: this runs for every
        // table entry at every candidate, so it must fail fast.
        let (mut k, mut rest) = (i, pattern);
        loop {
            let text = self.text(k);
            let head = rest.get(..text.len())?;
            if text.is_empty() || !head.eq_ignore_ascii_case(text) {
                return None;
            }
            k += 1;
            match rest[text.len()..].strip_prefix(' ') {
                Some(tail) => rest = tail,
                None => return (rest.len() == text.len()).then_some(k),
            }
        }
    }

    /// The longest entry of `table` that matches at `i`, with its end.
    pub(super) fn longest<T: Copy>(&self, i: usize, table: &Phrases<T>) -> Option<(T, usize)> {
        table
            .starting_with(self.text(i))
            .iter()
            .filter_map(|&(pattern, value)| self.pattern(i, pattern).map(|end| (value, end)))
            .max_by_key(|&(_, end)| end)
    }

    /// Whether token `i` is a word of `set`, ignoring case.
    pub(super) fn is_in(&self, i: usize, set: &WordSet) -> bool {
        set.contains(self.text(i))
    }
}

/// The length and kind of the token that `rest` (not empty) starts with; no kind for a
/// space. ASCII, most of any text, is read by bytes.
fn token_at(rest: &str) -> (usize, Option<Kind>) {
    let b = rest.as_bytes()[0];
    if b.is_ascii_digit() {
        let len = digit_cluster_len(rest);
        let kind = if read_numeral(&rest[..len]).is_some() { Kind::Numeral } else { Kind::Code };
        return (len, Some(kind));
    }
    if b.is_ascii_alphabetic() {
        return (word_len(rest), Some(Kind::Word));
    }
    if b.is_ascii() {
        return (1, (!char::from(b).is_whitespace()).then_some(Kind::Symbol));
    }
    let c = rest.chars().next().unwrap_or_default();
    if c.is_alphabetic() {
        (word_len(rest), Some(Kind::Word))
    } else {
        (c.len_utf8(), (!c.is_whitespace()).then_some(Kind::Symbol))
    }
}

/// Length of digits joined by `.` or `,` before another digit: `10,000.5`, `1.2.3`.
fn digit_cluster_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let joins = matches!(b[i], b'.' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(b[i].is_ascii_digit() || joins) {
            break;
        }
        i += 1;
    }
    i
}

/// Length of a word: letters, and apostrophes between letters.
fn word_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut end = 0;
    loop {
        match bytes.get(end) {
            Some(b) if b.is_ascii_alphabetic() => end += 1,
            Some(b) if b.is_ascii() && *b != b'\'' => return end,
            None => return end,
            // An apostrophe or a character beyond ASCII.
            Some(_) => {
                let Some(c) = s[end..].chars().next() else { return end };
                let next = end + c.len_utf8();
                let joins =
                    matches!(c, '\'' | '’') && s[next..].chars().next().is_some_and(char::is_alphabetic);
                if !(c.is_alphabetic() || joins) {
                    return end;
                }
                end = next;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Values.

/// An exact decimal, `mantissa × 10^exp`, so that `1.2 million` is exactly 1200000.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Decimal {
    pub(super) mantissa: i64,
    pub(super) exp: i32,
}

impl Decimal {
    pub(super) const fn int(mantissa: i64) -> Self {
        Decimal { mantissa, exp: 0 }
    }

    /// The nearest `f64`: one correctly rounded operation, so `90 / 100` is exactly `0.9`.
    pub(super) fn to_f64(self) -> Option<f64> {
        let m = self.mantissa as f64;
        let p = 10f64.powi(self.exp.abs());
        let v = if self.exp >= 0 { m * p } else { m / p };
        v.is_finite().then_some(v)
    }
}

/// A well-formed numeral: `10,000`, `1.25`, `0.5`; `None` for `1,23`, `1.2.3`, `007`, or
/// more than 15 digits (an identifier, and past what `f64` holds exactly).
#[derive(Debug, Clone, Copy)]
pub(super) struct Numeral {
    pub(super) value: Decimal,
    /// No separators and no decimals: `2024` but not `2,024`.
    pub(super) plain: bool,
}

pub(super) fn read_numeral(s: &str) -> Option<Numeral> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.contains(['.', ',']) {
        return None;
    }
    let mut groups = int.split(',');
    let first = groups.next()?;
    let grouped_ok = groups.all(|g| g.len() == 3) && (first.len() <= 3 || !int.contains(','));
    let leading_zero = first.len() > 1 && first.starts_with('0');
    let digits = int.len() - int.matches(',').count() + frac.len();
    if !grouped_ok || leading_zero || first.is_empty() || digits > 15 {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .filter(u8::is_ascii_digit)
        .fold(0i64, |m, d| m * 10 + i64::from(d - b'0'));
    let exp = -(frac.len() as i32);
    Some(Numeral { value: Decimal { mantissa, exp }, plain: frac.is_empty() && !int.contains(',') })
}

pub(super) fn has_uppercase(s: &str) -> bool {
    s.chars().any(char::is_uppercase)
}
