//! The timeline as CSV and JSON, by the core's one CSV writer and one JSON writer
//! ([`crate::export`]), so that no serialiser ships in the wasm.

use super::{Source, Timeline};
use crate::corpus::Corpus;
use crate::export::csv::{Csv, Field};
use crate::export::json::Json;
use crate::study::Study;

/// The events as CSV: one record per source, with the event's dates and source count.
pub fn to_csv(corpus: &Corpus, study: &Study, timeline: &Timeline) -> String {
    let mut csv = Csv::new(&["start", "end", "timex", "sources", "document", "expression", "sentence"]);
    for event in &timeline.events {
        let (start, end) = (event.start.to_string(), event.end.to_string());
        for source in &event.sources {
            let doc = &corpus.documents()[source.doc];
            let sentence = &doc.text[study.analyses[source.doc].sentences[source.sentence].clone()];
            csv.record(&[
                Field::Text(&start),
                Field::Text(&end),
                Field::Text(&event.timex),
                event.source_count().into(),
                doc.id().into(),
                Field::Text(&source.expression),
                Field::Text(sentence),
            ]);
        }
    }
    csv.finish()
}

/// The events and unplaced TIMEs as JSON, one event or unplaced TIME a line.
pub fn to_json(corpus: &Corpus, study: &Study, timeline: &Timeline) -> String {
    let source_json = |s: &Source| {
        let doc = &corpus.documents()[s.doc];
        let sentence = &doc.text[study.analyses[s.doc].sentences[s.sentence].clone()];
        Json::object([
            ("document", Json::str(doc.id())),
            ("expression", Json::str(&s.expression)),
            ("label", Json::str(&s.label)),
            ("sentence", Json::str(sentence)),
        ])
    };
    let events = timeline.events.iter().map(|e| {
        Json::object([
            ("start", Json::Str(e.start.to_string())),
            ("end", Json::Str(e.end.to_string())),
            ("timex", Json::str(&e.timex)),
            ("label", Json::str(&e.label)),
            ("source_count", Json::Int(e.source_count() as i64)),
            ("entities", Json::Array(e.entities.iter().map(|x| Json::str(x)).collect())),
            ("sources", Json::Array(e.sources.iter().map(source_json).collect())),
        ])
    });
    let unplaced = timeline.unplaced.iter().map(|u| {
        Json::object([
            ("timex", Json::str(&u.timex)),
            ("reason", Json::str(&u.reason)),
            ("source", source_json(&u.source)),
        ])
    });
    let mut out = String::from("{\"events\":[");
    let lines = |out: &mut String, values: &mut dyn Iterator<Item = Json>| {
        for (i, value) in values.enumerate() {
            if i > 0 {
                out.push_str(",\n");
            }
            value.write(out);
        }
    };
    lines(&mut out, &mut events.into_iter());
    out.push_str("],\"unplaced\":[");
    lines(&mut out, &mut unplaced.into_iter());
    out.push_str("]}\n");
    out
}
