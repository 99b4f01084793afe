//! The word-list format of `core/data/`, read in one place.
//!
//! Every list the engine embeds (the TIME and NUMBER vocabularies, the name patterns, the scrape
//! leftovers, photo agencies and gazetteers) is a text file in this format:
//! - a line `[name]` starts the section `name`; entries before the first header belong to the
//!   section `""`, so a file without headers is one list;
//! - a line whose first non-blank character is `#` is a comment, and blank lines are skipped;
//! - every other line is one entry, trimmed of the spaces around it. What an entry holds (a
//!   word, a phrase, tab-separated columns, `alias word`) is up to the reader of that file.
//!
//! Reading never fails: any text is a word list, possibly an empty one.

use rustc_hash::FxHashMap;

/// The entries of `src` in file order, each with the section it belongs to.
///
/// # Example
/// ```
/// use newslens_core::wordlist::sections;
///
/// let src = "# Units of time.\n[units]\nday\n  week  \n\n[plurals]\n# Regular ones.\ndays\n";
/// let entries: Vec<(&str, &str)> = sections(src).collect();
/// assert_eq!(entries, [("units", "day"), ("units", "week"), ("plurals", "days")]);
/// ```
pub fn sections(src: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut section = "";
    src.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).filter_map(
        move |line| match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => {
                section = name;
                None
            }
            None => Some((section, line)),
        },
    )
}

/// Every entry of `src` in file order, whatever its section: how a file that is one list reads.
pub fn entries(src: &str) -> impl Iterator<Item = &str> {
    sections(src).map(|(_, entry)| entry)
}

/// The entries of `src` by section, each section's in file order. A section whose header
/// appears twice has the entries of both; a header without entries makes no section.
pub fn lists(src: &str) -> FxHashMap<&str, Vec<&str>> {
    let mut lists: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for (section, entry) in sections(src) {
        lists.entry(section).or_default().push(entry);
    }
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped_and_entries_trimmed() {
        let src = "# A list.\n\n  # An indented comment.\n\talpha \r\n beta gamma\n\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), ["alpha", "beta gamma"]);
    }

    #[test]
    fn entries_before_the_first_header_are_in_the_unnamed_section() {
        let src = "loose\n[named]\nkept\n";
        assert_eq!(sections(src).collect::<Vec<_>>(), [("", "loose"), ("named", "kept")]);
    }

    #[test]
    fn a_repeated_section_joins_its_entries_in_order() {
        let lists = lists("[a]\none\n[b]\ntwo\n[a]\nthree\n[empty]\n");
        assert_eq!(lists["a"], ["one", "three"]);
        assert_eq!(lists["b"], ["two"]);
        assert!(!lists.contains_key("empty"));
    }

    #[test]
    fn brackets_that_are_no_header_are_entries() {
        let src = "[marks]\n[\n]\n(\n[x\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), ["[", "]", "(", "[x"]);
        assert_eq!(sections("[]\nword\n").collect::<Vec<_>>(), [("", "word")]);
    }

    #[test]
    fn any_text_reads_without_panicking() {
        for src in ["", "\n\n", "[", "]", "#", "[[]]\n\u{feff}x\n\u{0}", "🎉\n[🎉]\n🎉"] {
            let _ = lists(src);
            assert!(entries(src).all(|e| !e.is_empty() && e == e.trim()));
        }
    }
}
