//! Properties that hold for any input: `analyze` never panics, and every span, sentence and
//! token is a sorted, in-bounds range on character boundaries.

use newslens_core::analysis::analyze;
use newslens_core::highlight::{leaves, nest, Layer, Mark, Node};
use newslens_core::route::Route;
use newslens_core::search::query::parse;
use proptest::prelude::*;

/// Text that looks like news often enough to reach the recognisers: words, names, numbers,
/// dates, quotation marks and stray punctuation, plus arbitrary characters.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Kim Jong Un".to_string()),
        Just("North Korean".to_string()),
        Just(" said ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("$2,000 a month".to_string()),
        Just("90% to 95%".to_string()),
        Just("last Monday".to_string()),
        Just("the 1950s".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("’s".to_string()),
        "[A-Za-z]{1,12}",
        "[0-9,.]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.join(" "))
}

fn check_ranges(text: &str, ranges: &[std::ops::Range<usize>], what: &str) {
    for r in ranges {
        assert!(r.start <= r.end && r.end <= text.len(), "{what} {r:?} outside the text");
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{what} {r:?} splits a character"
        );
    }
    assert!(ranges.windows(2).all(|w| w[0].start <= w[1].start), "{what} not sorted");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn analysis_ranges_are_sorted_in_bounds_and_on_char_boundaries(text in newsy_text(), dated in any::<bool>()) {
        let reference = dated.then(|| "2024-10-29".parse().unwrap());
        let analysis = analyze(&text, reference);
        let spans: Vec<_> = analysis.spans.iter().map(|s| s.range.clone()).collect();
        check_ranges(&text, &spans, "span");
        check_ranges(&text, &analysis.sentences, "sentence");
        let tokens: Vec<_> = analysis.tokens.iter().map(|t| t.range()).collect();
        check_ranges(&text, &tokens, "token");
        for span in &analysis.spans {
            if let newslens_core::analysis::SpanValue::Entity { id } = span.value {
                prop_assert!(id < analysis.entities.len());
            }
            // Its sentence is the one it starts in.
            let sentence = &analysis.sentences[span.sentence];
            prop_assert!(sentence.start <= span.range.start && span.range.start < sentence.end, "{span:?} in {sentence:?}");
        }
    }

    #[test]
    fn analysis_of_arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        let _ = analyze(&text, None);
    }

    #[test]
    fn nested_marks_keep_every_byte_once_and_cover_each_mark(
        len in 0usize..60,
        raw in prop::collection::vec((0usize..70, 0usize..70, 0usize..9), 0..12),
    ) {
        let marks: Vec<Mark> = raw
            .iter()
            .enumerate()
            .map(|(index, &(a, b, l))| Mark { layer: Layer::ALL[l], range: a.min(b)..a.max(b), index })
            .collect();
        let tree = nest(0..len, &marks);
        let pieces = leaves(&tree);
        prop_assert_eq!(pieces.iter().map(|r| r.len()).sum::<usize>(), len);
        prop_assert!(pieces.windows(2).all(|w| w[0].end == w[1].start));
        // Each mark's pieces cover exactly its part of the range, and only one is first.
        for (i, m) in marks.iter().enumerate() {
            let mut covered = Vec::new();
            let mut firsts = 0;
            collect_pieces(&tree, i, &mut covered, &mut firsts);
            let clipped = m.range.start.min(len)..m.range.end.min(len);
            prop_assert_eq!(covered.iter().map(|r: &std::ops::Range<usize>| r.len()).sum::<usize>(), clipped.len());
            prop_assert_eq!(firsts, usize::from(!clipped.is_empty()));
        }
    }

    #[test]
    fn queries_parse_or_point_inside_themselves(src in "[a-zA-Z0-9 ()\"“”*~:.\\-]{0,40}|\\PC{0,40}") {
        if let Err(error) = parse(&src) {
            prop_assert!(error.at.start <= error.at.end && error.at.end <= src.len(), "{error}");
            prop_assert!(!error.message.is_empty());
        }
    }

    #[test]
    fn any_hash_parses_and_round_trips(hash in "\\PC{0,40}") {
        let route = Route::parse(&hash);
        prop_assert_eq!(Route::parse(&route.to_hash()), route);
    }
}

fn collect_pieces(nodes: &[Node], mark: usize, out: &mut Vec<std::ops::Range<usize>>, firsts: &mut usize) {
    for node in nodes {
        if let Node::Mark { mark: m, range, first, children } = node {
            if *m == mark {
                out.push(range.clone());
                *firsts += usize::from(*first);
            }
            collect_pieces(children, mark, out, firsts);
        }
    }
}
