//! Text structure: paragraphs, scrape leftovers, photo credits, sentences and labels.
//!
//! Every result is a byte range into the document's exact text; nothing here copies or
//! rewrites the text, so the reader can show it byte for byte.

use std::ops::Range;
use std::sync::OnceLock;

use crate::wordlist;

/// Whether a paragraph belongs to the article or is page furniture a scraper copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Article text.
    Content,
    /// A headline or section heading: a short title-cased line without closing punctuation.
    Heading,
    /// A whole line such as "close" or "Login": shown, de-emphasised, never annotated.
    Leftover,
}

/// One paragraph: a non-blank line of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The line without its line break.
    pub range: Range<usize>,
    /// Article text or leftover.
    pub kind: BlockKind,
    /// A photo credit ending the paragraph ("Mikhail Metzel/AFP-Getty Images"), if any.
    pub credit: Option<Range<usize>>,
}

/// Splits `text` into paragraphs, one per non-blank line, and marks leftovers and credits.
///
/// # Example
/// ```
/// use newslens_core::text::{blocks, BlockKind};
/// let text = "close\n\nTroops moved. Jane Doe/AFP via Getty Images\n";
/// let blocks = blocks(text);
/// assert_eq!(blocks.len(), 2);
/// assert_eq!(blocks[0].kind, BlockKind::Leftover);
/// assert_eq!(&text[blocks[1].credit.clone().unwrap()], "Jane Doe/AFP via Getty Images");
/// ```
pub fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (start, line) in lines(text) {
        let end = start + line.len();
        let trimmed = text[start..end].trim();
        if !trimmed.is_empty() {
            let kind = if is_leftover(trimmed) {
                BlockKind::Leftover
            } else if is_heading(trimmed) {
                BlockKind::Heading
            } else {
                BlockKind::Content
            };
            let credit = match kind {
                BlockKind::Content => photo_credit(text, start..end),
                BlockKind::Leftover | BlockKind::Heading => None,
            };
            blocks.push(Block { range: start..end, kind, credit });
        }
    }
    blocks
}

/// The lines of a text as (start, line without its break). A line
/// ends at "\n", "\r\n" or a lone "\r" (old Mac files), so no ending makes a whole file one
/// paragraph.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end =
            bytes[start..].iter().position(|&b| b == b'\n' || b == b'\r').map_or(bytes.len(), |i| start + i);
        let next = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => end,
        };
        let line = (start, &text[start..end]);
        start = next;
        Some(line)
    })
}

/// Short, no closing punctuation, and most longer words capitalised: "A New Chapter in the War".
fn is_heading(line: &str) -> bool {
    let closed = line.ends_with(['.', '?', '!', ':', ';', ',', '”', '"', '“']);
    let several_sentences = line.contains(". ") || line.contains("? ") || line.contains("! ");
    // Most lines are paragraphs that end a sentence: settled before their words are read.
    if closed || several_sentences {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().take(25).collect();
    let long: Vec<&&str> =
        words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let capitalised = long.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.len() <= 24 && !long.is_empty() && capitalised * 4 >= long.len() * 3
}

impl BlockKind {
    /// Whether the block is part of the article (content or heading), so analysis reads it.
    pub fn is_article(self) -> bool {
        matches!(self, BlockKind::Content | BlockKind::Heading)
    }
}

fn is_leftover(line: &str) -> bool {
    static LEFTOVERS: OnceLock<Vec<&'static str>> = OnceLock::new();
    LEFTOVERS
        .get_or_init(|| wordlist::entries(include_str!("../data/leftovers.txt")).collect())
        .iter()
        .any(|l| l.eq_ignore_ascii_case(line))
}

/// A trailing "Name Surname/Agency" after a caption's last sentence, possibly after "Photo:".
fn photo_credit(text: &str, block: Range<usize>) -> Option<Range<usize>> {
    static AGENCIES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let agencies =
        AGENCIES.get_or_init(|| wordlist::entries(include_str!("../data/photo_agencies.txt")).collect());
    let line = &text[block.clone()];
    let trimmed = line.trim_end();
    // The credit follows the caption's final full stop.
    let tail_start = trimmed.rfind(". ").map(|i| i + 2)?;
    let credit = block.start + tail_start..block.start + trimmed.len();
    let name = credit_photographer(text, credit.clone())?;
    let agency = &text[name.end + 1..credit.end];
    let names_agency = agency
        .split(['-', '/', ','])
        .flat_map(|part| part.split(" via "))
        .any(|part| agencies.iter().any(|a| a.eq_ignore_ascii_case(part.trim())));
    names_agency.then_some(credit)
}

/// The photographer's name in a credit "Photo: Jane Doe/Agency": one to four capitalised words
/// before the slash.
pub fn credit_photographer(text: &str, credit: Range<usize>) -> Option<Range<usize>> {
    let tail = &text[credit.clone()];
    let slash = tail.find('/')?;
    let lead = ["Photo:", "Photograph:", "Picture:", "Credit:"]
        .iter()
        .find_map(|p| tail.strip_prefix(p).map(|rest| tail.len() - rest.len()))
        .unwrap_or(0);
    let name = &tail[lead..slash];
    let words: Vec<&str> = name.split_whitespace().collect();
    let looks_like_name = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let start = credit.start + lead + (name.len() - name.trim_start().len());
    looks_like_name.then(|| start..credit.start + slash)
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Cmdr", "Adm", "Rep", "Sen",
    "Gov", "Pres", "St", "Jr", "Sr", "No", "vs", "etc", "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Mar",
    "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx",
];

/// Splits the paragraph at `range` into sentences, as byte ranges without surrounding space.
///
/// A sentence ends at `.`, `?`, `!` or `…` (with any closing quotes or brackets after it)
/// when the next word starts with a capital, a digit or an opening quote, and the word
/// before is not an abbreviation ("Mr.", "U.S.", a single initial).
///
/// # Example
/// ```
/// use newslens_core::text::sentences;
/// let text = "U.S. officials said so. Mr. Kim left? “Yes,” he said.";
/// let parts: Vec<_> = sentences(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(parts, ["U.S. officials said so.", "Mr. Kim left?", "“Yes,” he said."]);
/// ```
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let para = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = para.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '?' | '!' | '…') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if matches!(next, '"' | '”' | '’' | '\'' | ')' | ']' | '.' | '?' | '!') {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &para[end..];
        let next_word = rest.trim_start();
        let spaced = next_word.len() < rest.len();
        let opens_sentence = next_word.chars().next().is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '(' | '[')
        });
        if spaced && opens_sentence && !(c == '.' && ends_with_abbreviation(&para[start..i])) {
            push_trimmed(&mut out, para, start..end, range.start);
            start = end;
        }
    }
    push_trimmed(&mut out, para, start..para.len(), range.start);
    out
}

fn ends_with_abbreviation(before_stop: &str) -> bool {
    let word = before_stop.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "Md. Shafiqul Islam" is an abbreviated Mohammad; after a comma, "Bethesda, Md." is the
    // state and may end the sentence.
    let mohammad =
        matches!(word, "Md" | "Mohd") && !before_stop[..before_stop.len() - word.len()].ends_with(", ");
    single_initial || word.contains('.') || ABBREVIATIONS.contains(&word) || mohammad
}

fn push_trimmed(out: &mut Vec<Range<usize>>, para: &str, r: Range<usize>, offset: usize) {
    let slice = &para[r.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(offset + r.start + lead..offset + r.end - trail);
    }
}

/// The longest label, in characters, that [`derive_label`] returns before its ellipsis.
pub const LABEL_MAX_CHARS: usize = 100;

/// A label for a document without a title: its first sentence, cut at a word boundary.
///
/// # Example
/// ```
/// let label = newslens_core::text::derive_label("close\n\nTroops arrived. More later.");
/// assert_eq!(label, "Troops arrived.");
/// ```
pub fn derive_label(text: &str) -> String {
    let Some(first) = blocks(text).into_iter().find(|b| b.kind.is_article()) else {
        return "(empty document)".to_string();
    };
    let sentence = sentences(text, first.range.clone()).into_iter().next().unwrap_or(first.range);
    let sentence = &text[sentence];
    if sentence.chars().count() <= LABEL_MAX_CHARS {
        return sentence.to_string();
    }
    let cut = sentence.char_indices().nth(LABEL_MAX_CHARS).map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// REGRESSION: lone carriage returns made a whole file one paragraph.
    #[test]
    fn every_line_ending_ends_a_paragraph() {
        for text in
            ["First one.\nSecond one.\n", "First one.\r\nSecond one.\r\n", "First one.\rSecond one.\r"]
        {
            let found: Vec<&str> = blocks(text).iter().map(|b| &text[b.range.clone()]).collect();
            assert_eq!(found, ["First one.", "Second one."], "{text:?}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text, 0..text.len()).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentence_table() {
        let table: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("Talks with Gen. Kim ended.", &["Talks with Gen. Kim ended."]),
            ("He left at 5 p.m. on Friday.", &["He left at 5 p.m. on Friday."]),
            ("“Go,” he said. “Now.” Then.", &["“Go,” he said.", "“Now.”", "Then."]),
            ("Costs rose 2.5 percent. Next.", &["Costs rose 2.5 percent.", "Next."]),
            ("Why? Because.", &["Why?", "Because."]),
            ("trailing space.  ", &["trailing space."]),
            // REGRESSION: "Md." (Mohammad) ended the sentence and cut the name it opens.
            ("Secretary Md. Shafiqul Islam spoke.", &["Secretary Md. Shafiqul Islam spoke."]),
            ("It opened in Bethesda, Md. Sales rose.", &["It opened in Bethesda, Md.", "Sales rose."]),
            ("", &[]),
        ];
        for (input, expected) in table {
            assert_eq!(split(input), *expected, "input: {input:?}");
        }
    }

    #[test]
    fn blocks_keep_crlf_out_of_ranges() {
        let text = "First line.\r\n\r\nLogin\r\n";
        let found: Vec<_> = blocks(text).into_iter().map(|b| (&text[b.range], b.kind)).collect();
        assert_eq!(found, [("First line.", BlockKind::Content), ("Login", BlockKind::Leftover)]);
    }

    #[test]
    fn heading_table() {
        let table: &[(&str, bool)] = &[
            ("A New Chapter in the Ukraine War", true),
            ("North Korea Draws Strategic Benefits as it Sends Troops to Aid Russia's War in Ukraine", true),
            ("What does North Korea gain from this?", false),
            ("North Korean troops are expected to help.", false),
            ("Troops moved west toward the border", false),
            ("Kim and Putin at the Vostochny Cosmodrome. Mikhail Metzel/AFP-Getty Images", false),
        ];
        for (line, expected) in table {
            assert_eq!(is_heading(line), *expected, "line: {line:?}");
        }
    }

    #[test]
    fn credits_name_their_photographer() {
        let text = "Rescuers dig on Monday. Photo: Yuki Sato/AP";
        let credit = blocks(text)[0].credit.clone().unwrap();
        assert_eq!(&text[credit.clone()], "Photo: Yuki Sato/AP");
        assert_eq!(&text[credit_photographer(text, credit).unwrap()], "Yuki Sato");
    }

    #[test]
    fn a_sentence_ending_in_a_name_and_slash_is_not_a_credit_without_an_agency() {
        let text = "He met them. Kim Jong Un/Putin";
        assert_eq!(blocks(text)[0].credit, None);
    }

    #[test]
    fn long_first_sentences_are_cut_at_a_word() {
        let text = "word ".repeat(40) + "end.";
        let label = derive_label(&text);
        assert!(label.ends_with("word…"), "{label}");
        assert!(label.chars().count() <= LABEL_MAX_CHARS + 1);
    }
}
