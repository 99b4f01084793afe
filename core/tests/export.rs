//! Exports: the CSV and JSON writers read back by the `csv` crate and `serde_json` for
//! arbitrary text (quotes, commas, line breaks, control characters, non-ASCII, emoji, RTL),
//! the JSON byte for byte `serde_json`'s, and every export of the bundled corpus well formed
//! with its offsets pointing at its text.

mod common;

use newslens_core::analysis::{analyze, Quantity, SpanValue};
use newslens_core::export::csv::{Csv, Field};
use newslens_core::export::json::{write_str, Json};
use newslens_core::export::{self, annotation};
use newslens_core::route::SearchParams;
use newslens_core::search::SearchIndex;
use newslens_core::study::Study;
use newslens_core::Corpus;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// Characters that break naive writers, drawn often, mixed with any character.
const AWKWARD: &[char] = &[
    '"', ',', '\n', '\r', ' ', '\t', '=', '+', '-', '@', '\'', '\\', '\0', '\u{1}', '\u{7f}', 'é', 'ß', '北',
    '😀', '👩', '\u{200d}', 'ש', 'ل', '\u{202e}', '\u{2028}', '\u{feff}', '“', '”', 'a', '1',
];

fn awkward_string() -> impl Strategy<Value = String> {
    let c = prop_oneof![3 => proptest::sample::select(AWKWARD.to_vec()), 1 => any::<char>()];
    proptest::collection::vec(c, 0..24).prop_map(|cs| cs.into_iter().collect())
}

/// What a spreadsheet-safe field reads back as: the text, with `'` before a formula's start.
fn defused(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers().expect("a header").iter().map(str::to_string).collect();
    let records = reader
        .records()
        .map(|r| r.expect("a well-formed record").iter().map(str::to_string).collect())
        .collect();
    (header, records)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn csv_reads_back_field_for_field(
        columns in 1usize..5,
        cells in proptest::collection::vec(awkward_string(), 0..40),
    ) {
        let header: Vec<String> = cells.iter().take(columns).cloned().chain((0..columns).map(|i| format!("h{i}"))).take(columns).collect();
        let rows: Vec<&[String]> = cells.chunks_exact(columns).collect();
        let mut csv = Csv::new(&header.iter().map(String::as_str).collect::<Vec<_>>());
        for row in &rows {
            csv.record(&row.iter().map(Field::from).collect::<Vec<_>>());
        }
        let text = csv.finish();
        prop_assert!(text.ends_with("\r\n"));
        let (read_header, records) = read_csv(&text);
        prop_assert_eq!(read_header, header.iter().map(|h| defused(h)).collect::<Vec<_>>());
        let expected: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|f| defused(f)).collect()).collect();
        prop_assert_eq!(records, expected);
    }

    #[test]
    fn csv_numbers_read_back_as_numbers(values in proptest::collection::vec(-1e12f64..1e12, 1..8)) {
        let mut csv = Csv::new(&["v"]);
        for &v in &values {
            csv.record(&[Field::Number(v)]);
        }
        let (_, records) = read_csv(&csv.finish());
        let read: Vec<f64> = records.iter().map(|r| r[0].parse().unwrap()).collect();
        prop_assert_eq!(read, values);
    }

    #[test]
    fn json_strings_are_serde_json_strings(s in awkward_string()) {
        let mut out = String::new();
        write_str(&mut out, &s);
        prop_assert_eq!(&out, &serde_json::to_string(&s).unwrap());
        prop_assert_eq!(serde_json::from_str::<String>(&out).unwrap(), s);
    }

    #[test]
    fn json_floats_read_back_exactly(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        let text = Json::Float(v).to_string();
        if v.is_finite() {
            prop_assert_eq!(text.parse::<f64>().unwrap().to_bits(), bits);
        } else {
            prop_assert_eq!(text, "null");
        }
    }

    #[test]
    fn json_floats_are_serde_json_floats(v in decimal()) {
        prop_assert_eq!(Json::Float(v).to_string(), serde_json::to_string(&v).unwrap());
    }

    #[test]
    fn json_values_are_serde_json_values(value in json_value()) {
        let written = value.to_string();
        prop_assert_eq!(&written, &serde_json::to_string(&to_serde(&value)).unwrap());
        prop_assert!(serde_json::from_str::<Value>(&written).is_ok());
    }
}

/// A float of at most 15 significant digits, which has one shortest form.
fn decimal() -> impl Strategy<Value = f64> {
    (-999_999_999_999_999i64..=999_999_999_999_999, -320i32..300)
        .prop_map(|(m, e)| format!("{m}e{e}").parse::<f64>().unwrap())
        .prop_filter("finite", |v| v.is_finite())
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::Int),
        decimal().prop_map(Json::Float),
        awkward_string().prop_map(Json::Str),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            // Keys made unique, as the writers' callers make them.
            proptest::collection::btree_map(awkward_string(), inner, 0..6)
                .prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

fn to_serde(value: &Json) -> Value {
    match value {
        Json::Null => Value::Null,
        Json::Bool(b) => json!(b),
        Json::Int(n) => json!(n),
        Json::Float(v) => json!(v),
        Json::Str(s) => json!(s),
        Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        Json::Object(members) => {
            Value::Object(members.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect())
        }
    }
}

/// The annotation line as `newslens annotate` built it with serde_json before it used the
/// core's writer: the reference the core's lines must equal byte for byte.
fn serde_annotation(doc: &str, text: &str, reference: Option<newslens_core::Date>) -> String {
    let number = |v: f64| if v.fract() == 0.0 && v.abs() < 9.0e15 { json!(v as i64) } else { json!(v) };
    let analysis = analyze(text, reference);
    let spans: Vec<Value> = analysis
        .spans
        .iter()
        .map(|span| {
            let mut object = Map::new();
            object.insert("start".into(), json!(span.range.start));
            object.insert("end".into(), json!(span.range.end));
            object.insert("label".into(), json!(span.label.as_str()));
            object.insert("text".into(), json!(&text[span.range.clone()]));
            match &span.value {
                SpanValue::Entity { .. } => {}
                SpanValue::Time(time) => {
                    object.insert("value".into(), json!(time.timex));
                }
                SpanValue::Number(n) => {
                    let value = match n.quantity {
                        None => Value::Null,
                        Some(Quantity::Single(v)) => number(v),
                        Some(Quantity::Range(a, b)) => json!([number(a), number(b)]),
                    };
                    object.insert("value".into(), value);
                    if let Some(unit) = &n.unit {
                        object.insert("unit".into(), json!(unit));
                    }
                }
                SpanValue::Quote(q) => {
                    object.insert("speaker".into(), json!(q.speaker));
                }
            }
            Value::Object(object)
        })
        .collect();
    json!({"doc": doc, "reference_date": reference.map(|d| d.to_string()), "spans": spans}).to_string()
}

fn corpus_and_study() -> (Corpus, Study) {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    (corpus, study)
}

#[test]
fn annotation_lines_are_the_clis_byte_for_byte() {
    let (corpus, _) = corpus_and_study();
    let mut texts: Vec<(String, String)> =
        corpus.documents().iter().map(|d| (d.id().to_string(), d.text.clone())).collect();
    for dir in ["dev", "dev2", "dev3"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(dir);
        for entry in std::fs::read_dir(&path).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    assert!(texts.len() > 20, "{} texts", texts.len());
    for reference in [None, "2024-10-29".parse().ok()] {
        for (doc, text) in &texts {
            let ours = annotation(doc, text, reference, &analyze(text, reference)).to_string();
            assert_eq!(ours, serde_annotation(doc, text, reference), "{doc}");
        }
    }
}

#[test]
fn annotations_jsonl_follow_the_schema() {
    let (corpus, study) = corpus_and_study();
    let all: Vec<usize> = (0..corpus.len()).collect();
    let jsonl = export::annotations_jsonl(&corpus, &study, &all);
    assert_eq!(jsonl.lines().count(), corpus.len());
    for (line, doc) in jsonl.lines().zip(corpus.documents()) {
        let value: Value = serde_json::from_str(line).unwrap();
        assert_eq!(value["doc"], doc.id());
        assert_eq!(value["reference_date"], json!(doc.meta.reference_date.map(|d| d.to_string())));
        for span in value["spans"].as_array().unwrap() {
            let (start, end) =
                (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
            assert_eq!(span["text"], &doc.text[start..end]);
        }
    }
}

#[test]
fn tables_are_rectangular_and_point_at_their_text() {
    let (corpus, study) = corpus_and_study();
    for d in 0..corpus.len() {
        let doc = &corpus.documents()[d];
        let (header, quotes) = read_csv(&export::quotations_csv(&corpus, &study, &[d]));
        assert_eq!(header, ["speaker", "document", "title", "outlet", "date", "text", "start", "end"]);
        let expected =
            study.analyses[d].spans.iter().filter(|s| matches!(s.value, SpanValue::Quote(_))).count();
        assert_eq!(quotes.len(), expected);
        for q in &quotes {
            let (start, end): (usize, usize) = (q[6].parse().unwrap(), q[7].parse().unwrap());
            assert_eq!(defused(&doc.text[start..end]), q[5]);
            assert_eq!(q[1], doc.id());
        }
        let (header, figures) = read_csv(&export::figures_csv(&corpus, &study, &[d]));
        assert_eq!(header[..3], ["value", "value_max", "unit"]);
        for f in &figures {
            let (start, end): (usize, usize) = (f[7].parse().unwrap(), f[8].parse().unwrap());
            assert_eq!(defused(&doc.text[start..end]), f[4]);
            assert!(f[0].is_empty() || f[0].parse::<f64>().is_ok(), "{f:?}");
        }
        let (_, entities) = read_csv(&export::entities_csv(&corpus, &study, &[d]));
        assert_eq!(entities.len(), study.entities_in(d).len());
        for e in &entities {
            assert_eq!(e[3], doc.id());
            let entity = study.entity(&e[6]).unwrap();
            assert_eq!(e[5], entity.mentions_in(d).to_string());
            assert_eq!(e[0], defused(&entity.name));
        }
    }
    // Gabuev is quoted in the NBC translation, and the bundled corpus has figures.
    let all: Vec<usize> = (0..corpus.len()).collect();
    assert!(export::quotations_csv(&corpus, &study, &all).contains("Alexander Gabuev"));
    assert!(read_csv(&export::figures_csv(&corpus, &study, &all)).1.len() > 10);
}

#[test]
fn search_results_carry_their_source() {
    let (corpus, study) = corpus_and_study();
    let index = SearchIndex::new(&corpus, &study);
    let outcome = SearchParams { query: "troops".into(), filters: vec![] }.run(&index, None);
    assert!(outcome.results.len() > 5);
    let (header, rows) = read_csv(&export::results_csv(&corpus, &study, &index, &outcome.results));
    assert_eq!(header, ["sentence", "document", "title", "outlet", "date", "start", "end"]);
    assert_eq!(rows.len(), outcome.results.len());
    for (row, &id) in rows.iter().zip(&outcome.results) {
        let entry = &index.entries[id as usize];
        let doc = &corpus.documents()[entry.doc];
        assert_eq!(row[0], defused(&doc.text[entry.range.clone()]));
        assert_eq!((row[1].as_str(), row[2].as_str()), (doc.id(), doc.label.as_str()));
        assert_eq!(row[3], export::outlet(doc));
        assert_eq!(row[4], study.reference_date(entry.doc).map_or(String::new(), |d| d.to_string()));
    }
    let markdown = export::results_markdown(&corpus, &study, &index, "troops", &outcome.results);
    let items: Vec<&str> = markdown.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(items.len(), outcome.results.len());
    for item in items {
        assert!(item.contains(" — *"), "{item}");
        assert!(item.ends_with(|c: char| c.is_ascii_digit()) || item.ends_with("undated"), "{item}");
    }
}

#[test]
fn a_citation_names_outlet_title_and_date() {
    let (corpus, study) = corpus_and_study();
    let d = corpus.documents().iter().position(|d| d.id() == "001_fd0447f87cd5aaab").unwrap();
    let analysis = &study.analyses[d];
    let (span, quote) = analysis
        .spans
        .iter()
        .find_map(|s| match &s.value {
            SpanValue::Quote(q) if q.speaker.as_deref() == Some("Alexander Gabuev") => Some((s, q)),
            _ => None,
        })
        .unwrap();
    let text = export::citation(&corpus, &study, d, span.range.clone(), quote.speaker.as_deref());
    let doc = &corpus.documents()[d];
    let expected = format!(
        "“{}” — Alexander Gabuev\nmachine translation of {}, “{}”, 2024-10-29",
        doc.text[span.range.clone()].trim(),
        doc.meta.derived_from,
        doc.label
    );
    assert_eq!(text, expected);
    assert_eq!(export::sentence_at(analysis, span.range.start), Some(span.sentence));
    assert_eq!(export::citation(&corpus, &study, 99, 0..1, None), "");
}
