//! Small word lists from `core/data/patterns.txt`, by section, for the name and quote patterns.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::wordlist;

/// The sections of `patterns.txt`, each a set of words.
#[derive(Debug, Default)]
pub struct Lexicon {
    sections: HashMap<&'static str, HashSet<&'static str>>,
}

impl Lexicon {
    /// The built-in lists, loaded on first use.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(include_str!("../../data/patterns.txt")))
    }

    /// Reads a word list in the format of [`crate::wordlist`]: each section a set of words.
    pub fn parse(src: &'static str) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for (section, word) in wordlist::sections(src) {
            lexicon.sections.entry(section).or_default().insert(word);
        }
        lexicon
    }

    /// Whether `word` is in `section`.
    pub fn has(&self, section: &str, word: &str) -> bool {
        self.sections.get(section).is_some_and(|s| s.contains(word))
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
