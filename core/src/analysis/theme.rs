//! Themes: sentences tagged from a cue list that belongs to a corpus (the bundled corpus's is
//! `corpus/themes.txt`), so that a user's own corpus can bring its own. The engine
//! ([`analyze`](super::analyze)) knows no theme; [`Study`](crate::study::Study) tags every
//! sentence with its corpus's [`Themes`].
//!
//! # Example
//! ```
//! use newslens_core::analysis::{analyze, theme::Themes};
//! let (themes, problems) = Themes::parse("money\tMoney and wages\twage*|hard currency\n");
//! assert!(problems.is_empty());
//! let text = "Soldiers are paid wages in hard currency. The weather was mild.";
//! let analysis = analyze(text, None);
//! assert_eq!(themes.tag(text, &analysis), [vec![0], vec![]]);
//! assert_eq!(themes.get(0).unwrap().id, "money");
//! ```

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::token::{Token, TokenKind};
use super::Analysis;
use crate::diagnostic::Diagnostic;

/// A theme of a cue list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Stable id for queries and URLs: `money`.
    pub id: String,
    /// What users read: "Money and wages".
    pub label: String,
    cues: Vec<Cue>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Cue {
    words: Vec<String>,
    last_is_prefix: bool,
}

/// A corpus's themes, with their cues indexed by first word, so each word of a sentence
/// costs one lookup; a one-word prefix cue ("wage*") is filed under its first three letters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Themes {
    themes: Vec<Theme>,
    by_first_word: FxHashMap<String, Vec<(usize, usize)>>,
    by_prefix: FxHashMap<String, Vec<(usize, usize)>>,
}

const PREFIX_KEY: usize = 3;

impl Themes {
    /// Reads `id<TAB>label<TAB>cue|cue|...` lines (`#` comments and blank lines skipped). A
    /// cue is one or more words matched case-insensitively on word boundaries; a trailing
    /// `*` makes its last word a prefix. A malformed line is left out with a diagnostic
    /// pointing at it.
    pub fn parse(src: &str) -> (Themes, Vec<Diagnostic>) {
        let mut themes = Themes::default();
        let mut problems = Vec::new();
        let mut at = 0;
        for line in src.split_inclusive('\n') {
            let range = at..at + line.trim_end().len();
            at += line.len();
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [id, label, cues] = fields[..] else {
                problems.push(
                    Diagnostic::warning("a theme line needs three tab-separated columns: id, label, cues")
                        .at(range),
                );
                continue;
            };
            let cues: Vec<Cue> = cues.split('|').filter_map(Cue::parse).collect();
            if id.is_empty() || cues.is_empty() {
                problems.push(Diagnostic::warning(format!("theme '{id}' has no id or no cue")).at(range));
                continue;
            }
            if themes.themes.iter().any(|t| t.id == id) {
                problems.push(
                    Diagnostic::warning(format!("theme '{id}' is defined twice; the first is kept"))
                        .at(range),
                );
                continue;
            }
            themes.add(Theme { id: id.to_string(), label: label.to_string(), cues });
        }
        (themes, problems)
    }

    fn add(&mut self, theme: Theme) {
        let t = self.themes.len();
        for (c, cue) in theme.cues.iter().enumerate() {
            let first = &cue.words[0];
            if cue.words.len() == 1 && cue.last_is_prefix && first.len() >= PREFIX_KEY {
                let key = first.get(..PREFIX_KEY).unwrap_or(first).to_string();
                self.by_prefix.entry(key).or_default().push((t, c));
            } else {
                self.by_first_word.entry(first.clone()).or_default().push((t, c));
            }
        }
        self.themes.push(theme);
    }

    /// Every theme, in file order; a sentence's themes are indices into this.
    pub fn list(&self) -> &[Theme] {
        &self.themes
    }

    /// The themes in the form [`Themes::parse`] reads, one line per theme: what a
    /// [bundle](crate::bundle) stores, since parsing it back rebuilds the indexes.
    ///
    /// ```
    /// use newslens_core::analysis::theme::Themes;
    /// let (themes, _) = Themes::parse("money\tMoney and wages\tWage*| hard currency\n");
    /// assert_eq!(themes.to_tsv(), "money\tMoney and wages\twage*|hard currency\n");
    /// assert_eq!(Themes::parse(&themes.to_tsv()).0, themes);
    /// ```
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for theme in &self.themes {
            let cues: Vec<String> = theme
                .cues
                .iter()
                .map(|c| format!("{}{}", c.words.join(" "), if c.last_is_prefix { "*" } else { "" }))
                .collect();
            out.push_str(&format!("{}\t{}\t{}\n", theme.id, theme.label, cues.join("|")));
        }
        out
    }

    /// The theme at this index.
    pub fn get(&self, index: usize) -> Option<&Theme> {
        self.themes.get(index)
    }

    /// How many themes there are.
    pub fn len(&self) -> usize {
        self.themes.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.themes.is_empty()
    }

    /// The themes of every sentence of an analysis of `text`, by sentence.
    pub fn tag(&self, text: &str, analysis: &Analysis) -> Vec<Vec<usize>> {
        let mut tokens = analysis.tokens.as_slice();
        analysis
            .sentences
            .iter()
            .map(|sentence| {
                let end = tokens.partition_point(|t| t.start < sentence.end);
                let (inside, rest) = tokens.split_at(end);
                tokens = rest;
                self.of_sentence(text, inside)
            })
            .collect()
    }

    /// The indices of the themes whose cues occur among a sentence's tokens.
    fn of_sentence(&self, text: &str, tokens: &[Token]) -> Vec<usize> {
        let mut found = vec![false; self.themes.len()];
        self.each_cue(text, tokens, |t, _| found[t] = true);
        found.iter().enumerate().filter(|(_, &f)| f).map(|(t, _)| t).collect()
    }

    /// What tagged sentence `sentence` of an analysis of `text`: every occurrence of a cue,
    /// as (theme, the byte range from its first word to its last), in text order.
    ///
    /// # Example
    /// ```
    /// use newslens_core::analysis::{analyze, theme::Themes};
    /// let (themes, _) = Themes::parse("money\tMoney and wages\twage*|hard currency\n");
    /// let text = "Soldiers are paid wages in hard currency.";
    /// let cues = themes.cues_in(text, &analyze(text, None), 0);
    /// let words: Vec<&str> = cues.iter().map(|(_, r)| &text[r.clone()]).collect();
    /// assert_eq!(words, ["wages", "hard currency"]);
    /// ```
    pub fn cues_in(&self, text: &str, analysis: &Analysis, sentence: usize) -> Vec<(usize, Range<usize>)> {
        let Some(range) = analysis.sentences.get(sentence) else { return Vec::new() };
        let first = analysis.tokens.partition_point(|t| t.start < range.start);
        let end = analysis.tokens.partition_point(|t| t.start < range.end);
        let mut out = Vec::new();
        self.each_cue(text, &analysis.tokens[first..end], |t, r| out.push((t, r)));
        out
    }

    /// Calls `found` with (theme, byte range) for every cue occurrence among `tokens`.
    fn each_cue(&self, text: &str, tokens: &[Token], mut found: impl FnMut(usize, Range<usize>)) {
        if self.themes.is_empty() {
            return;
        }
        let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
        let texts: Vec<&str> = words.iter().map(|t| t.text(text)).collect();
        let mut lower = String::new();
        for (j, word) in texts.iter().enumerate() {
            lower.clear();
            lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
            let key = lower.get(..PREFIX_KEY).unwrap_or("");
            let candidates = self
                .by_first_word
                .get(lower.as_str())
                .into_iter()
                .flatten()
                .chain(self.by_prefix.get(key).into_iter().flatten());
            for &(t, c) in candidates {
                let cue = &self.themes[t].cues[c];
                if cue.occurs_at(&texts[j..]) {
                    found(t, words[j].start..words[j + cue.words.len() - 1].range().end);
                }
            }
        }
    }
}

impl Cue {
    fn parse(cue: &str) -> Option<Cue> {
        let cue = cue.trim().to_lowercase();
        let last_is_prefix = cue.ends_with('*');
        let words: Vec<String> = cue.trim_end_matches('*').split_whitespace().map(str::to_string).collect();
        (!words.is_empty()).then_some(Cue { words, last_is_prefix })
    }

    /// Whether the cue starts `words`. Cues are lower case, so a case-insensitive comparison
    /// needs no lower-cased copy of the text.
    fn occurs_at(&self, words: &[&str]) -> bool {
        let n = self.words.len();
        words.len() >= n
            && words.iter().zip(&self.words).enumerate().all(|(k, (have, want))| {
                let have = if k == n - 1 && self.last_is_prefix {
                    have.get(..want.len()).unwrap_or("")
                } else {
                    have
                };
                have.eq_ignore_ascii_case(want)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CUES: &str = "# A comment.\n\
        money\tMoney and wages\tmoney|wage*|paid|hard currency\n\
        un_cover\tCover at the UN\tsecurity council|veto*\n\
        casualties\tCasualties\tdied|desert*\n";

    fn ids(sentence: &str) -> Vec<String> {
        let (themes, problems) = Themes::parse(CUES);
        assert!(problems.is_empty(), "{problems:?}");
        let analysis = crate::analysis::analyze(sentence, None);
        themes.tag(sentence, &analysis).concat().into_iter().map(|i| themes.list()[i].id.clone()).collect()
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
    fn malformed_lines_are_named_and_left_out() {
        let src = "money\tMoney\twage*\nbroken line\nempty\tEmpty\t|\nmoney\tAgain\tcash\n";
        let (themes, problems) = Themes::parse(src);
        assert_eq!(themes.list().iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["money"]);
        let found: Vec<(&str, &str)> =
            problems.iter().map(|p| (p.message.as_str(), &src[p.range.clone().unwrap()])).collect();
        assert_eq!(
            found,
            [
                ("a theme line needs three tab-separated columns: id, label, cues", "broken line"),
                ("theme 'empty' has no id or no cue", "empty\tEmpty\t|"),
                ("theme 'money' is defined twice; the first is kept", "money\tAgain\tcash"),
            ]
        );
    }

    #[test]
    fn no_themes_tag_nothing() {
        let text = "Soldiers are paid. They left.";
        assert_eq!(Themes::default().tag(text, &crate::analysis::analyze(text, None)), [vec![], vec![]]);
    }
}
