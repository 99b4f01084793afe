//! CSV articles: RFC 4180 records (quoted fields may hold commas, quotes and line breaks), a
//! header row naming the columns, one article a row from its `text` column and the columns
//! [`Fields::NAMES`] knows.

use super::{fields_article, Fields};
use crate::corpus::Document;

/// The records of a CSV text. A quote left open runs to the end of the text, as spreadsheet
/// programs read it; `\r\n`, `\n` and `\r` end records.
///
/// ```
/// use newslens_core::import::parse_csv;
/// let rows = parse_csv("title,text\n\"Rates, again\",\"He said \"\"no\"\".\nThen left.\"\n");
/// assert_eq!(rows, [vec!["title", "text"], vec!["Rates, again", "He said \"no\".\nThen left."]]);
/// ```
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r' | '\n') => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.retain(|r| !(r.len() == 1 && r[0].is_empty()));
    rows
}

/// The articles of a CSV file; each problem names the file and the row's line.
pub fn csv_articles(file: &str, text: &str) -> (Vec<Document>, Vec<String>) {
    let rows = parse_csv(text);
    let Some((header, rows)) = rows.split_first() else {
        return (Vec::new(), vec![format!("{file}: empty; a CSV needs a header row and a text column")]);
    };
    let column =
        |names: &[&str]| header.iter().position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)));
    let columns: Vec<(&str, usize)> =
        Fields::NAMES.iter().filter_map(|(field, names)| Some((*field, column(names)?))).collect();
    if !columns.iter().any(|(field, _)| *field == "text") {
        return (Vec::new(), vec![format!("{file}: no \"text\" column in its header row")]);
    }
    let (mut documents, mut problems) = (Vec::new(), Vec::new());
    for (n, row) in rows.iter().enumerate() {
        let mut fields = Fields::default();
        for &(field, k) in &columns {
            if let Some(value) = row.get(k).filter(|v| !v.is_empty()) {
                fields.set(field, value.clone());
            }
        }
        match fields_article(file, &format!("{file}: row {}", n + 2), fields) {
            Ok((doc, note)) => {
                documents.push(doc);
                problems.extend(note);
            }
            Err(problem) => problems.push(problem),
        }
    }
    (documents, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_articles_and_bad_rows_are_named() {
        let src = "Title,Date,Text\r\nFloods,2025-04-01,\"Rivers rose, and rose.\"\r\nEmpty,2025-04-02,\r\n";
        let (docs, problems) = csv_articles("f.csv", src);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "Rivers rose, and rose.");
        assert_eq!(docs[0].meta.title.as_deref(), Some("Floods"));
        assert_eq!(problems, ["f.csv: row 3: no \"text\"; skipped"]);
        assert_eq!(csv_articles("g.csv", "a,b\n1,2\n").1, ["g.csv: no \"text\" column in its header row"]);
    }

    /// REGRESSION: each shape a spreadsheet writes (or a hand edit leaves) that once read wrong.
    #[test]
    fn quotes_line_breaks_and_open_quotes() {
        for (src, want) in [
            ("a\n", vec![vec!["a"]]),
            ("a,\"\"\n", vec![vec!["a", ""]]),
            ("\"x\ny\"\rz", vec![vec!["x\ny"], vec!["z"]]),
            ("\"open, to the end", vec![vec!["open, to the end"]]),
            ("a\"b,c", vec![vec!["a\"b", "c"]]),
            ("\n\n", vec![]),
        ] {
            assert_eq!(parse_csv(src), want, "{src:?}");
        }
    }
}
