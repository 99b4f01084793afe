//! The timeline as CSV and JSON, escaped by hand so that no serialiser ships in the wasm.

use std::fmt::Write as _;

use super::{Source, Timeline};
use crate::corpus::Corpus;
use crate::study::Study;

/// The events as CSV: one row per source, with the event's dates and source count.
pub fn to_csv(corpus: &Corpus, study: &Study, timeline: &Timeline) -> String {
    let mut out = String::from("start,end,timex,sources,document,expression,sentence\n");
    for event in &timeline.events {
        for source in &event.sources {
            let doc = &corpus.documents()[source.doc];
            let sentence = &doc.text[study.analyses[source.doc].sentences[source.sentence].clone()];
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{}",
                event.start,
                event.end,
                csv(&event.timex),
                event.source_count(),
                csv(doc.id()),
                csv(&source.expression),
                csv(sentence)
            );
        }
    }
    out
}

/// The events and unplaced TIMEs as JSON.
pub fn to_json(corpus: &Corpus, study: &Study, timeline: &Timeline) -> String {
    let source_json = |s: &Source| {
        let doc = &corpus.documents()[s.doc];
        let sentence = &doc.text[study.analyses[s.doc].sentences[s.sentence].clone()];
        format!(
            "{{\"document\":{},\"expression\":{},\"sentence\":{}}}",
            json(doc.id()),
            json(&s.expression),
            json(sentence)
        )
    };
    let events: Vec<String> = timeline
        .events
        .iter()
        .map(|e| {
            let sources: Vec<String> = e.sources.iter().map(source_json).collect();
            let entities: Vec<String> = e.entities.iter().map(|x| json(x)).collect();
            format!(
                "{{\"start\":\"{}\",\"end\":\"{}\",\"timex\":{},\"source_count\":{},\"entities\":[{}],\"sources\":[{}]}}",
                e.start,
                e.end,
                json(&e.timex),
                e.source_count(),
                entities.join(","),
                sources.join(",")
            )
        })
        .collect();
    let unplaced: Vec<String> = timeline
        .unplaced
        .iter()
        .map(|u| {
            format!(
                "{{\"timex\":{},\"reason\":{},\"source\":{}}}",
                json(&u.timex),
                json(&u.reason),
                source_json(&u.source)
            )
        })
        .collect();
    format!("{{\"events\":[{}],\"unplaced\":[{}]}}\n", events.join(",\n"), unplaced.join(",\n"))
}

/// A CSV field: quoted when it holds a separator, a quote or a line break, and prefixed with
/// `'` when it starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, carriage return),
/// as OWASP recommends, so that opening an export never runs a document's text.
fn csv(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.into_owned()
    }
}

/// A JSON string literal.
fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_valid() {
        assert_eq!(csv("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(csv("plain"), "plain");
        // Text that a spreadsheet would run as a formula is defused.
        let formulas = [
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
        ];
        for (field, escaped) in formulas {
            assert_eq!(csv(field), escaped, "{field:?}");
        }
        assert_eq!(json("say \"hi\"\n\u{1}"), "\"say \\\"hi\\\"\\n\\u0001\"");
    }
}
