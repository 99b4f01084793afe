//! The engine against hand-made gold: the bundled corpus (`tests/data/seeds.jsonl`, a copy of
//! `shared/gold/seeds.jsonl`) and a dev set of articles written for NewsLens (`tests/data/dev/`).
//! Both were used while developing the engine, so their scores overstate it on unseen news.
//! Prints each score table and fails when a label falls below its floor, so a change that
//! loses quality is caught.

mod common;

use newslens_core::analysis::{analyze, Label, Quantity};
use newslens_core::evaluate::{annotated, score, Annotated, Expected, Scores};
use serde_json::Value;

/// One document of a gold file: its id, reference date and spans, each with its gold `text`.
struct GoldDoc {
    id: String,
    reference: Option<String>,
    spans: Vec<(Annotated, String)>,
}

fn gold(src: &str) -> Vec<GoldDoc> {
    src.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let doc: Value = serde_json::from_str(line).unwrap();
            let id = doc["doc"].as_str().unwrap().to_string();
            let spans = doc["spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    let label = Label::parse(s["label"].as_str().unwrap()).unwrap();
                    let value = match label {
                        Label::Time => Expected::Time(s["value"].as_str().unwrap().to_string()),
                        Label::Number => Expected::Number(match &s["value"] {
                            Value::Number(n) => n.as_f64().map(Quantity::Single),
                            Value::Array(p) => {
                                Some(Quantity::Range(p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
                            }
                            _ => None,
                        }),
                        Label::Quote => Expected::Speaker(s["speaker"].as_str().map(str::to_string)),
                        _ => Expected::Nothing,
                    };
                    let range = s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize;
                    let text = s["text"].as_str().unwrap().to_string();
                    (Annotated { doc: id.clone(), range, label, value }, text)
                })
                .collect();
            GoldDoc { id, reference: doc["reference_date"].as_str().map(str::to_string), spans }
        })
        .collect()
}

const SEEDS: &str = include_str!("data/seeds.jsonl");

/// A dev set of articles written for NewsLens: its folder under `tests/data`, its gold, and the
/// files (by number) held out from development, scored only for a report.
struct DevSet {
    dir: &'static str,
    gold: &'static str,
    held_out: &'static [&'static str],
}

impl DevSet {
    fn text(&self, id: &str) -> String {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(self.dir);
        std::fs::read_to_string(dir.join(format!("{id}.txt"))).unwrap()
    }

    /// The lines of the gold of one part: the held-out files or the tuning ones.
    fn part(&self, held_out: bool) -> String {
        self.gold
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter(|l| {
                let doc: Value = serde_json::from_str(l).unwrap();
                self.held_out.contains(&&doc["doc"].as_str().unwrap()[..2]) == held_out
            })
            .map(|l| format!("{l}\n"))
            .collect()
    }
}

const DEV: DevSet = DevSet { dir: "dev", gold: include_str!("data/dev/gold.jsonl"), held_out: &[] };
/// The six untouched files of dev set 2 (see `tests/data/dev2/README.md`).
const DEV2: DevSet = DevSet {
    dir: "dev2",
    gold: include_str!("data/dev2/gold.jsonl"),
    held_out: &["04", "08", "12", "16", "20", "24"],
};
/// The four held-out files of dev set 3 (see `tests/data/dev3/README.md`).
const DEV3: DevSet =
    DevSet { dir: "dev3", gold: include_str!("data/dev3/gold.jsonl"), held_out: &["03", "06", "09", "12"] };
/// The eight held-out files of dev set 4 (see `tests/data/dev4/README.md`).
const DEV4: DevSet = DevSet {
    dir: "dev4",
    gold: include_str!("data/dev4/gold.jsonl"),
    held_out: &["02", "05", "08", "11", "14", "17", "20", "23"],
};
/// Dev set 5 is held out whole (see `tests/data/dev5/README.md`): eight articles on eight
/// topics, annotated after the engine work it measures was done.
const DEV5: DevSet = DevSet {
    dir: "dev5",
    gold: include_str!("data/dev5/gold.jsonl"),
    held_out: &["01", "02", "03", "04", "05", "06", "07", "08"],
};
/// Dev set 6 is a tuning set (see `tests/data/dev6/README.md`): eight articles on eight topics,
/// written blind on 2026-12-03 and first scored before any rule was tuned on it.
const DEV6: DevSet = DevSet { dir: "dev6", gold: include_str!("data/dev6/gold.jsonl"), held_out: &[] };

/// Dev set 7 is held out whole (see `tests/data/dev7/README.md`): eight articles on eight
/// topics, written blind on 2026-12-03 after the rules it measures, scored once for a report.
const DEV7: DevSet = DevSet {
    dir: "dev7",
    gold: include_str!("data/dev7/gold.jsonl"),
    held_out: &["01", "02", "03", "04", "05", "06", "07", "08"],
};

/// Dev set 8 is a tuning set (see `tests/data/dev8/README.md`): eight articles on eight topics,
/// rich in quotations, written blind on 2026-12-03 and first scored before any rule was tuned
/// on it.
const DEV8: DevSet = DevSet { dir: "dev8", gold: include_str!("data/dev8/gold.jsonl"), held_out: &[] };

/// Dev set 9 is held out whole (see `tests/data/dev9/README.md`): eight articles on eight
/// topics, rich in quotations, written blind on 2026-12-03, scored once for a report.
const DEV9: DevSet = DevSet {
    dir: "dev9",
    gold: include_str!("data/dev9/gold.jsonl"),
    held_out: &["01", "02", "03", "04", "05", "06", "07", "08"],
};

/// Dev set 10 is a tuning set (see `tests/data/dev10/README.md`): eight articles on the bundled
/// story (North Korea's troops in Russia's war) in eight outlets' styles, written blind on
/// 2026-12-03 and first scored before any rule was tuned on it.
const DEV10: DevSet = DevSet { dir: "dev10", gold: include_str!("data/dev10/gold.jsonl"), held_out: &[] };

/// Dev set 11 is held out whole (see `tests/data/dev11/README.md`): eight more articles on the
/// bundled story, written blind on 2026-12-03, scored once for a report.
const DEV11: DevSet = DevSet {
    dir: "dev11",
    gold: include_str!("data/dev11/gold.jsonl"),
    held_out: &["01", "02", "03", "04", "05", "06", "07", "08"],
};

/// Dev set 12 is a tuning set (see `tests/data/dev12/README.md`): eight articles on eight
/// topics, rich in quotations, written blind on 2026-12-03 and first scored before any rule was
/// tuned on it.
const DEV12: DevSet = DevSet { dir: "dev12", gold: include_str!("data/dev12/gold.jsonl"), held_out: &[] };

/// Dev set 13 is held out whole (see `tests/data/dev13/README.md`): eight articles on eight
/// topics, rich in quotations, written blind on 2026-12-03, scored once for a report.
const DEV13: DevSet = DevSet {
    dir: "dev13",
    gold: include_str!("data/dev13/gold.jsonl"),
    held_out: &["01", "02", "03", "04", "05", "06", "07", "08"],
};

/// Dev set 15 is held out whole (see `tests/data/dev15/README.md`): eight articles on eight
/// topics, rich in quotations, written blind on 2026-12-03, scored once for a report.
const DEV15: DevSet = DevSet {
    dir: "dev15",
    gold: include_str!("data/dev15/gold.jsonl"),
    held_out: &["01", "02", "03", "04", "05", "06", "07", "08"],
};

/// A held-out part's gold, checked to hold its files, and returned for scoring only when `env`
/// asks for a report: otherwise nothing is scored, so nobody tunes against it.
fn held_out_part(set: &DevSet, env: &str) -> Option<String> {
    let part = set.part(true);
    assert_eq!(gold(&part).len(), set.held_out.len());
    std::env::var_os(env).is_some().then_some(part)
}

fn seed_text(id: &str) -> String {
    common::read_corpus_file(&format!("{id}.txt"))
}

/// Every gold span's `text` is its document's text at its byte offsets, as ANNOTATION.md asks.
fn assert_gold_texts_are_the_slices(src: &str, read_text: impl Fn(&str) -> String) {
    let docs = gold(src);
    assert!(!docs.is_empty(), "no gold documents");
    for doc in docs {
        assert!(!doc.spans.is_empty(), "{}: no gold spans", doc.id);
        let text = read_text(&doc.id);
        for (span, gold_text) in &doc.spans {
            assert_eq!(
                text.get(span.range.clone()),
                Some(gold_text.as_str()),
                "{} {} {:?}: the gold text is not the slice at its offsets",
                doc.id,
                span.label.as_str(),
                span.range
            );
        }
    }
}

#[test]
fn gold_span_texts_are_the_slices_of_the_seed_texts() {
    assert_gold_texts_are_the_slices(SEEDS, seed_text);
}

#[test]
fn gold_span_texts_are_the_slices_of_every_dev_set_text() {
    for set in
        [&DEV, &DEV2, &DEV3, &DEV4, &DEV5, &DEV6, &DEV7, &DEV8, &DEV9, &DEV10, &DEV11, &DEV12, &DEV13, &DEV15]
    {
        assert_gold_texts_are_the_slices(set.gold, |id| set.text(id));
    }
}

/// Analyses every document of a gold file, read by `read_text(doc id)`, and scores it.
fn score_gold(src: &str, read_text: impl Fn(&str) -> String) -> Scores {
    score_gold_showing_errors(src, read_text, std::env::var_os("NEWSLENS_ERRORS").is_some())
}

/// [`score_gold`], listing the errors when `show_errors` (never for the untouched part).
fn score_gold_showing_errors(src: &str, read_text: impl Fn(&str) -> String, show_errors: bool) -> Scores {
    score_labels(src, read_text, show_errors, &[])
}

/// [`score_gold_showing_errors`] over the predictions of the given labels only (all when
/// `only` is empty), for gold that annotates only some labels.
fn score_labels(src: &str, read_text: impl Fn(&str) -> String, show_errors: bool, only: &[Label]) -> Scores {
    let mut all_gold = Vec::new();
    let mut all_predicted = Vec::new();
    for doc in gold(src) {
        let analysis = analyze(&read_text(&doc.id), doc.reference.and_then(|d| d.parse().ok()));
        all_predicted.extend(
            annotated(&doc.id, &analysis).into_iter().filter(|a| only.is_empty() || only.contains(&a.label)),
        );
        all_gold.extend(doc.spans.into_iter().map(|(span, _)| span));
    }
    if show_errors {
        print_errors(&all_gold, &all_predicted, &read_text);
    }
    let scores = score(&all_gold, &all_predicted);
    println!("{}", scores.render());
    let entities = [Label::Person, Label::Org, Label::Place, Label::Group];
    let (mut gold_n, mut predicted_n, mut exact_n) = (0, 0, 0);
    for label in entities {
        let c = scores.label(label);
        (gold_n, predicted_n, exact_n) = (gold_n + c.gold, predicted_n + c.predicted, exact_n + c.exact);
    }
    let (p, r) = (exact_n as f64 / predicted_n.max(1) as f64, exact_n as f64 / gold_n.max(1) as f64);
    println!("entities micro: P {p:.3} R {r:.3} F1 {:.3}", 2.0 * p * r / (p + r).max(f64::EPSILON));
    scores
}

/// With `NEWSLENS_ERRORS` set, lists each missed gold span and each spurious prediction, and
/// each matched span whose value differs, for finding what a rule misses.
fn print_errors(gold: &[Annotated], predicted: &[Annotated], read_text: &impl Fn(&str) -> String) {
    let key = |s: &Annotated| (s.doc.clone(), s.range.start, s.range.end, s.label);
    let gold_keys: std::collections::HashMap<_, &Annotated> = gold.iter().map(|s| (key(s), s)).collect();
    let predicted_keys: std::collections::HashMap<_, &Annotated> =
        predicted.iter().map(|s| (key(s), s)).collect();
    let mut texts = std::collections::HashMap::new();
    let mut slice = |s: &Annotated| {
        let text = texts.entry(s.doc.clone()).or_insert_with(|| read_text(&s.doc));
        text.get(s.range.clone()).unwrap_or("").chars().take(60).collect::<String>()
    };
    for g in gold {
        match predicted_keys.get(&key(g)) {
            None => println!("MISS {} {} {:?} {:?}", g.doc, g.label.as_str(), slice(g), g.value),
            Some(p) if p.value != g.value => {
                println!(
                    "VALUE {} {} {:?} gold {:?} got {:?}",
                    g.doc,
                    g.label.as_str(),
                    slice(g),
                    g.value,
                    p.value
                )
            }
            Some(_) => {}
        }
    }
    for p in predicted {
        if !gold_keys.contains_key(&key(p)) {
            println!("SPURIOUS {} {} {:?} {:?}", p.doc, p.label.as_str(), slice(p), p.value);
        }
    }
}

/// Fails when a label's F1 falls below its floor.
fn assert_f1_floors(set: &str, scores: &Scores, floors: &[(Label, f64)]) {
    for &(label, floor) in floors {
        let f1 = scores.label(label).f1();
        assert!(f1 >= floor, "{set}: {} F1 {f1:.3} fell below {floor}\n{}", label.as_str(), scores.render());
    }
}

#[test]
fn engine_meets_its_floors_on_the_dev_set() {
    let scores = score_gold(DEV.gold, |id| DEV.text(id));
    // What the engine reaches on the dev set. Its errors guided general rules, so this is above
    // what unseen news would score; a drop is still a regression.
    let floors = [
        (Label::Person, 0.85),
        (Label::Org, 0.70),
        (Label::Place, 0.85),
        (Label::Group, 0.85),
        (Label::Time, 0.95),
        (Label::Number, 0.95),
        (Label::Quote, 0.95),
    ];
    assert_f1_floors("dev set", &scores, &floors);
    assert!(scores.total.precision() >= 0.95, "dev set precision {:.3}", scores.total.precision());
}

#[test]
fn engine_meets_its_floors_on_the_seeds() {
    let scores = score_gold(SEEDS, seed_text);
    // The targets of issue 3; the engine is above each, so a drop below one is a regression.
    let floors = [
        (Label::Person, 0.95),
        (Label::Org, 0.95),
        (Label::Place, 0.95),
        (Label::Group, 0.95),
        (Label::Time, 0.90),
        (Label::Number, 0.90),
        (Label::Quote, 0.90),
    ];
    assert_f1_floors("seeds", &scores, &floors);
    for (label, floor) in [(Label::Time, 0.90), (Label::Number, 0.90), (Label::Quote, 0.95)] {
        let accuracy = scores.label(label).value_accuracy();
        assert!(accuracy >= floor, "{} value accuracy {accuracy:.3} fell below {floor}", label.as_str());
    }
}

#[test]
fn engine_meets_its_floors_on_the_dev2_tuning_part() {
    let scores = score_gold(&DEV2.part(false), |id| DEV2.text(id));
    // The 18 tuning files of dev set 2: their errors guided general rules, so this overstates
    // the engine on unseen news; a drop is still a regression.
    let floors = [
        (Label::Person, 0.94),
        (Label::Org, 0.94),
        (Label::Place, 0.89),
        (Label::Group, 0.92),
        (Label::Time, 0.93),
        (Label::Number, 0.91),
        (Label::Quote, 0.99),
    ];
    assert_f1_floors("dev2 tuning part", &scores, &floors);
}

/// The six untouched files of dev set 2 are scored only for a report, with
/// `NEWSLENS_UNTOUCHED=1 cargo test -p newslens-core --test seeds untouched -- --nocapture`;
/// otherwise this test only checks that their gold parses. It asserts nothing on the scores,
/// so nobody tunes against them.
#[test]
fn dev2_untouched_part_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV2, "NEWSLENS_UNTOUCHED") {
        score_gold_showing_errors(&part, |id| DEV2.text(id), false);
    }
}

/// Dev set 3 annotates names and quotations only, so only those predictions are scored.
const DEV3_LABELS: [Label; 5] = [Label::Person, Label::Org, Label::Place, Label::Group, Label::Quote];

#[test]
fn engine_meets_its_floors_on_the_dev3_tuning_part() {
    let show_errors = std::env::var_os("NEWSLENS_ERRORS").is_some();
    let scores = score_labels(&DEV3.part(false), |id| DEV3.text(id), show_errors, &DEV3_LABELS);
    // The sixteen tuning files of dev set 3: their errors guide general rules, so this overstates
    // the engine on unseen news; a drop is still a regression.
    let floors = [(Label::Person, 0.97), (Label::Org, 0.90), (Label::Place, 0.83), (Label::Quote, 0.99)];
    assert_f1_floors("dev3 tuning part", &scores, &floors);
}

/// The four held-out files of dev set 3 are scored only for a report, with
/// `NEWSLENS_DEV3_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds held_out -- --nocapture`;
/// otherwise this test only checks that their gold parses. It asserts nothing on the scores
/// and never lists their errors, so nobody tunes against them.
#[test]
fn dev3_held_out_part_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV3, "NEWSLENS_DEV3_HELD_OUT") {
        score_labels(&part, |id| DEV3.text(id), false, &DEV3_LABELS);
    }
}

#[test]
fn engine_meets_its_floors_on_the_dev4_tuning_part() {
    let scores = score_gold(&DEV4.part(false), |id| DEV4.text(id));
    // The sixteen tuning files of dev set 4: their errors guide general rules, so this overstates
    // the engine on unseen news; a drop is still a regression.
    let floors = [
        (Label::Person, 0.91),
        (Label::Org, 0.87),
        (Label::Place, 0.76),
        (Label::Group, 0.80),
        (Label::Time, 0.96),
        (Label::Number, 0.97),
        (Label::Quote, 0.99),
    ];
    assert_f1_floors("dev4 tuning part", &scores, &floors);
}

/// The eight held-out files of dev set 4 are scored only for a report, with
/// `NEWSLENS_DEV4_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds dev4_held_out -- --nocapture`;
/// otherwise this test only checks that their gold parses. It asserts nothing on the scores
/// and never lists their errors, so nobody tunes against them.
#[test]
fn dev4_held_out_part_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV4, "NEWSLENS_DEV4_HELD_OUT") {
        score_gold_showing_errors(&part, |id| DEV4.text(id), false);
    }
}

/// Dev set 5, all of it held out, is scored only for a report, with
/// `NEWSLENS_DEV5_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds dev5 -- --nocapture`;
/// otherwise this test only checks that its gold parses. Like dev set 4's held-out part, it
/// asserts nothing on the scores and never lists the errors.
#[test]
fn dev5_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV5, "NEWSLENS_DEV5_HELD_OUT") {
        score_gold_showing_errors(&part, |id| DEV5.text(id), false);
    }
}

#[test]
fn engine_meets_its_floors_on_dev6() {
    let scores = score_gold(DEV6.gold, |id| DEV6.text(id));
    // The eight files of dev set 6, all tuning: their errors guide general rules, so this
    // overstates the engine on unseen news; a drop is still a regression.
    let floors = [
        (Label::Person, 0.92),
        (Label::Org, 0.90),
        (Label::Place, 0.83),
        (Label::Group, 0.87),
        (Label::Time, 0.89),
        (Label::Number, 0.89),
        (Label::Quote, 0.99),
    ];
    assert_f1_floors("dev6", &scores, &floors);
}

#[test]
fn engine_meets_its_floors_on_dev8() {
    let scores = score_gold(DEV8.gold, |id| DEV8.text(id));
    // The eight files of dev set 8, all tuning, as dev6's.
    let floors = [
        (Label::Person, 0.95),
        (Label::Org, 0.84),
        (Label::Place, 0.84),
        (Label::Group, 0.87),
        (Label::Time, 0.94),
        (Label::Number, 0.92),
        (Label::Quote, 0.99),
    ];
    assert_f1_floors("dev8", &scores, &floors);
}

#[test]
fn engine_meets_its_floors_on_dev10() {
    let scores = score_gold(DEV10.gold, |id| DEV10.text(id));
    // The eight files of dev set 10, all tuning, as dev6's.
    let floors = [
        (Label::Person, 0.94),
        (Label::Org, 0.91),
        (Label::Place, 0.93),
        (Label::Group, 0.94),
        (Label::Time, 0.95),
        (Label::Number, 0.90),
        (Label::Quote, 0.99),
    ];
    assert_f1_floors("dev10", &scores, &floors);
}

#[test]
fn engine_meets_its_floors_on_dev12() {
    let scores = score_gold(DEV12.gold, |id| DEV12.text(id));
    // The eight files of dev set 12, all tuning, as dev6's.
    let floors = [
        (Label::Person, 0.92),
        (Label::Org, 0.84),
        (Label::Place, 0.77),
        (Label::Group, 0.85),
        (Label::Time, 0.93),
        (Label::Number, 0.91),
        (Label::Quote, 0.99),
    ];
    assert_f1_floors("dev12", &scores, &floors);
}

/// Dev set 15, all of it held out, is scored only for a report, with
/// `NEWSLENS_DEV15_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds dev15 -- --nocapture`;
/// otherwise this test only checks that its gold parses. It asserts nothing on the scores and
/// never lists the errors.
#[test]
fn dev15_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV15, "NEWSLENS_DEV15_HELD_OUT") {
        score_gold_showing_errors(&part, |id| DEV15.text(id), false);
    }
}

/// Dev set 13, all of it held out, is scored only for a report, with
/// `NEWSLENS_DEV13_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds dev13 -- --nocapture`;
/// otherwise this test only checks that its gold parses. It asserts nothing on the scores and
/// never lists the errors.
#[test]
fn dev13_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV13, "NEWSLENS_DEV13_HELD_OUT") {
        score_gold_showing_errors(&part, |id| DEV13.text(id), false);
    }
}

/// Dev set 11, all of it held out, is scored only for a report, with
/// `NEWSLENS_DEV11_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds dev11 -- --nocapture`;
/// otherwise this test only checks that its gold parses. It asserts nothing on the scores and
/// never lists the errors.
#[test]
fn dev11_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV11, "NEWSLENS_DEV11_HELD_OUT") {
        score_gold_showing_errors(&part, |id| DEV11.text(id), false);
    }
}

/// Dev set 9, all of it held out, is scored only for a report, with
/// `NEWSLENS_DEV9_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds dev9 -- --nocapture`;
/// otherwise this test only checks that its gold parses. It asserts nothing on the scores and
/// never lists the errors.
#[test]
fn dev9_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV9, "NEWSLENS_DEV9_HELD_OUT") {
        score_gold_showing_errors(&part, |id| DEV9.text(id), false);
    }
}

/// Dev set 7, all of it held out, is scored only for a report, with
/// `NEWSLENS_DEV7_HELD_OUT=1 cargo test -p newslens-core --features manifest --test seeds dev7 -- --nocapture`;
/// otherwise this test only checks that its gold parses. It asserts nothing on the scores and
/// never lists the errors.
#[test]
fn dev7_is_scored_only_on_request() {
    if let Some(part) = held_out_part(&DEV7, "NEWSLENS_DEV7_HELD_OUT") {
        score_gold_showing_errors(&part, |id| DEV7.text(id), false);
    }
}
