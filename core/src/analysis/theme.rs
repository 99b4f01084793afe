//! Themes: sentences tagged from the editable cue list in `core/data/themes.txt`.

use std::ops::Range;
use std::sync::OnceLock;

use super::token::{tokenize, TokenKind};

/// A theme from the data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Stable id for queries and URLs: `money`.
    pub id: &'static str,
    /// What users read: "Money and wages".
    pub label: &'static str,
    cues: Vec<Cue>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Cue {
    words: Vec<String>,
    last_is_prefix: bool,
}

/// The themes of `core/data/themes.txt`, loaded on first use.
pub fn themes() -> &'static [Theme] {
    static THEMES: OnceLock<Vec<Theme>> = OnceLock::new();
    THEMES.get_or_init(|| parse(include_str!("../../data/themes.txt")))
}

/// Reads `id<TAB>label<TAB>cue|cue|...` lines; malformed lines are skipped.
pub fn parse(src: &'static str) -> Vec<Theme> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (id, label, cues) = (fields.next()?.trim(), fields.next()?.trim(), fields.next()?);
            let cues = cues
                .split('|')
                .filter_map(|cue| {
                    let cue = cue.trim().to_lowercase();
                    let last_is_prefix = cue.ends_with('*');
                    let words: Vec<String> =
                        cue.trim_end_matches('*').split_whitespace().map(str::to_string).collect();
                    (!words.is_empty()).then_some(Cue { words, last_is_prefix })
                })
                .collect();
            Some(Theme { id, label, cues })
        })
        .collect()
}

/// The indices (into [`themes`]) of the themes whose cues occur in `text[sentence]`.
pub fn themes_of(text: &str, sentence: Range<usize>) -> Vec<usize> {
    let words: Vec<String> = tokenize(text, sentence)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text).to_lowercase())
        .collect();
    themes()
        .iter()
        .enumerate()
        .filter(|(_, theme)| theme.cues.iter().any(|cue| occurs(cue, &words)))
        .map(|(i, _)| i)
        .collect()
}

fn occurs(cue: &Cue, words: &[String]) -> bool {
    let n = cue.words.len();
    words.windows(n).any(|window| {
        window.iter().zip(&cue.words).enumerate().all(|(k, (have, want))| {
            if k == n - 1 && cue.last_is_prefix {
                have.starts_with(want.as_str())
            } else {
                have == want
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(sentence: &str) -> Vec<&'static str> {
        themes_of(sentence, 0..sentence.len()).into_iter().map(|i| themes()[i].id).collect()
    }

    #[test]
    fn theme_table() {
        let table: &[(&str, &[&str])] = &[
            ("Soldiers are paid wages in hard currency.", &["money"]),
            ("The veto shields it at the Security Council.", &["un_cover"]),
            ("Many deserted and hundreds died.", &["casualties"]),
            ("The weather was mild.", &[]),
            ("Undiedness is not a word.", &[]),
        ];
        for (sentence, expected) in table {
            assert_eq!(ids(sentence), *expected, "sentence: {sentence:?}");
        }
    }

    #[test]
    fn every_theme_has_cues() {
        assert_eq!(themes().len(), 6);
        assert!(themes().iter().all(|t| !t.cues.is_empty()));
    }
}
