//! Search results as CSV and as Markdown, every line with its source.

use super::cite::outlet;
use super::csv::Csv;
use crate::corpus::Corpus;
use crate::search::SearchIndex;
use crate::study::Study;

/// The result sentences `results` (ids into `index.entries`), one record each: the sentence,
/// then its source (document, title, outlet, reference date) and its byte offsets.
pub fn results_csv(corpus: &Corpus, study: &Study, index: &SearchIndex, results: &[u32]) -> String {
    let mut csv = Csv::new(&["sentence", "document", "title", "outlet", "date", "start", "end"]);
    for &id in results {
        let Some(entry) = index.entries.get(id as usize) else { continue };
        let Some(doc) = corpus.documents().get(entry.doc) else { continue };
        let date = study.reference_date(entry.doc).map(|d| d.to_string());
        csv.record(&[
            doc.text.get(entry.range.clone()).into(),
            doc.id().into(),
            (&doc.label).into(),
            (&outlet(doc)).into(),
            date.as_deref().into(),
            entry.range.start.into(),
            entry.range.end.into(),
        ]);
    }
    csv.finish()
}

/// The results as a Markdown list under a heading naming `query`: each item the sentence,
/// then its title in italics, outlet and reference date. Text is escaped so it shows as
/// written (no emphasis, link, HTML or nested list comes from a document), and line breaks
/// inside a sentence become spaces.
///
/// # Example
/// ```
/// use newslens_core::export::results_markdown;
/// use newslens_core::search::SearchIndex;
/// use newslens_core::{study::Study, Corpus, DocMeta, Document};
/// let (corpus, _) = Corpus::new([Document::new(DocMeta::plain("a", None), "Troops *moved*.")]);
/// let study = Study::new(&corpus, |_| None);
/// let index = SearchIndex::new(&corpus, &study);
/// assert_eq!(
///     results_markdown(&corpus, &study, &index, "troops", &[0]),
///     "# NewsLens search: troops\n\n1 sentence.\n\n- Troops \\*moved\\*. — *Troops \\*moved\\*.*, text, undated\n"
/// );
/// ```
pub fn results_markdown(
    corpus: &Corpus,
    study: &Study,
    index: &SearchIndex,
    query: &str,
    results: &[u32],
) -> String {
    let mut out = String::from("# NewsLens search: ");
    escape(&mut out, if query.trim().is_empty() { "(filters only)" } else { query });
    let count =
        if results.len() == 1 { "1 sentence".to_string() } else { format!("{} sentences", results.len()) };
    out.push_str(&format!("\n\n{count}.\n\n"));
    for &id in results {
        let Some(entry) = index.entries.get(id as usize) else { continue };
        let Some(doc) = corpus.documents().get(entry.doc) else { continue };
        out.push_str("- ");
        escape(&mut out, doc.text.get(entry.range.clone()).unwrap_or(""));
        out.push_str(" — *");
        escape(&mut out, &doc.label);
        out.push_str("*, ");
        escape(&mut out, &outlet(doc));
        out.push_str(", ");
        out.push_str(&study.reference_date(entry.doc).map_or("undated".to_string(), |d| d.to_string()));
        out.push('\n');
    }
    out
}

/// Appends `text` on one line with every character Markdown could read as markup escaped:
/// inline markup anywhere, and what would open a block (a list, a heading, a quote) at the
/// start.
fn escape(out: &mut String, text: &str) {
    let text = text.trim();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in text.char_indices() {
        match c {
            '\r' | '\n' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i == digits && digits > 0 => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_is_escaped() {
        let table = [
            ("plain words", "plain words"),
            ("*bold* _it_ `code` [link](x) <b>", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\>"),
            ("# heading", "\\# heading"),
            ("- item", "\\- item"),
            ("1. item", "1\\. item"),
            ("2024) item", "2024\\) item"),
            ("a\r\nb\nc", "a b c"),
            ("&amp; | ~x~ !", "\\&amp; \\| \\~x\\~ \\!"),
            ("  北朝鮮 “troops” ", "北朝鮮 “troops”"),
        ];
        for (text, escaped) in table {
            let mut out = String::new();
            escape(&mut out, text);
            assert_eq!(out, escaped, "{text:?}");
        }
    }
}
