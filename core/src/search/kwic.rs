//! Keyword in context: a result line is its sentence with the hits marked, a long sentence cut
//! to a window around the hits at word boundaries.

use std::ops::Range;

/// One result line: pieces of text, each marked as a hit or not, and whether the sentence
/// was cut before or after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kwic {
    /// Consecutive byte ranges of the text, with whether each is a hit.
    pub pieces: Vec<(Range<usize>, bool)>,
    /// Text of the sentence comes before the first piece ("…").
    pub cut_before: bool,
    /// Text of the sentence comes after the last piece ("…").
    pub cut_after: bool,
}

/// How much text a line keeps on each side of its hits, in bytes.
pub const CONTEXT: usize = 90;

/// The line for `sentence` of `text` with `hits` (sorted, disjoint, inside the sentence): the
/// whole sentence when it is short, else from about [`CONTEXT`] bytes before the first hit
/// to about as many after the last, cut where a word starts or ends.
///
/// # Example
/// ```
/// use newslens_core::search::kwic::kwic;
/// let text = "Troops moved.";
/// let line = kwic(text, 0..text.len(), &[0..6]);
/// assert_eq!(line.pieces, [(0..6, true), (6..13, false)]);
/// assert!(!line.cut_before && !line.cut_after);
/// ```
pub fn kwic(text: &str, sentence: Range<usize>, hits: &[Range<usize>]) -> Kwic {
    let hits: Vec<&Range<usize>> = hits
        .iter()
        .filter(|h| sentence.start <= h.start && h.end <= sentence.end && h.start < h.end)
        .collect();
    let first = hits.first().map_or(sentence.start, |h| h.start);
    let last = hits.last().map_or(first, |h| h.end);
    let start = if first - sentence.start > CONTEXT {
        word_start_after(text, first - CONTEXT, first)
    } else {
        sentence.start
    };
    let end = if sentence.end - last > CONTEXT {
        word_end_before(text, last + CONTEXT, last)
    } else {
        sentence.end
    };
    let mut pieces = Vec::new();
    let mut at = start;
    for hit in hits.into_iter().filter(|h| h.start >= start && h.end <= end) {
        if at < hit.start {
            pieces.push((at..hit.start, false));
        }
        pieces.push((hit.clone(), true));
        at = hit.end;
    }
    if at < end {
        pieces.push((at..end, false));
    }
    Kwic { pieces, cut_before: start > sentence.start, cut_after: end < sentence.end }
}

/// The first word start at or after `from` (a character boundary found first), or `limit`.
fn word_start_after(text: &str, from: usize, limit: usize) -> usize {
    let from = (from..limit).find(|&i| text.is_char_boundary(i)).unwrap_or(limit);
    text[from..limit]
        .char_indices()
        .find(|&(i, c)| !c.is_whitespace() && text[..from + i].ends_with(char::is_whitespace))
        .map_or(from, |(i, _)| from + i)
}

/// The last word end at or before `to` (a character boundary found first), or `limit`.
fn word_end_before(text: &str, to: usize, limit: usize) -> usize {
    let to = (limit..=to.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(limit);
    text[limit..to]
        .char_indices()
        .rev()
        .find(|&(i, c)| c.is_whitespace() && i > 0)
        .map_or(to, |(i, _)| limit + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line as text: hits in brackets, cuts as "…".
    fn render(text: &str, sentence: Range<usize>, hits: &[Range<usize>]) -> String {
        let line = kwic(text, sentence, hits);
        let body: String = line
            .pieces
            .iter()
            .map(
                |(r, hit)| if *hit { format!("[{}]", &text[r.clone()]) } else { text[r.clone()].to_string() },
            )
            .collect();
        format!("{}{body}{}", if line.cut_before { "…" } else { "" }, if line.cut_after { "…" } else { "" })
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // Hit lists with one hit are the common case.
    fn kwic_table() {
        let long = format!("{}Kim spoke {}", "word ".repeat(40), "more ".repeat(40));
        let kim = long.find("Kim").unwrap();
        let table: Vec<(&str, String, Vec<Range<usize>>, String)> = vec![
            ("short sentence, no hit", "Troops moved.".into(), vec![], "Troops moved.".into()),
            ("two hits", "Kim met Putin.".into(), vec![0..3, 8..13], "[Kim] met [Putin].".into()),
            (
                "a long sentence is centred on the hit and cut at words",
                long.clone(),
                vec![kim..kim + 3],
                format!("…{}[Kim] spoke{}…", "word ".repeat(18), " more".repeat(16)),
            ),
        ];
        for (name, text, hits, expected) in table {
            assert_eq!(render(&text, 0..text.len(), &hits), expected, "case '{name}'");
        }
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn cuts_never_split_a_character() {
        let text = format!("{}Kim{}", "é".repeat(80), "ü".repeat(80));
        let line = kwic(&text, 0..text.len(), &[160..163]);
        for (r, _) in &line.pieces {
            assert!(text.get(r.clone()).is_some(), "{r:?}");
        }
        assert!(line.cut_before && line.cut_after);
    }
}
