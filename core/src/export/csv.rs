//! The one CSV writer (RFC 4180), safe to open in a spreadsheet.
//!
//! A [`Csv`] is a header and records of [`Field`]s; the writer alone decides how a field is
//! written, so every export is well formed by construction:
//! - a field is quoted when it holds a comma, a quote, a carriage return or a line feed, or
//!   starts or ends with a space or tab, or starts with a byte-order mark; a quote inside is
//!   doubled;
//! - text that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, carriage return)
//!   gets a leading `'`, as OWASP recommends, so opening an export never runs a document's
//!   text. Numbers the writer formats itself ([`Field::Int`], [`Field::Number`]) are left as
//!   they are;
//! - every record, the header's included, ends with CRLF; a record of one empty field is
//!   `""`, as an empty line is no record to most readers.

use std::fmt::Write as _;

use super::json::Json;

/// One field of a record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Field<'a> {
    /// Text, escaped and defused.
    Text(&'a str),
    /// An integer.
    Int(i64),
    /// A number, whole ones without a fraction (`10000`, `0.9`); empty when not finite.
    Number(f64),
    /// Nothing.
    Empty,
}

impl<'a> From<&'a str> for Field<'a> {
    fn from(s: &'a str) -> Self {
        Field::Text(s)
    }
}

impl<'a> From<&'a String> for Field<'a> {
    fn from(s: &'a String) -> Self {
        Field::Text(s)
    }
}

impl<'a> From<Option<&'a str>> for Field<'a> {
    fn from(s: Option<&'a str>) -> Self {
        s.map_or(Field::Empty, Field::Text)
    }
}

impl From<usize> for Field<'_> {
    fn from(n: usize) -> Self {
        Field::Int(n as i64)
    }
}

/// A CSV document being written: a header, then records of as many fields.
#[derive(Debug, Clone)]
pub struct Csv {
    out: String,
    columns: usize,
}

impl Csv {
    /// A document with this header.
    ///
    /// # Example
    /// ```
    /// use newslens_core::export::csv::{Csv, Field};
    /// let mut csv = Csv::new(&["name", "said"]);
    /// csv.record(&["Ahn".into(), "\"No\", he said".into()]);
    /// csv.record(&["=1+1".into(), Field::Int(-3)]);
    /// assert_eq!(csv.finish(), "name,said\r\nAhn,\"\"\"No\"\", he said\"\r\n'=1+1,-3\r\n");
    /// ```
    pub fn new(header: &[&str]) -> Csv {
        let mut csv = Csv { out: String::new(), columns: header.len() };
        let fields: Vec<Field<'_>> = header.iter().map(|h| Field::Text(h)).collect();
        csv.record(&fields);
        csv
    }

    /// Appends one record. It must have as many fields as the header; a missing field is
    /// written empty and an extra one is dropped, so the document stays rectangular.
    pub fn record(&mut self, fields: &[Field<'_>]) {
        debug_assert_eq!(fields.len(), self.columns, "a record of {fields:?}");
        let start = self.out.len();
        for i in 0..self.columns {
            if i > 0 {
                self.out.push(',');
            }
            match fields.get(i).copied().unwrap_or(Field::Empty) {
                Field::Text(s) => write_field(&mut self.out, s),
                Field::Int(n) => {
                    let _ = write!(self.out, "{n}");
                }
                Field::Number(v) if v.is_finite() => Json::number(v).write(&mut self.out),
                Field::Number(_) | Field::Empty => {}
            }
        }
        // An empty line is no record to most readers: one empty field is written quoted.
        if self.out.len() == start {
            self.out.push_str("\"\"");
        }
        self.out.push_str("\r\n");
    }

    /// The document.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends `field` as one CSV field: defused when it starts like a formula, quoted when it
/// must be (see the module's rules).
pub fn write_field(out: &mut String, field: &str) {
    let defuse = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    // Whether the field reads back the same unquoted, once defused (a `'` is no space).
    let padded = (!defuse && field.starts_with([' ', '\t'])) || field.ends_with([' ', '\t']);
    // A leading byte-order mark would be taken for the file's own and dropped by readers.
    let quote = padded || field.starts_with('\u{feff}') || field.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if defuse {
        out.push('\'');
    }
    if quote {
        for (i, piece) in field.split('"').enumerate() {
            if i > 0 {
                out.push_str("\"\"");
            }
            out.push_str(piece);
        }
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// `field` as [`write_field`] writes it.
pub fn field(field: &str) -> String {
    let mut out = String::new();
    write_field(&mut out, field);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        let table = [
            ("plain", "plain"),
            ("", ""),
            ("a,\"b\"", "\"a,\"\"b\"\"\""),
            ("two\r\nlines", "\"two\r\nlines\""),
            (" padded", "\" padded\""),
            ("padded ", "\"padded \""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "\"'\rcmd\""),
            ("Kim's “troops” — 북한", "Kim's “troops” — 북한"),
        ];
        for (raw, written) in table {
            assert_eq!(field(raw), written, "{raw:?}");
        }
    }

    #[test]
    fn records_are_rectangular_with_crlf() {
        let mut csv = Csv::new(&["a", "b", "c"]);
        csv.record(&[Field::Number(0.9), Field::Number(10000.0), Field::Number(f64::NAN)]);
        csv.record(&["x".into(), Field::Empty, None.into()]);
        assert_eq!(csv.finish(), "a,b,c\r\n0.9,10000,\r\nx,,\r\n");
    }
}
