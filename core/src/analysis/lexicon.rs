//! Small word lists from `core/data/patterns.txt`, by section, for the name and quote patterns.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::wordlist;

/// The sections of `patterns.txt`, each a set of words.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Each word's sections, one bit a section: most words looked up are in no section, and
    /// one probe settles them.
    words: HashMap<&'static str, u128>,
    /// Each section's bit.
    sections: HashMap<&'static str, u128>,
}

impl Lexicon {
    /// The built-in lists, loaded on first use.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(include_str!("../../data/patterns.txt")))
    }

    /// Reads a word list in the format of [`crate::wordlist`]: each section a set of words.
    ///
    /// # Panics
    /// If the list has more than 128 sections.
    pub fn parse(src: &'static str) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for (section, word) in wordlist::sections(src) {
            let next = lexicon.sections.len();
            let bit = *lexicon.sections.entry(section).or_insert_with(|| {
                assert!(next < 128, "a lexicon holds at most 128 sections");
                1 << next
            });
            *lexicon.words.entry(word).or_default() |= bit;
        }
        lexicon
    }

    /// Whether `word` is in `section`.
    pub fn has(&self, section: &str, word: &str) -> bool {
        self.words.get(word).is_some_and(|bits| self.sections.get(section).is_some_and(|bit| bits & bit != 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_hold_their_words() {
        let lexicon = Lexicon::parse("# comment\n[heads]\nCorps\n\n[verbs]\nsaid\n");
        assert!(lexicon.has("heads", "Corps"));
        assert!(!lexicon.has("heads", "said"));
        assert!(lexicon.has("verbs", "said"));
        assert!(!lexicon.has("nowhere", "said"));
    }

    #[test]
    fn builtin_lists_are_present() {
        let lexicon = Lexicon::builtin();
        for (section, word) in
            [("org_heads", "Corps"), ("speech_verbs", "told"), ("admin_suffixes", "region")]
        {
            assert!(lexicon.has(section, word), "{section} lacks {word}");
        }
    }
}
