//! Tokens: words, numbers and punctuation as byte ranges, with the facts recognisers ask of them.

use std::ops::Range;

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// What sort of token.
    pub kind: TokenKind,
}

/// The sorts of token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or dots: `Jong-un`, `U.S.`, `Workers’`.
    Word,
    /// Starts with a digit: `10,000`, `1.2`, `11th`, `1950s`.
    Number,
    /// A possessive ending split off its word: `’s`, `'s`, or a lone `’` after a plural.
    Possessive,
    /// Any other single visible character.
    Punct,
}

impl Token {
    /// The byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether it is a word starting with an upper-case letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.kind == TokenKind::Word && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Splits `text[range]` into tokens. White space separates; `-`, `'`, `’` and `.` join letters
/// on both sides into one word ("Jong-un", "U.S."); a trailing `'s`/`’s` becomes a
/// [`TokenKind::Possessive`] token.
///
/// # Example
/// ```
/// use newslens_core::analysis::token::tokenize;
/// let text = "Kim Jong-un’s U.S. trip: 10,000 troops.";
/// let words: Vec<&str> = tokenize(text, 0..text.len()).iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["Kim", "Jong-un", "’s", "U.S.", "trip", ":", "10,000", "troops", "."]);
/// ```
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let slice = &text[range.clone()];
    // About one token per five bytes of news text: one allocation for most sentences.
    let mut tokens = Vec::with_capacity(slice.len() / 5 + 1);
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let start = range.start + i;
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token { start, end: start + c.len_utf8(), kind: TokenKind::Punct });
            continue;
        }
        let kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            let joins = match next {
                n if n.is_alphanumeric() => true,
                '-' | '\'' | '’' | '.' => {
                    let after = slice[j + next.len_utf8()..].chars().next();
                    let joiner_fits = match (kind, next) {
                        (TokenKind::Number, '.') => after.is_some_and(|a| a.is_ascii_digit()),
                        (TokenKind::Number, _) => next == '-' && after.is_some_and(char::is_alphabetic),
                        (_, '.') => is_initialism(&slice[i..j]) && after.is_some_and(char::is_alphabetic),
                        // "Russian-Ukraine war" is two names; "Jong-un" and "Asia-Pacific"-style
                        // compounds with a lower-case second part stay one word.
                        (_, '-') => after.is_some_and(|a| a.is_alphanumeric() && !a.is_uppercase()),
                        _ => after.is_some_and(char::is_alphanumeric),
                    };
                    // "'s" at a word's end is a possessive, not part of the word.
                    let possessive = is_apostrophe(next)
                        && slice[j + next.len_utf8()..].starts_with('s')
                        && !slice[j + next.len_utf8() + 1..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric);
                    joiner_fits && !possessive
                }
                ',' if kind == TokenKind::Number => {
                    let rest = &slice[j + 1..];
                    rest.len() >= 3
                        && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                        && !rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit)
                }
                _ => false,
            };
            if !joins {
                break;
            }
            end = j + next.len_utf8();
            chars.next();
        }
        // The final dot of an initialism ("U.S.") belongs to it.
        if kind == TokenKind::Word && slice[end..].starts_with('.') && is_initialism(&slice[i..end]) {
            end += 1;
            chars.next();
        }
        tokens.push(Token { start, end: range.start + end, kind });
        let rest = &slice[end..];
        let mut rest_chars = rest.chars();
        if let (Some(apostrophe), Some('s')) = (rest_chars.next(), rest_chars.next()) {
            if is_apostrophe(apostrophe) && !rest_chars.next().is_some_and(char::is_alphanumeric) {
                let p_start = range.start + end;
                let p_end = p_start + apostrophe.len_utf8() + 1;
                tokens.push(Token { start: p_start, end: p_end, kind: TokenKind::Possessive });
                chars.next();
                chars.next();
            }
        }
    }
    tokens
}

/// The longest initialism, in bytes: "A.B.C.D.E.F.G.H." and no longer.
const MAX_INITIALISM: usize = 16;

/// "U.S", "U.K", "D.C": single letters joined by dots.
fn is_initialism(word: &str) -> bool {
    // Checked at every dot of a growing word, so a long dotted chain would cost its square:
    // real initialisms are short.
    if word.len() > MAX_INITIALISM {
        return false;
    }
    word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text, 0..text.len()).iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn token_table() {
        use TokenKind::*;
        let table: &[(&str, &[(&str, TokenKind)])] = &[
            ("Russia's war", &[("Russia", Word), ("'s", Possessive), ("war", Word)]),
            ("isn’t", &[("isn’t", Word)]),
            ("the U.S. and U.K.", &[("the", Word), ("U.S.", Word), ("and", Word), ("U.K.", Word)]),
            ("ended. Then", &[("ended", Word), (".", Punct), ("Then", Word)]),
            ("1.2 million", &[("1.2", Number), ("million", Word)]),
            (
                "10,000, then 5,00",
                &[
                    ("10,000", Number),
                    (",", Punct),
                    ("then", Word),
                    ("5", Number),
                    (",", Punct),
                    ("00", Number),
                ],
            ),
            ("90% to 95%", &[("90", Number), ("%", Punct), ("to", Word), ("95", Number), ("%", Punct)]),
            ("decades-old 21st-century", &[("decades-old", Word), ("21st-century", Number)]),
            ("Russian-Ukraine war", &[("Russian", Word), ("-", Punct), ("Ukraine", Word), ("war", Word)]),
            ("Workers’ Party", &[("Workers", Word), ("’", Punct), ("Party", Word)]),
            ("“Go,” he", &[("“", Punct), ("Go", Word), (",", Punct), ("”", Punct), ("he", Word)]),
            ("fight—and", &[("fight", Word), ("—", Punct), ("and", Word)]),
            ("$2,000", &[("$", Punct), ("2,000", Number)]),
        ];
        for (input, expected) in table {
            assert_eq!(words(input), *expected, "input: {input:?}");
        }
    }
}
