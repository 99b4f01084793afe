//! Bundles of the bundled corpus: what is decoded equals what was analysed, a damaged or foreign
//! bundle is refused or falls back to analysing with a message, and no byte sequence panics.

mod common;

use newslens_core::bundle::{self, FORMAT_VERSION};
use newslens_core::study::Study;
use newslens_core::{Corpus, Severity};
use proptest::prelude::*;
use std::sync::OnceLock;

fn corpus_and_study() -> (Corpus, Study) {
    let corpus = common::bundled_corpus();
    let study = Study::new(&corpus, |i| corpus.documents()[i].meta.reference_date);
    (corpus, study)
}

#[test]
fn the_bundled_corpus_decodes_to_what_was_analysed() {
    let (corpus, study) = corpus_and_study();
    let bytes = bundle::encode(&corpus, &study);
    let opened = bundle::open(&bytes).unwrap();
    assert!(opened.diagnostics.is_empty(), "{:?}", opened.diagnostics);
    assert_eq!(opened.corpus, corpus);
    assert_eq!(opened.study, study);
    assert_eq!(opened.corpus.themes().len(), corpus.themes().len());
    // Smaller than the texts and the analysis in any textual form.
    let text: usize = corpus.documents().iter().map(|d| d.text.len()).sum();
    assert!(bytes.len() < 3 * text, "{} bytes for {text} bytes of text", bytes.len());
}

#[test]
fn an_edited_reference_date_survives_the_round_trip() {
    let (corpus, study) = corpus_and_study();
    let first = corpus.documents().iter().position(|d| d.id().starts_with("001")).unwrap();
    let other = (first + 1) % corpus.len();
    let edited = study.with_references(&corpus, [(first, "2024-11-05".parse().ok())]);
    let opened = bundle::open(&bundle::encode(&corpus, &edited)).unwrap();
    assert_eq!(opened.study.reference_date(first), "2024-11-05".parse().ok());
    assert_eq!(opened.study, edited);
    let mondays = |study: &Study| {
        let analysis = &study.analyses[first];
        analysis
            .spans
            .iter()
            .filter(|s| &corpus.documents()[first].text[s.range.clone()] == "Monday")
            .map(|s| format!("{:?}", s.value))
            .collect::<Vec<_>>()
    };
    assert_ne!(mondays(&opened.study), mondays(&study), "Monday moved with the date");
    assert!(mondays(&opened.study)[0].contains("2024-11-04"), "{:?}", mondays(&opened.study));
    assert_eq!(opened.study.analyses[other], study.analyses[other], "the others were not touched");
}

/// Where in the bundle the ANLS section's body starts.
fn analysis_section(bytes: &[u8]) -> usize {
    bytes.windows(4).position(|w| w == b"ANLS").unwrap() + 12
}

#[test]
fn damage_refuses_or_falls_back_and_says_so() {
    let (corpus, study) = corpus_and_study();
    let bytes = bundle::encode(&corpus, &study);
    let message = |bytes: &[u8]| bundle::open(bytes).err().map(|e| e.to_string()).unwrap_or_default();

    assert_eq!(message(b"<html>"), "this is not a NewsLens bundle");
    let mut newer = bytes.clone();
    newer[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert!(message(&newer).contains("open it with the NewsLens that made it"), "{}", message(&newer));
    let mut docs = bytes.clone();
    docs[30] ^= 0xff;
    assert!(message(&docs).contains("section DOCS is damaged"), "{}", message(&docs));
    assert!(message(&bytes[..bytes.len() / 3]).contains("ends in the middle"));

    // A damaged analysis costs time, not documents.
    let mut analysis = bytes.clone();
    let at = analysis_section(&bytes) + 40;
    analysis[at] = analysis[at].wrapping_add(1);
    let opened = bundle::open(&analysis).unwrap();
    assert_eq!(opened.diagnostics.len(), 1);
    assert_eq!(opened.diagnostics[0].severity, Severity::Warning);
    assert!(opened.diagnostics[0].message.contains("fails its checksum"), "{}", opened.diagnostics[0]);
    assert!(opened.diagnostics[0].message.contains("its 5 documents were analysed again"));
    assert_eq!(opened.study, study);
}

/// A bundle whose analysis was altered after its checksum was computed: what the checks after
/// the checksum (ranges, indexes, order) must catch on their own.
fn with_analysis_altered(bytes: &[u8], at: usize, value: u8) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let body = analysis_section(bytes);
    let len = u32::from_le_bytes(bytes[body - 8..body - 4].try_into().unwrap()) as usize;
    out[body + at % len] = value;
    let crc = crc32(&out[body..body + len]);
    out[body - 4..body].copy_from_slice(&crc.to_le_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    // The standard reflected CRC-32, bit by bit: independent of the crate the bundle uses.
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// The bundle of the bundled corpus, made once for the property tests.
fn bundled_bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let (corpus, study) = corpus_and_study();
        bundle::encode(&corpus, &study)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn no_altered_analysis_panics_or_escapes_its_documents(at in 0usize..1_000_000, value: u8) {
        let opened = bundle::open(&with_analysis_altered(bundled_bytes(), at, value)).unwrap();
        for (analysis, doc) in opened.study.analyses.iter().zip(opened.corpus.documents()) {
            for span in &analysis.spans {
                prop_assert!(doc.text.get(span.range.clone()).is_some());
                prop_assert!(span.sentence < analysis.sentences.len().max(1));
            }
        }
    }

    #[test]
    fn no_prefix_or_garbage_panics(cut in 0usize..100_000, garbage in proptest::collection::vec(any::<u8>(), 0..64)) {
        let bytes = bundled_bytes();
        let mut input = bytes[..cut.min(bytes.len())].to_vec();
        input.extend(garbage);
        let _ = bundle::open(&input);
    }
}
