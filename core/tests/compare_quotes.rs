//! Quotations compared across documents: carried quotations matched by their words despite
//! punctuation, trimmed ends and a few changed words; each variant labelled; what a rewrite
//! did to its source's quotations listed per pair; the ledger as CSV.

mod common;

use newslens_core::compare::origins;
use newslens_core::compare::quotes::{diff_line, quote_ledger, quote_ledger_csv, QuoteLedger, Variant};
use newslens_core::study::Study;
use newslens_core::{Corpus, DocMeta, Document};

/// Made-up documents `a`, `b`, ... dated one day apart, so `a` is the earliest.
fn made_up(texts: &[&str]) -> (Corpus, Study) {
    let documents = texts.iter().enumerate().map(|(i, text)| {
        let id = ((b'a' + i as u8) as char).to_string();
        Document::new(DocMeta::plain(&id, format!("2024-10-{}", 10 + i).parse().ok()), *text)
    });
    let corpus = Corpus::new(documents).0;
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    (corpus, study)
}

/// Each group as `speaker: doc variant [other speaker] diff | ...`.
fn groups(corpus: &Corpus, ledger: &QuoteLedger) -> Vec<String> {
    ledger
        .groups
        .iter()
        .map(|g| {
            let carriers: Vec<String> = g
                .carriers
                .iter()
                .map(|c| {
                    let other = if c.other_speaker { " other speaker" } else { "" };
                    let diff = diff_line(&c.diff);
                    format!(
                        "{} {}{other}{}{diff}",
                        corpus.documents()[c.doc].id(),
                        c.variant.as_str(),
                        if diff.is_empty() { "" } else { " " }
                    )
                })
                .collect();
            format!("{}: {}", g.speaker.as_deref().unwrap_or("-"), carriers.join(" | "))
        })
        .collect()
}

fn ledger_of(texts: &[&str]) -> Vec<String> {
    let (corpus, study) = made_up(texts);
    let own: Vec<usize> = (0..texts.len()).collect();
    groups(&corpus, &quote_ledger(&corpus, &study, &own))
}

/// (case, texts, groups expected among the ledger's).
const MATCHING: &[(&str, &[&str], &[&str])] = &[
    (
        "changed punctuation and case are the same words",
        &[
            "“We will not retreat from the border,” said Ana Ruiz, the interior minister.",
            "\"We will NOT retreat from the border!\" said Ana Ruiz.",
        ],
        &["Ana Ruiz: a first | b exact"],
    ),
    (
        "a quotation cut at its end is trimmed",
        &[
            "“We will not retreat from the border, and we will not surrender to threats,” said Ana Ruiz.",
            "“We will not retreat from the border,” said Ana Ruiz.",
        ],
        &["Ana Ruiz: a first | b trimmed We will not retreat from the border [-and we will not surrender to threats-]"],
    ),
    (
        "a few changed words are an alteration with its diff",
        &[
            "“The new dam will bring water to every village in the valley,” said Ana Ruiz.",
            "“The new dam will bring clean water to each village in the valley,” said Ana Ruiz.",
        ],
        &["Ana Ruiz: a first | b altered The new dam will bring {+clean+} water to [-every-] {+each+} village in the valley"],
    ),
    (
        "the same words given to another speaker are flagged",
        &[
            "“The new dam will bring water to every village in the valley,” said Ana Ruiz.",
            "“The new dam will bring water to every village in the valley,” said Pedro Gomez.",
        ],
        &["Ana Ruiz: a first | b exact other speaker"],
    ),
    (
        "a surname alone is the same speaker",
        &[
            "“The new dam will bring water to every village in the valley,” said Ana Ruiz.",
            "Ana Ruiz spoke on Monday. “The new dam will bring water to every village in the valley,” Ruiz said.",
        ],
        &["Ana Ruiz: a first | b exact"],
    ),
    (
        "different quotations of one speaker stay apart",
        &[
            "“The new dam will bring water to every village in the valley,” said Ana Ruiz.",
            "“Taxes on fuel will fall next year for every family,” said Ana Ruiz.",
        ],
        &["Ana Ruiz: a first", "Ana Ruiz: b first"],
    ),
];

#[test]
fn carried_quotations_are_matched_and_labelled() {
    for (case, texts, expected) in MATCHING {
        let groups = ledger_of(texts);
        for group in *expected {
            assert!(groups.iter().any(|g| g == group), "{case}: no group {group:?} in {groups:#?}");
        }
    }
}

#[test]
fn the_earliest_document_is_the_reference_whatever_the_order() {
    // Document b is dated after a, so a's longer version is the one b is compared with.
    let groups = ledger_of(&[
        "“We will not retreat from the border, and we will not surrender to threats,” said Ana Ruiz.",
        "“We will not retreat from the border,” said Ana Ruiz.",
        "“We will not retreat from the border, and we will never surrender to threats,” said Ana Ruiz.",
    ]);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert!(groups[0].starts_with("Ana Ruiz: a first | b trimmed"), "{groups:#?}");
    assert!(groups[0].ends_with("c altered We will not retreat from the border and we will [-not-] {+never+} surrender to threats"), "{groups:#?}");
}

#[test]
fn a_rewrite_lists_the_quotations_it_dropped_or_changed() {
    let texts = [
        "“The new dam will bring water to every village in the valley,” said Ana Ruiz. “Taxes on fuel will fall next year for every family,” she added.",
        "“The new dam will bring clean water to each village in the valley,” said Ana Ruiz.",
        "“The new dam will bring water to every village in the valley,” said Ana Ruiz.",
    ];
    let (corpus, study) = made_up(&texts);
    // a and b are one origin, c another: only a|b is a rewrite pair.
    let ledger = quote_ledger(&corpus, &study, &[0, 0, 2]);
    assert_eq!(ledger.pairs.len(), 1);
    let pair = &ledger.pairs[0];
    assert_eq!((pair.a, pair.b), (0, 1));
    let changes: Vec<(Option<Variant>, String)> = pair
        .changes
        .iter()
        .map(|c| (c.variant, ledger.groups[c.group].carriers[c.from].text.clone()))
        .collect();
    assert_eq!(
        changes,
        [
            (
                Some(Variant::Altered),
                "The new dam will bring water to every village in the valley,".to_string()
            ),
            (None, "Taxes on fuel will fall next year for every family,".to_string()),
        ]
    );
    // The dam quotation is carried by three documents of two origins.
    let dam = &ledger.groups[pair.changes[0].group];
    assert_eq!((dam.documents(), dam.origins), (3, 2));
}

#[test]
fn the_bundled_rewrite_changed_howells_words() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let ledger = quote_ledger(&corpus, &study, &origins(&corpus, &study));
    let howell: Vec<String> = groups(&corpus, &ledger)
        .into_iter()
        .filter(|g| g.starts_with("Edward Howell:") && g.contains(" | "))
        .collect();
    assert_eq!(
        howell[0],
        "Edward Howell: 001_fd0447f87cd5aaab first | 002_f395a87a0317fa07 altered North Korea is trying to get as \
         [-much benefit-] {+many benefits+} as [-possible-] {+it can+} from this relationship"
    );
    assert_eq!(howell.len(), 2, "{howell:#?}");
    // Every quotation is in the ledger once.
    let carried: usize = ledger.groups.iter().map(|g| g.carriers.len()).sum();
    let quotes = study
        .analyses
        .iter()
        .flat_map(|a| &a.spans)
        .filter(|s| s.label == newslens_core::analysis::Label::Quote)
        .count();
    assert_eq!(carried, quotes);
    // 002 rewrites 001: of 001's eleven quotations it changed two and dropped the rest.
    let pair = ledger.pairs.iter().find(|p| (p.a, p.b) == (1, 2)).unwrap();
    let altered = pair.changes.iter().filter(|c| c.variant == Some(Variant::Altered)).count();
    assert_eq!((altered, pair.changes.len()), (2, 11));
}

#[test]
fn the_ledger_exports_as_csv_with_every_carrier() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let ledger = quote_ledger(&corpus, &study, &origins(&corpus, &study));
    let csv = quote_ledger_csv(&corpus, &study, &ledger);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), ledger.groups.iter().map(|g| g.carriers.len()).sum::<usize>());
    let altered = records.iter().find(|r| &r[5] == "altered").unwrap();
    assert_eq!(
        (&altered[1], &altered[2], &altered[3], &altered[8]),
        ("Edward Howell", "2", "1", "002_f395a87a0317fa07")
    );
    assert!(altered[7].contains("[-much benefit-] {+many benefits+}"), "{}", &altered[7]);
    let text = &corpus.get("002_f395a87a0317fa07").unwrap().text;
    let (start, end): (usize, usize) = (altered[12].parse().unwrap(), altered[13].parse().unwrap());
    assert_eq!(&text[start..end], &altered[11]);
}
