//! How words are compared in search: lower-cased, diacritics removed, then stemmed, so
//! "Troops", "troop" and "trôops" meet, and "Gabuev’s" is found by "gabuev".

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The word folded for comparison: lower case, no diacritics, no apostrophes.
///
/// # Example
/// ```
/// use newslens_core::search::normalize::fold;
/// assert_eq!(fold("Pyongyang’s"), "pyongyangs");
/// assert_eq!(fold("Zaporizhzhia-Ré"), "zaporizhzhia-re");
/// ```
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, '\'' | '’') {
            continue;
        }
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        });
    }
    out
}

/// The English Snowball stem of a folded word.
pub fn stem(folded: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English)).stem(folded).into_owned()
}

/// The folded word and its stem, possessive "’s" dropped first.
pub fn term(word: &str) -> (String, String) {
    let word = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word);
    let folded = fold(word);
    let stemmed = stem(&folded);
    (folded, stemmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_meet_across_case_plural_and_diacritics() {
        assert_eq!(term("Troops").1, term("troop").1);
        assert_eq!(term("Gabuev’s"), term("gabuev"));
        assert_eq!(term("Fernández").0, "fernandez");
    }
}
