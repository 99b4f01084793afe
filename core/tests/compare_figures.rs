//! Figures compared across documents: grouping by what they count, the intervals hedges
//! allow, and the conflict rules, on the bundled corpus and on small made-up texts.

mod common;

use newslens_core::compare::figures::{figure_table, figure_table_csv, Agreement, FigureTable};
use newslens_core::compare::origins;
use newslens_core::study::Study;
use newslens_core::{Corpus, DocMeta, Document};

/// Each row as `quantity [subject] agreement: doc "text", ...`, conflicting figures marked `!`.
fn rows(corpus: &Corpus, table: &FigureTable) -> Vec<String> {
    table
        .rows
        .iter()
        .map(|row| {
            let figures: Vec<String> = row
                .figures
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let mark = if row.in_conflict(i) { "!" } else { "" };
                    format!("{}{mark} {:?}", corpus.documents()[f.doc].id(), f.text)
                })
                .collect();
            let subject = row.subject.as_deref().unwrap_or("-");
            format!("{} [{subject}] {}: {}", row.measure.label(), row.agreement.as_str(), figures.join(", "))
        })
        .collect()
}

/// Made-up documents `a`, `b`, ... dated 2024-10-30, each its own origin.
fn made_up(texts: &[&str]) -> (Corpus, Study) {
    let documents = texts.iter().enumerate().map(|(i, text)| {
        let id = ((b'a' + i as u8) as char).to_string();
        Document::new(DocMeta::plain(&id, "2024-10-30".parse().ok()), *text)
    });
    let corpus = Corpus::new(documents).0;
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    (corpus, study)
}

fn made_up_rows(texts: &[&str]) -> Vec<String> {
    let (corpus, study) = made_up(texts);
    let own: Vec<usize> = (0..texts.len()).collect();
    rows(&corpus, &figure_table(&corpus, &study, &own))
}

#[test]
fn the_bundled_troop_numbers_sit_side_by_side_with_a_disagreement() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let origins = origins(&corpus, &study);
    let table = figure_table(&corpus, &study, &origins);
    let troops = &table.rows[0];
    let ids = |docs: &[usize]| docs.iter().map(|&d| &corpus.documents()[d].id()[..3]).collect::<Vec<_>>();
    assert_eq!(ids(&troops.documents), ["001", "002", "003", "004"], "{:#?}", rows(&corpus, &table));
    // 001 and 002 are rewrites of one NBC News article: four documents, three origins.
    assert_eq!(troops.origins, 3);
    assert_eq!(troops.agreement, Agreement::Conflict);
    let row = &rows(&corpus, &table)[0];
    for side in [
        "001_fd0447f87cd5aaab! \"about 10,000\"",
        "003_59a4a1a89b4914cd \"around 10,000\"",
        "003_59a4a1a89b4914cd! \"over 3,000\"",
        "004_dc8a3dec1270afb0! \"over 10,000\"",
        "002_f395a87a0317fa07 \"thousands\"",
    ] {
        assert!(row.contains(side), "{side} not in {row}");
    }
    assert!(row.starts_with("troops [North Korea] conflict: "), "{row}");
    // North Korea's whole standing army is another quantity: its sentence names no place the
    // deployment's figures name.
    let army = rows(&corpus, &table).into_iter().find(|r| r.contains("1.2 million")).unwrap();
    assert_eq!(army, "troops [-] single: 001_fd0447f87cd5aaab \"around 1.2 million\"");
}

/// (case, texts, rows expected among the table's).
const GROUPING: &[(&str, &[&str], &[&str])] = &[
    (
        "synonyms of the data file are one counted noun",
        &[
            "The ministry said 500 soldiers were sent to Chad.",
            "About 500 troops were sent to Chad, officials said.",
            "Nearly 500 military personnel went to Chad.",
        ],
        &["troops [Chad] estimate spread: a \"500\", b \"About 500\", c \"Nearly 500\""],
    ),
    (
        "a noun in no group meets its own plural by its stem",
        &["Officials counted 40 tanks in Mali.", "Officials counted 40 tanks in Mali."],
        &["tank [Mali] agree: a \"40\", b \"40\""],
    ),
    (
        "the troops of two countries are two quantities",
        &["Some 800 Russian troops are near Kharkiv.", "About 300 Ukrainian troops are near Kharkiv."],
        &["troops [Russia] single: a \"Some 800\"", "troops [Ukraine] single: b \"About 300\""],
    ),
    (
        "two years are two quantities",
        &[
            "In 2022, 500 people died in the floods in Kenya.",
            "In 2023, 800 people died in the floods in Kenya.",
        ],
        &["people [Kenya] single: a \"500\"", "people [Kenya] single: b \"800\""],
    ),
    (
        "different places of the same sentence shape keep apart",
        &["The army sent 2,000 troops to Mali.", "The army sent 9,000 troops to Niger."],
        &["troops [Mali] single: a \"2,000\"", "troops [Niger] single: b \"9,000\""],
    ),
    (
        "a demonym and its country are one subject",
        &[
            "Over 3,000 North Korean soldiers are in Russia.",
            "North Korea sent around 10,000 troops to Russia.",
        ],
        &["troops [North Korea] conflict: a! \"Over 3,000\", b! \"around 10,000\""],
    ),
];

/// (case, two texts, the agreement of their one row).
const CONFLICTS: &[(&str, [&str; 2], Agreement)] = &[
    (
        "a count and a different count",
        ["Police said 12,000 people marched in Lyon.", "Police said 10,000 people marched in Lyon."],
        Agreement::Conflict,
    ),
    (
        "the same count",
        ["Police said 10,000 people marched in Lyon.", "Police said 10,000 people marched in Lyon."],
        Agreement::Agree,
    ),
    (
        "about overlaps over",
        ["About 10,000 people marched in Lyon.", "Over 10,000 people marched in Lyon."],
        Agreement::Spread,
    ),
    (
        "over stops below the next step",
        ["Over 3,000 people marched in Lyon.", "About 10,000 people marched in Lyon."],
        Agreement::Conflict,
    ),
    (
        "at least is a floor without a ceiling",
        ["At least 40 people were killed in Lyon.", "As of Friday, 120 people were killed in Lyon."],
        Agreement::Spread,
    ),
    (
        "up to is a ceiling without a floor",
        ["Up to 5,000 people marched in Lyon.", "Police said 800 people marched in Lyon."],
        Agreement::Spread,
    ),
    (
        "less than excludes the amount",
        ["Less than 50 people marched in Lyon.", "Police said 50 people marched in Lyon."],
        Agreement::Conflict,
    ),
    (
        "a vague plural spans its order of magnitude",
        ["Thousands of people marched in Lyon.", "About 12,000 people marched in Lyon."],
        Agreement::Spread,
    ),
    (
        "a vague plural is not another order",
        ["Hundreds of people marched in Lyon.", "Police said 50,000 people marched in Lyon."],
        Agreement::Conflict,
    ),
    (
        "a range meets a value inside it",
        ["Between 20 and 30 people were hurt in Lyon.", "Police said 25 people were hurt in Lyon."],
        Agreement::Spread,
    ),
];

#[test]
fn figures_group_by_what_they_count() {
    for (case, texts, expected) in GROUPING {
        let rows = made_up_rows(texts);
        for row in *expected {
            assert!(rows.iter().any(|r| r == row), "{case}: no row {row:?} in {rows:#?}");
        }
    }
}

#[test]
fn conflicts_are_ranges_that_cannot_both_be_true() {
    for (case, texts, expected) in CONFLICTS {
        let (corpus, study) = made_up(texts);
        let table = figure_table(&corpus, &study, &[0, 1]);
        let row = table.rows.iter().find(|r| r.documents.len() == 2);
        let rows = rows(&corpus, &table);
        assert_eq!(row.map(|r| r.agreement), Some(*expected), "{case}: {rows:#?}");
    }
}

#[test]
fn one_document_never_conflicts_with_itself_and_origins_count_once() {
    let texts = [
        "Police said 12,000 people marched in Lyon, and 900 people marched in Lyon on Sunday.",
        "Police said 12,000 people marched in Lyon.",
    ];
    let (corpus, study) = made_up(&texts);
    let table = figure_table(&corpus, &study, &[0, 0]);
    let row = table.rows.iter().find(|r| r.documents.len() == 2).expect("a shared row");
    // 900 conflicts with b's 12,000; a's own 12,000 and 900 are not a conflict.
    assert!(row.conflicts.iter().all(|c| row.figures[c.a].doc != row.figures[c.b].doc));
    assert_eq!(row.origins, 1);
}

#[test]
fn a_number_that_counts_nothing_named_is_no_figure() {
    let rows = made_up_rows(&["The two are meeting in Oslo on Monday.", "The two met again."]);
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn the_table_exports_as_csv_with_every_figure_and_its_source() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let table = figure_table(&corpus, &study, &origins(&corpus, &study));
    let csv = figure_table_csv(&corpus, &study, &table);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..5], ["quantity", "subject", "agreement", "origins", "text"]);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), table.rows.iter().map(|r| r.figures.len()).sum::<usize>());
    let over = records.iter().find(|r| &r[4] == "over 3,000").unwrap();
    assert_eq!(
        (&over[0], &over[2], &over[7], &over[8]),
        ("troops", "conflict", "yes", "003_59a4a1a89b4914cd")
    );
    let text = &corpus.get("003_59a4a1a89b4914cd").unwrap().text;
    assert_eq!(&text[over[12].parse::<usize>().unwrap()..over[13].parse::<usize>().unwrap()], "over 3,000");
    assert!(over[11].contains("South Korea's presidential office"));
}
