//! The query language: words, "exact phrases", AND / OR / NOT and `-word`, parentheses, prefix
//! `troop*`, fuzzy `gabuyev~`, and fields `person:` `org:` `place:` `group:` (by entity, so
//! aliases match), `label:quote`, `doc:`, `theme:` and `date:2024-10..2024-12`.
//!
//! [`parse`] never panics: a malformed query is a [`QueryError`] naming the byte range at fault.

use std::fmt;
use std::ops::Range;

use super::normalize::{fold, term};
use crate::analysis::Label;
use crate::corpus::Date;

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// Sentences with this word (compared by stem).
    Word {
        /// The word folded.
        folded: String,
        /// Its stem.
        stem: String,
    },
    /// Sentences with a word starting with this (folded) prefix.
    Prefix(String),
    /// Sentences with a word within a small edit distance of this (folded) word.
    Fuzzy(String),
    /// Sentences with these words in this order (stems).
    Phrase(Vec<String>),
    /// Sentences mentioning an entity of this label whose name or alias holds these words.
    Entity(Label, Vec<String>),
    /// Sentences with a span of this label.
    Label(Label),
    /// Sentences of documents whose id starts with this.
    Doc(String),
    /// Sentences with a theme whose id or label starts with this (folded).
    Theme(String),
    /// Sentences with a TIME placed within this interval (inclusive days).
    Date(Date, Date),
    /// All of these (at least two).
    And(Vec<Query>),
    /// Any of these (at least two).
    Or(Vec<Query>),
    /// Not.
    Not(Box<Query>),
}

/// How deeply parentheses may nest. Evaluation walks the tree, so its depth must stay small
/// whatever a pasted text or a link holds; real queries nest two or three levels.
pub const MAX_DEPTH: usize = 32;

/// How many words, phrases and fields a query may hold: a pasted article is not a query.
pub const MAX_TERMS: usize = 256;

/// What is wrong with a query, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// A sentence for the user.
    pub message: String,
    /// The byte range of the query at fault.
    pub at: Range<usize>,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at {}..{})", self.message, self.at.start, self.at.end)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Phrase(String),
    Field(String, String),
    Open,
    Close,
    And,
    Or,
    Not,
    Minus,
}

fn err<T>(message: impl Into<String>, at: Range<usize>) -> Result<T, QueryError> {
    Err(QueryError { message: message.into(), at })
}

/// Splits a query into tokens with their byte ranges.
fn lex(src: &str) -> Result<Vec<(Tok, Range<usize>)>, QueryError> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        match c {
            '(' | ')' => {
                chars.next();
                out.push((if c == '(' { Tok::Open } else { Tok::Close }, i..i + 1));
            }
            '"' | '“' | '”' => {
                chars.next();
                let start = i + c.len_utf8();
                let end = src[start..].find(['"', '“', '”']).map(|e| start + e);
                let Some(end) = end else {
                    return err("this phrase has no closing quotation mark", i..src.len());
                };
                out.push((Tok::Phrase(src[start..end].to_string()), i..end + char_len(src, end)));
                while chars.peek().is_some_and(|&(j, _)| j <= end) {
                    chars.next();
                }
            }
            '-' if out.last().is_none_or(|(t, r)| !matches!(t, Tok::Word(_)) || r.end < i) => {
                chars.next();
                out.push((Tok::Minus, i..i + 1));
            }
            _ => {
                let mut end = i;
                let mut field_value_start = None;
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_whitespace() || d == '(' || d == ')' {
                        break;
                    }
                    if (d == '"' || d == '“') && field_value_start == Some(j) {
                        // field:"a phrase"
                        let close = src[j + d.len_utf8()..].find(['"', '”']).map(|e| j + d.len_utf8() + e);
                        let Some(close) = close else {
                            return err("this phrase has no closing quotation mark", j..src.len());
                        };
                        while chars.peek().is_some_and(|&(k, _)| k <= close) {
                            chars.next();
                        }
                        end = close + char_len(src, close);
                        break;
                    }
                    if d == ':' && field_value_start.is_none() {
                        field_value_start = Some(j + 1);
                    }
                    chars.next();
                    end = j + d.len_utf8();
                }
                let text = &src[i..end];
                let tok = match (text, field_value_start) {
                    ("AND", None) => Tok::And,
                    ("OR", None) => Tok::Or,
                    ("NOT", None) => Tok::Not,
                    (_, Some(v)) => {
                        let value = src[v..end].trim_matches(['"', '“', '”']).to_string();
                        Tok::Field(src[i..v - 1].to_lowercase(), value)
                    }
                    _ => Tok::Word(text.to_string()),
                };
                out.push((tok, i..end));
            }
        }
    }
    Ok(out)
}

/// The length in bytes of the character at `at` (a quotation mark may be one byte or three).
fn char_len(src: &str, at: usize) -> usize {
    src[at..].chars().next().map_or(1, char::len_utf8)
}

struct Parser {
    toks: Vec<(Tok, Range<usize>)>,
    pos: usize,
    len: usize,
    /// Parentheses open at this point.
    depth: usize,
}

/// Parses a query; `Ok(None)` for an empty one.
///
/// # Example
/// ```
/// use newslens_core::search::query::parse;
/// assert!(parse("troop* AND (person:\"Kim Jong Un\" OR -Putin) date:2024-10..2024-12").is_ok());
/// let error = parse("troops AND (Putin").unwrap_err();
/// assert_eq!(error.message, "this parenthesis is never closed");
/// assert_eq!(error.at, 11..12);
/// ```
pub fn parse(src: &str) -> Result<Option<Query>, QueryError> {
    let toks = lex(src)?;
    if toks.is_empty() {
        return Ok(None);
    }
    let mut terms = toks.iter().filter(|(t, _)| matches!(t, Tok::Word(_) | Tok::Phrase(_) | Tok::Field(..)));
    if let Some((_, at)) = terms.nth(MAX_TERMS) {
        return err(
            format!("a query can hold at most {MAX_TERMS} words; this one is longer"),
            at.start..src.len(),
        );
    }
    let mut parser = Parser { toks, pos: 0, len: src.len(), depth: 0 };
    let query = parser.or()?;
    match parser.toks.get(parser.pos) {
        None => Ok(Some(query)),
        Some((Tok::Close, r)) => err("this parenthesis closes nothing", r.clone()),
        Some((_, r)) => err("unexpected here", r.clone()),
    }
}

/// [`parse`] for a query being typed: its last word, when nothing follows it, also matches
/// the words it begins, so "gabu" finds Gabuev before the word is finished. A space, a
/// closing quotation mark or parenthesis after it, or a `*` or `~` of its own, ends that.
///
/// # Example
/// ```
/// use newslens_core::search::query::{parse_as_typed, Query};
/// let Some(Query::Or(either)) = parse_as_typed("gabu").unwrap() else { panic!() };
/// assert_eq!(either[1], Query::Prefix("gabu".into()));
/// assert!(matches!(parse_as_typed("gabu ").unwrap(), Some(Query::Word { .. })));
/// ```
pub fn parse_as_typed(src: &str) -> Result<Option<Query>, QueryError> {
    let mut query = parse(src)?;
    let open_word = src.chars().next_back().is_some_and(char::is_alphanumeric)
        && matches!(lex(src)?.last(), Some((Tok::Word(_), _)));
    if let (true, Some(query)) = (open_word, query.as_mut()) {
        let mut last = query;
        loop {
            last = match last {
                Query::And(items) | Query::Or(items) => items.last_mut().expect("at least two"),
                Query::Not(inner) => inner,
                _ => break,
            };
        }
        if let Query::Word { folded, .. } = last {
            if folded.chars().count() >= 2 {
                let prefix = Query::Prefix(folded.clone());
                *last = Query::Or(vec![last.clone(), prefix]);
            }
        }
    }
    Ok(query)
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn here(&self) -> Range<usize> {
        self.toks.get(self.pos).map_or(self.len..self.len, |(_, r)| r.clone())
    }

    fn or(&mut self) -> Result<Query, QueryError> {
        let mut items = vec![self.and()?];
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            items.push(self.and()?);
        }
        Ok(if items.len() == 1 { items.remove(0) } else { Query::Or(items) })
    }

    fn and(&mut self) -> Result<Query, QueryError> {
        let mut items = vec![self.unary()?];
        loop {
            match self.peek() {
                Some(Tok::And) => self.pos += 1,
                Some(Tok::Or | Tok::Close) | None => break,
                Some(_) => {}
            }
            items.push(self.unary()?);
        }
        Ok(if items.len() == 1 { items.remove(0) } else { Query::And(items) })
    }

    /// Any run of `NOT`s and `-`s, read in a loop: "NOT NOT a" is `a`.
    fn unary(&mut self) -> Result<Query, QueryError> {
        let mut negated = false;
        while matches!(self.peek(), Some(Tok::Not | Tok::Minus)) {
            self.pos += 1;
            negated = !negated;
        }
        let query = self.primary()?;
        Ok(if negated { Query::Not(Box::new(query)) } else { query })
    }

    fn primary(&mut self) -> Result<Query, QueryError> {
        let at = self.here();
        let Some((tok, range)) = self.toks.get(self.pos).cloned() else {
            return err("the query ends where a word was expected", at);
        };
        self.pos += 1;
        match tok {
            Tok::Open => {
                if self.depth == MAX_DEPTH {
                    return err(format!("parentheses can nest at most {MAX_DEPTH} deep"), range);
                }
                self.depth += 1;
                let inner = self.or()?;
                self.depth -= 1;
                if self.peek() == Some(&Tok::Close) {
                    self.pos += 1;
                    Ok(inner)
                } else {
                    err("this parenthesis is never closed", range)
                }
            }
            Tok::Close => err("a word was expected before this parenthesis", range),
            Tok::And | Tok::Or | Tok::Not => err("an operator needs a word before and after it", range),
            Tok::Minus => err("a word was expected after '-'", range),
            Tok::Word(word) => word_query(&word, range),
            Tok::Phrase(text) => {
                let stems: Vec<String> =
                    text.split_whitespace().map(|w| term(w).1).filter(|s| !s.is_empty()).collect();
                if stems.is_empty() {
                    return err("this phrase is empty", range);
                }
                Ok(if stems.len() == 1 {
                    Query::Word { folded: fold(text.trim()), stem: stems[0].clone() }
                } else {
                    Query::Phrase(stems)
                })
            }
            Tok::Field(name, value) => field_query(&name, &value, range),
        }
    }
}

fn word_query(word: &str, range: Range<usize>) -> Result<Query, QueryError> {
    if let Some(prefix) = word.strip_suffix('*') {
        let prefix = fold(prefix);
        if prefix.chars().count() < 2 {
            return err("a prefix needs at least two letters before '*'", range);
        }
        return Ok(Query::Prefix(prefix));
    }
    if let Some(fuzzy) = word.strip_suffix('~') {
        let fuzzy = fold(fuzzy);
        if fuzzy.chars().count() < 3 {
            return err("a fuzzy word needs at least three letters before '~'", range);
        }
        return Ok(Query::Fuzzy(fuzzy));
    }
    let (folded, stem) = term(word.trim_matches(|c: char| !c.is_alphanumeric()));
    if folded.is_empty() {
        return err("this is not a word", range);
    }
    Ok(Query::Word { folded, stem })
}

fn field_query(name: &str, value: &str, range: Range<usize>) -> Result<Query, QueryError> {
    if value.trim().is_empty() {
        return err(format!("'{name}:' needs a value"), range);
    }
    let words = || value.split_whitespace().map(fold).collect::<Vec<_>>();
    match name {
        "person" => Ok(Query::Entity(Label::Person, words())),
        "org" => Ok(Query::Entity(Label::Org, words())),
        "place" => Ok(Query::Entity(Label::Place, words())),
        "group" => Ok(Query::Entity(Label::Group, words())),
        "label" => match Label::parse(&value.to_uppercase()) {
            Some(label) => Ok(Query::Label(label)),
            None => err(
                format!("'{value}' is not a label: use person, org, place, group, time, number or quote"),
                range,
            ),
        },
        "doc" => Ok(Query::Doc(value.to_string())),
        "theme" => Ok(Query::Theme(fold(value))),
        "date" => date_range(value).map(|(a, b)| Query::Date(a, b)).ok_or_else(|| QueryError {
            message: format!(
                "'{value}' is not a date or range: write 2024, 2024-10, 2024-10-28 or 2024-10..2024-12"
            ),
            at: range,
        }),
        _ => err(
            format!(
                "unknown field '{name}:'; fields are person, org, place, group, label, doc, theme and date"
            ),
            range,
        ),
    }
}

/// `2024`, `2024-10`, `2024-10-28`, and ranges of them with `..` (either end may be open).
fn date_range(value: &str) -> Option<(Date, Date)> {
    match value.split_once("..") {
        Some((a, b)) => {
            let start = if a.is_empty() { Date::MIN } else { partial_date(a)?.0 };
            let end = if b.is_empty() { Date::MAX } else { partial_date(b)?.1 };
            (start <= end).then_some((start, end))
        }
        None => partial_date(value),
    }
}

/// The first and last day a partial date names.
fn partial_date(s: &str) -> Option<(Date, Date)> {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str| p.parse::<i16>().ok();
    match parts.as_slice() {
        [y] => {
            let y = number(y)?;
            Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
        }
        [y, m] => {
            let first = Date::new(number(y)?, i8::try_from(number(m)?).ok()?, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        [y, m, d] => {
            let day =
                Date::new(number(y)?, i8::try_from(number(m)?).ok()?, i8::try_from(number(d)?).ok()?).ok()?;
            Some((day, day))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(src: &str) -> (String, &str) {
        let e = parse(src).unwrap_err();
        (e.message, &src[e.at.start.min(src.len())..e.at.end.min(src.len())])
    }

    #[test]
    fn error_table() {
        let table: &[(&str, &str, &str)] = &[
            ("(troops", "this parenthesis is never closed", "("),
            ("troops)", "this parenthesis closes nothing", ")"),
            ("troops AND", "the query ends where a word was expected", ""),
            ("OR troops", "an operator needs a word before and after it", "OR"),
            ("\"open phrase", "this phrase has no closing quotation mark", "\"open phrase"),
            (
                "colour:red",
                "unknown field 'colour:'; fields are person, org, place, group, label, doc, theme and date",
                "colour:red",
            ),
            (
                "date:soon",
                "'soon' is not a date or range: write 2024, 2024-10, 2024-10-28 or 2024-10..2024-12",
                "date:soon",
            ),
            (
                "label:thing",
                "'thing' is not a label: use person, org, place, group, time, number or quote",
                "label:thing",
            ),
            ("t*", "a prefix needs at least two letters before '*'", "t*"),
            ("person:", "'person:' needs a value", "person:"),
        ];
        for (src, message, at) in table {
            assert_eq!(error(src), (message.to_string(), *at), "query {src:?}");
        }
    }

    /// Input shaped to exhaust the stack: nesting and length are capped, and negations and
    /// long conjunctions are read in loops, so any of them is an error or a flat tree.
    #[test]
    fn hostile_shapes_are_errors_or_flat() {
        let deep = format!("{}a{}", "(".repeat(3000), ")".repeat(3000));
        assert_eq!(error(&deep).0, "parentheses can nest at most 32 deep");
        let nested_ok = format!("{}a{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(parse(&nested_ok).is_ok());
        let nots = format!("{}troops", "NOT ".repeat(5001));
        assert!(matches!(parse(&nots), Ok(Some(Query::Not(_)))));
        let pasted = "word ".repeat(5000);
        assert_eq!(error(&pasted).0, "a query can hold at most 256 words; this one is longer");
        let long = "word ".repeat(MAX_TERMS);
        assert!(matches!(parse(&long), Ok(Some(Query::And(items))) if items.len() == MAX_TERMS));
    }

    /// Bugs found and fixed; each stays fixed.
    #[test]
    fn regression_table() {
        // Found by the fuzzer: a curly closing mark is three bytes, not one.
        let error = parse("A :\"3  ”sDa").unwrap_err();
        assert!(error.message.starts_with("unknown field ':'"), "{error}");
        let kim = || vec!["kim".to_string(), "jong".into(), "un".into()];
        assert_eq!(parse("“Kim Jong Un”").unwrap(), Some(Query::Phrase(kim())));
        assert_eq!(parse("person:“Kim Jong Un”").unwrap(), Some(Query::Entity(Label::Person, kim())));
    }

    #[test]
    fn structure_table() {
        let word = |w: &str| {
            let (folded, stem) = term(w);
            Query::Word { folded, stem }
        };
        let and = |a, b| Query::And(vec![a, b]);
        let or = |a, b| Query::Or(vec![a, b]);
        let not = |a| Query::Not(Box::new(a));
        let table: Vec<(&str, Query)> = vec![
            ("troops", word("troops")),
            ("troops Kursk", and(word("troops"), word("Kursk"))),
            ("a OR b c", or(word("a"), and(word("b"), word("c")))),
            ("troops -Putin", and(word("troops"), not(word("Putin")))),
            ("NOT (a OR b)", not(or(word("a"), word("b")))),
            ("a b c", Query::And(vec![word("a"), word("b"), word("c")])),
            ("a OR b OR c", Query::Or(vec![word("a"), word("b"), word("c")])),
            ("NOT NOT a", word("a")),
            ("- NOT a", word("a")),
            ("\"North Korea\"", Query::Phrase(vec!["north".into(), "korea".into()])),
            ("troop*", Query::Prefix("troop".into())),
            ("gabuyev~", Query::Fuzzy("gabuyev".into())),
            (
                "person:\"Kim Jong Un\"",
                Query::Entity(Label::Person, vec!["kim".into(), "jong".into(), "un".into()]),
            ),
            ("label:QUOTE", Query::Label(Label::Quote)),
            ("date:2024-10..2024-12", Query::Date(Date::constant(2024, 10, 1), Date::constant(2024, 12, 31))),
            ("date:..2024", Query::Date(Date::MIN, Date::constant(2024, 12, 31))),
            ("well-known", word("well-known")),
        ];
        for (src, expected) in table {
            assert_eq!(parse(src).unwrap(), Some(expected), "query {src:?}");
        }
        assert_eq!(parse("   ").unwrap(), None);
    }
}
