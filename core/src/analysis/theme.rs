//! Themes: sentences tagged from the editable cue list in `core/data/themes.txt`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::token::{Token, TokenKind};

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

/// Cues by their first word, so each word of a sentence costs one lookup; a one-word prefix
/// cue ("wage*") is filed under its first three letters.
struct CueIndex {
    by_first_word: FxHashMap<String, Vec<(usize, usize)>>,
    by_prefix: FxHashMap<String, Vec<(usize, usize)>>,
}

const PREFIX_KEY: usize = 3;

fn cue_index() -> &'static CueIndex {
    static INDEX: OnceLock<CueIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = CueIndex { by_first_word: FxHashMap::default(), by_prefix: FxHashMap::default() };
        for (t, theme) in themes().iter().enumerate() {
            for (c, cue) in theme.cues.iter().enumerate() {
                let first = &cue.words[0];
                if cue.words.len() == 1 && cue.last_is_prefix && first.len() >= PREFIX_KEY {
                    index.by_prefix.entry(first[..PREFIX_KEY].to_string()).or_default().push((t, c));
                } else {
                    index.by_first_word.entry(cue.words[0].clone()).or_default().push((t, c));
                }
            }
        }
        index
    })
}

/// The indices (into [`themes`]) of the themes whose cues occur among a sentence's tokens.
pub fn themes_of(text: &str, tokens: &[Token]) -> Vec<usize> {
    let words: Vec<&str> =
        tokens.iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.text(text)).collect();
    let index = cue_index();
    let mut found = vec![false; themes().len()];
    let mut lower = String::new();
    for (j, word) in words.iter().enumerate() {
        lower.clear();
        lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        let key = lower.get(..PREFIX_KEY).unwrap_or("");
        let candidates = index
            .by_first_word
            .get(lower.as_str())
            .into_iter()
            .flatten()
            .chain(index.by_prefix.get(key).into_iter().flatten());
        for &(t, c) in candidates {
            if !found[t] && occurs_at(&themes()[t].cues[c], &words[j..]) {
                found[t] = true;
            }
        }
    }
    found.iter().enumerate().filter(|(_, &f)| f).map(|(t, _)| t).collect()
}

/// Whether `cue` starts `words`. Cues are lower-case ASCII, so a case-insensitive byte
/// comparison needs no lower-cased copy.
fn occurs_at(cue: &Cue, words: &[&str]) -> bool {
    let n = cue.words.len();
    words.len() >= n
        && words.iter().zip(&cue.words).enumerate().all(|(k, (have, want))| {
            let have =
                if k == n - 1 && cue.last_is_prefix { have.get(..want.len()).unwrap_or("") } else { have };
            have.eq_ignore_ascii_case(want)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(sentence: &str) -> Vec<&'static str> {
        let tokens = crate::analysis::token::tokenize(sentence, 0..sentence.len());
        themes_of(sentence, &tokens).into_iter().map(|i| themes()[i].id).collect()
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
