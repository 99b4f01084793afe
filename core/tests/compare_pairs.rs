//! The relations between documents (copies, shortened copies, paraphrases, shared
//! quotations, independent) on the bundled corpus and on small hand-made pairs, and the
//! alignment of two versions of one text.

mod common;

use std::collections::BTreeMap;
use std::ops::Range;

use newslens_core::compare::align::{Piece, Row};
use newslens_core::compare::coverage::Coverage;
use newslens_core::compare::{origins, Alignment, Pairs, Relation};
use newslens_core::study::Study;
use newslens_core::{Corpus, DocMeta, Document};

#[test]
fn the_bundled_rewrites_of_one_article_are_derived_and_the_others_are_not() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let pairs = Pairs::new(&corpus, &study);
    let relation = |a, b| pairs.get(a, b).unwrap().relation;
    assert_eq!(relation(1, 2), Relation::Paraphrase, "{:?}", pairs.get(1, 2));
    for (a, b) in [(0, 1), (0, 2), (0, 3), (0, 4), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)] {
        assert!(!relation(a, b).is_derived(), "{a}|{b}: {:?}", pairs.get(a, b));
    }
    // A paraphrase keeps the analyst it quotes and his words.
    let shared = &pairs.get(2, 1).unwrap().shared;
    assert!(shared.names.iter().any(|n| &**n == "person:alexander-gabuev"), "{shared:?}");
    assert!(!shared.quotations.is_empty());
    // 001 and 002 are one origin (the texts say so, and the manifest); the others their own.
    assert_eq!(origins(&corpus, &study), [0, 1, 1, 3, 4]);
    assert!(pairs.get(1, 2).unwrap().declared);
    assert!(!pairs.get(1, 3).unwrap().declared);
}

#[test]
fn pairs_are_found_in_either_order_and_never_with_themselves() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |_| None);
    let pairs = Pairs::new(&corpus, &study);
    assert_eq!(pairs.pairs.len(), 10);
    for pair in &pairs.pairs {
        assert_eq!(pairs.get(pair.b, pair.a), Some(pair));
    }
    assert_eq!(pairs.get(2, 2), None);
    assert_eq!(pairs.get(0, 5), None);
}

#[test]
fn the_pairs_export_has_a_row_per_pair_with_its_relation() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |_| None);
    let csv = Pairs::new(&corpus, &study).to_csv(&corpus);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 10);
    let row = rows.iter().find(|r| r[0].starts_with("001_") && r[1].starts_with("002_")).unwrap();
    assert_eq!((&row[2], &row[6]), ("paraphrase", "yes"));
    assert!(row[7].contains("person:alexander-gabuev"), "{row:?}");
}

/// The text of sentences `range` of document `doc`.
fn sentences(corpus: &Corpus, study: &Study, doc: usize, range: Range<usize>) -> String {
    let text = &corpus.documents()[doc].text;
    range.map(|s| &text[study.analyses[doc].sentences[s].clone()]).collect::<Vec<_>>().join(" ")
}

/// The text of a side's changed pieces, joined by `|`.
fn changed(corpus: &Corpus, doc: usize, pieces: &[Piece]) -> String {
    let text = &corpus.documents()[doc].text;
    pieces.iter().filter(|p| p.changed).map(|p| &text[p.range.clone()]).collect::<Vec<_>>().join("|")
}

#[test]
fn the_paraphrase_is_aligned_to_the_sentences_it_rewrites() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |_| None);
    let alignment = Alignment::new(&corpus, &study, 1, 2).unwrap();
    // Monotone, and every sentence of either side in one row.
    let (mut next_a, mut next_b) = (0, 0);
    for row in &alignment.rows {
        assert!(row.a.start >= next_a && row.b.start >= next_b, "{row:?}");
        (next_a, next_b) = (row.a.end, row.b.end);
    }
    let shown = |side: fn(&Row) -> Range<usize>| alignment.rows.iter().map(|r| side(r).len()).sum::<usize>();
    assert_eq!(shown(|r| r.b.clone()), study.analyses[2].sentences.len());
    assert_eq!(shown(|r| r.a.clone()), study.analyses[1].sentences.len());
    // The quotations both keep are beside each other, their changed words marked.
    let row_with = |needle: &str| {
        let rows = alignment.rows.iter().filter(|r| r.is_aligned());
        rows.into_iter().find(|r| sentences(&corpus, &study, 2, r.b.clone()).contains(needle)).unwrap()
    };
    let howell = row_with("Edward Howell");
    assert!(
        sentences(&corpus, &study, 1, howell.a.clone()).contains("said Edward Howell, North Korea expert")
    );
    assert_eq!(changed(&corpus, 1, &howell.a_pieces), "much benefit|possible|said|expert");
    assert_eq!(changed(&corpus, 2, &howell.b_pieces), "many benefits|it can|says|an expert on");
    let gabuev = row_with("points out");
    assert!(sentences(&corpus, &study, 1, gabuev.a.clone()).contains("told NBC News"));
    // What the paraphrase dropped: the Pentagon, Putin, the figure of 10,000.
    let names: Vec<&str> = alignment.only_a.names.iter().map(|n| n.entity.as_str()).collect();
    assert!(names.contains(&"org:pentagon") && names.contains(&"person:vladimir-putin"), "{names:?}");
    assert!(alignment.only_a.figures.iter().any(|f| f.text == "about 10,000"));
    assert!(alignment.only_b.names.iter().all(|n| n.entity != "person:alexander-gabuev"));
}

#[test]
fn two_sentences_joined_into_one_are_one_row() {
    /// Rows as (sentences of A, sentences of B).
    type Rows = &'static [(Range<usize>, Range<usize>)];
    let table: &[(&str, &str, Rows)] = &[
        (
            "Troops arrived in Kursk on Monday. They were sent by Kim Jong Un. Analysts were surprised.",
            "Troops sent by Kim Jong Un arrived in Kursk on Monday. Analysts were surprised.",
            &[(0..2, 0..1), (2..3, 1..2)],
        ),
        (
            "Floods closed schools in Leeds. Troops arrived in Kursk on Monday.",
            "Troops arrived in Kursk on Monday, officials said.",
            &[(0..1, 0..0), (1..2, 0..1)],
        ),
        (
            "Troops arrived in Kursk on Monday.",
            "Floods closed three schools in Leeds.",
            &[(0..1, 0..0), (1..1, 0..1)],
        ),
    ];
    for (a, b, expected) in table {
        let (corpus, _) = Corpus::new([
            Document::new(DocMeta::plain("a", None), *a),
            Document::new(DocMeta::plain("b", None), *b),
        ]);
        let study = Study::new(&corpus, |_| None);
        let alignment = Alignment::new(&corpus, &study, 0, 1).unwrap();
        let rows: Vec<(Range<usize>, Range<usize>)> =
            alignment.rows.iter().map(|r| (r.a.clone(), r.b.clone())).collect();
        assert_eq!(&rows, expected, "{a} | {b}");
    }
}

/// The texts of `core/tests/data/pairs/` as one corpus, and the relation expected of each pair
/// (independent when unlisted).
fn pair_benchmark() -> (Corpus, BTreeMap<(String, String), Relation>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pairs");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".txt"))
        .collect();
    files.sort();
    let documents = files.iter().map(|f| {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        Document::new(DocMeta::plain(f, None), text)
    });
    let expected = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let expected = expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').collect();
            ((fields[0].to_string(), fields[1].to_string()), Relation::parse(fields[2]).unwrap())
        })
        .collect();
    (Corpus::new(documents).0, expected)
}

#[test]
fn every_pair_of_the_benchmark_has_its_expected_relation() {
    let (corpus, expected) = pair_benchmark();
    let study = Study::new(&corpus, |_| None);
    let pairs = Pairs::new(&corpus, &study);
    let mut wrong = Vec::new();
    for pair in &pairs.pairs {
        let (a, b) = (corpus.documents()[pair.a].id(), corpus.documents()[pair.b].id());
        let listed = |x: &str, y: &str| expected.get(&(x.to_string(), y.to_string())).copied();
        let want = listed(a, b).or_else(|| listed(b, a)).unwrap_or(Relation::Independent);
        if pair.relation != want {
            wrong.push(format!(
                "{a} {b}: {:?}, expected {want:?} (similarity {:.2}, containment {:.2}, fingerprint {:.2})",
                pair.relation, pair.similarity, pair.containment, pair.fingerprint
            ));
        }
    }
    assert!(wrong.is_empty(), "{} of {} pairs:\n{}", wrong.len(), pairs.pairs.len(), wrong.join("\n"));
}

#[test]
fn coverage_says_who_names_whom_and_who_is_silent() {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |_| None);
    let coverage = Coverage::new(&corpus, &study);
    let gabuev = coverage.entities.iter().find(|e| e.id == "person:alexander-gabuev").unwrap();
    let named: Vec<bool> = gabuev.mentions.iter().map(|&n| n > 0).collect();
    assert_eq!(named, [false, true, true, false, false]);
    assert_eq!(gabuev.blind_spots(), [0, 3, 4]);
    let first = gabuev.first[2].unwrap();
    assert!(
        corpus.documents()[2].text[study.analyses[2].sentences[first].clone()].contains("Alexander Gabuev")
    );
    // A name one source alone uses is no one's blind spot.
    let alone =
        coverage.entities.iter().find(|e| e.mentions.iter().filter(|&&n| n > 0).count() == 1).unwrap();
    assert!(alone.blind_spots().is_empty(), "{alone:?}");
    assert!(!coverage.themes.is_empty());
    for theme in &coverage.themes {
        let t = corpus.themes().list().iter().position(|x| x.id == theme.id).unwrap();
        for (doc, sentences) in theme.sentences.iter().enumerate() {
            assert!(sentences.iter().all(|&s| study.analyses[doc].sentence_themes[s].contains(&t)));
        }
    }
}

#[test]
fn the_pairs_share_the_quotations_the_ledger_groups() {
    // One rule for "the same quotation": what the fingerprint counts as kept by both is what
    // the ledger puts in one group (quotations of four words or more).
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    let pairs = Pairs::new(&corpus, &study);
    let ledger = newslens_core::compare::quotes::quote_ledger(&corpus, &study, &pairs.origins);
    let words = |doc: usize, span: usize| {
        let range = study.analyses[doc].spans[span].range.clone();
        corpus.documents()[doc].text[range].split_whitespace().count()
    };
    for pair in &pairs.pairs {
        let mut grouped: Vec<(usize, usize)> = Vec::new();
        for group in &ledger.groups {
            let a = group.carriers.iter().filter(|c| c.doc == pair.a && words(c.doc, c.span) >= 4);
            let b: Vec<usize> = group
                .carriers
                .iter()
                .filter(|c| c.doc == pair.b && words(c.doc, c.span) >= 4)
                .map(|c| c.span)
                .collect();
            grouped.extend(a.zip(b).map(|(ca, sb)| (ca.span, sb)));
        }
        grouped.sort_unstable();
        assert_eq!(pair.shared.quotations, grouped, "{}|{}", pair.a, pair.b);
    }
    assert!(!pairs.get(1, 2).unwrap().shared.quotations.is_empty());
}
