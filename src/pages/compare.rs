//! Compare: every loaded document beside the others (`#/compare`): the figures each reports,
//! the quotations each carries, which documents are rewrites of which, and what each covers;
//! and two documents side by side (`#/compare/<a>/<b>`). What is shown is the core's
//! [`newslens_core::compare`]; this page draws it, every cell a link into the reader.

use std::rc::Rc;

use newslens_core::compare::align::{Item, Only, Piece};
use newslens_core::compare::coverage::Coverage;
use newslens_core::compare::{Alignment, Pair, Pairs};
use newslens_core::route::{ReaderParams, Route};
use newslens_core::Corpus;
use yew::prelude::*;

use crate::components::compare_figures::CompareFigures;
use crate::components::compare_quotes::QuoteLedger;
use crate::components::export_menu::{compare_exports, ExportMenu};
use crate::hooks::{use_app, use_study};
use crate::state::Shared;

/// [`Compare`]'s properties.
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The two documents side by side, by id, from the address; none for the overview.
    pub pair: Option<(String, String)>,
}

/// The Compare view.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let pairs =
        use_memo((Shared(corpus.clone()), study.clone()), |(corpus, study)| Pairs::new(corpus, study));
    if let Some((a, b)) = &props.pair {
        return html! { <SideBySide a={a.clone()} b={b.clone()} pairs={Shared(pairs)} /> };
    }
    let origins = Rc::new(pairs.origins.clone());
    html! {
        <div class="compare-view">
            <h1>{ "Compare the documents" }</h1>
            <CompareFigures origins={origins.clone()} />
            <QuoteLedger {origins} />
            <PairsTable pairs={Shared(pairs)} />
            <CoverageTables />
        </div>
    }
}

/// A link to sentence `sentence` of document `doc` in the reader.
pub fn reader_link(corpus: &Corpus, doc: usize, sentence: Option<usize>) -> String {
    let params = ReaderParams { sentence, ..ReaderParams::default() };
    Route::Doc { id: corpus.documents()[doc].id().to_string(), params }.to_hash()
}

#[derive(Properties, PartialEq)]
struct PairsTableProps {
    pairs: Shared<Pairs>,
}

/// Every pair of documents: relation, similarity, what both keep, and the side-by-side view.
#[component]
fn PairsTable(props: &PairsTableProps) -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let pairs = &props.pairs;
    let derived = pairs.pairs.iter().filter(|p| p.relation.is_derived()).count();
    // A group is named by its first document.
    let groups = pairs.origins.iter().enumerate().filter(|(d, origin)| d == *origin).count();
    html! {
        <section class="compare-pairs" aria-labelledby="pairs-heading">
            <h2 id="pairs-heading">{ "Rewrites" }</h2>
            <p>
                { format!(
                    "{} documents, {} pairs: {derived} look derived from one another; {groups} independent origins.",
                    corpus.len(),
                    pairs.pairs.len()
                ) }
            </p>
            <ExportMenu exports={compare_exports(&corpus, &pairs.0)} />
            <table id="pairs">
                <thead>
                    <tr>
                        <th scope="col">{ "Documents" }</th>
                        <th scope="col">{ "Relation" }</th>
                        <th scope="col">{ "Shared wording" }</th>
                        <th scope="col">{ "Both keep" }</th>
                        <th scope="col">{ "Side by side" }</th>
                    </tr>
                </thead>
                <tbody>
                    for pair in pairs.pairs.iter() {
                        { pair_row(&corpus, &study.0, pair) }
                    }
                </tbody>
            </table>
        </section>
    }
}

fn pair_row(corpus: &Rc<Corpus>, study: &newslens_core::study::Study, pair: &Pair) -> Html {
    let docs = corpus.documents();
    let (a, b) = (&docs[pair.a], &docs[pair.b]);
    let key = format!("{}|{}", a.id(), b.id());
    let entity_link = |id: &str| {
        let params = ReaderParams { entity: Some(id.to_string()), ..ReaderParams::default() };
        Route::Doc { id: a.id().to_string(), params }.to_hash()
    };
    let names = pair.shared.names.iter().take(SHOWN).map(|id| {
        let name = study.entity(id).map_or(&**id, |e| e.name.as_str());
        html! { <li><a href={entity_link(id)}>{ name }</a></li> }
    });
    let analysis = &study.analyses[pair.a];
    let quotations = pair.shared.quotations.iter().map(|&(span, _)| {
        let span = &analysis.spans[span];
        let text = crate::truncate(&a.text[span.range.clone()], 60);
        html! { <li><a href={reader_link(corpus, pair.a, Some(span.sentence))}>{ text }</a></li> }
    });
    let relation = pair.relation;
    let side_by_side = Route::Compare { pair: Some((a.id().to_string(), b.id().to_string())) }.to_hash();
    html! {
        <tr data-pair={key.clone()} data-relation={relation.as_str()} data-derived={relation.is_derived().to_string()}>
            <th scope="row">
                <a href={reader_link(corpus, pair.a, None)}>{ crate::truncate(&a.label, 40) }</a>
                { " · " }
                <a href={reader_link(corpus, pair.b, None)}>{ crate::truncate(&b.label, 40) }</a>
            </th>
            // The relation and the measures are what a reader checks in the texts: each opens
            // the side-by-side view.
            <td class="pair-relation">
                <a href={side_by_side.clone()}>{ relation.describe() }</a>
                if pair.declared {
                    <span class="declared" title="The documents' metadata (derived_from) names one source">{ " · declared" }</span>
                }
            </td>
            <td class="pair-similarity" title={format!("{:.0}% of the shorter text's three-word runs are in the other", pair.containment * 100.0)}>
                <a href={side_by_side.clone()}>
                    { format!("{:.0}% · fingerprint {:.0}%", pair.similarity * 100.0, pair.fingerprint * 100.0) }
                </a>
            </td>
            <td>
                if !pair.shared.names.is_empty() {
                    <ul class="shared-names" aria-label="Names both keep">{ for names }</ul>
                }
                if !pair.shared.figures.is_empty() {
                    <p class="shared-figures">{ format!("Figures: {}", pair.shared.figures.join(", ")) }</p>
                }
                if !pair.shared.quotations.is_empty() {
                    <ul class="shared-quotations" aria-label="Quotations both carry">{ for quotations }</ul>
                }
            </td>
            <td><a href={side_by_side} aria-label={format!("Compare side by side: {key}")}>{ "Compare" }</a></td>
        </tr>
    }
}

/// The shared names shown in a pair's row, rarest first; the export has them all.
const SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
struct SideBySideProps {
    a: String,
    b: String,
    pairs: Shared<Pairs>,
}

/// Two documents side by side: rows of aligned sentences (`[data-aligned]`), the words one
/// side changed in `<del>` (A) and `<ins>` (B), and what each lacks.
#[component]
fn SideBySide(props: &SideBySideProps) -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let index = |id: &str| corpus.documents().iter().position(|d| d.id() == id);
    let (index_a, index_b) = (index(&props.a), index(&props.b));
    // Hooks run on every render, so the alignment is memoised before the ids are checked.
    let alignment =
        use_memo((Shared(corpus.clone()), study.clone(), index_a, index_b), |(corpus, study, a, b)| {
            a.zip(*b).and_then(|(a, b)| Alignment::new(corpus, study, a, b))
        });
    let (Some(a), Some(b), Some(alignment)) = (index_a, index_b, alignment.as_ref()) else {
        let missing = if index_a.is_none() { &props.a } else { &props.b };
        return html! {
            <div class="compare-view">
                <h1>{ "No such document" }</h1>
                <p>{ format!("No document has the id “{missing}”. ") }<a href="#/compare">{ "Compare the documents" }</a></p>
            </div>
        };
    };
    let docs = corpus.documents();
    let relation = props.pairs.get(a, b).map(|p| p.relation);
    let aligned = alignment.rows.iter().filter(|r| r.is_aligned()).count();
    let cell = |doc: usize, sentences: &std::ops::Range<usize>, pieces: &[Piece], mark: &str| {
        if sentences.is_empty() {
            return html! { <td class="compare-missing"></td> };
        }
        let text = &docs[doc].text;
        let body = pieces.iter().map(|p| {
            let words = text[p.range.clone()].to_string();
            match (p.changed, mark) {
                (true, "del") => html! { <del>{ words }</del> },
                (true, _) => html! { <ins>{ words }</ins> },
                _ => html! { { words } },
            }
        });
        html! {
            <td data-sentences={format!("{}-{}", sentences.start, sentences.end - 1)}>
                <a class="to-reader" href={reader_link(&corpus, doc, Some(sentences.start))}
                   aria-label={format!("Sentence {} in the reader", sentences.start + 1)}>{ format!("{}", sentences.start + 1) }</a>
                { " " }{ for body }
            </td>
        }
    };
    html! {
        <div class="compare-view compare-side-by-side">
            <h1>{ format!("{} beside {}", crate::truncate(&docs[a].label, 50), crate::truncate(&docs[b].label, 50)) }</h1>
            <p>
                <a href="#/compare">{ "All pairs" }</a>
                { format!(
                    " · {} · {aligned} rows aligned · the other's words struck through on the left, added on the right",
                    relation.map_or("", |r| r.describe())
                ) }
            </p>
            <section class="compare-lacks" aria-labelledby="lacks-heading">
                <h2 id="lacks-heading">{ "What each lacks" }</h2>
                { lacks(&corpus, b, &docs[a].label, &alignment.only_a, a) }
                { lacks(&corpus, a, &docs[b].label, &alignment.only_b, b) }
            </section>
            <section aria-labelledby="aligned-heading">
                <h2 id="aligned-heading">{ "Sentence by sentence" }</h2>
                <table id="aligned">
                    <thead>
                        <tr>
                            <th scope="col">{ crate::truncate(&docs[a].label, 60) }</th>
                            <th scope="col">{ crate::truncate(&docs[b].label, 60) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for row in alignment.rows.iter() {
                            if row.is_aligned() {
                                <tr data-aligned={format!("{:.2}", row.similarity)}>
                                    { cell(a, &row.a, &row.a_pieces, "del") }
                                    { cell(b, &row.b, &row.b_pieces, "ins") }
                                </tr>
                            } else {
                                <tr data-only={if row.a.is_empty() { "b" } else { "a" }}>
                                    { cell(a, &row.a, &row.a_pieces, "del") }
                                    { cell(b, &row.b, &row.b_pieces, "ins") }
                                </tr>
                            }
                        }
                    </tbody>
                </table>
            </section>
        </div>
    }
}

/// What document `lacking` lacks that `has` (labelled `label`) keeps: names, figures and
/// quotations, each a link to where `has` has it.
fn lacks(corpus: &Corpus, lacking: usize, label: &str, only: &Only, has: usize) -> Html {
    let lacking_label = crate::truncate(&corpus.documents()[lacking].label, 50);
    let list = |kind: &'static str, items: &[Item]| {
        if items.is_empty() {
            return Html::default();
        }
        let links = items.iter().map(|item| {
            let href = if item.entity.is_empty() {
                reader_link(corpus, has, Some(item.sentence))
            } else {
                let params = ReaderParams {
                    entity: Some(item.entity.clone()),
                    sentence: Some(item.sentence),
                    ..ReaderParams::default()
                };
                Route::Doc { id: corpus.documents()[has].id().to_string(), params }.to_hash()
            };
            html! { <li><a {href}>{ crate::truncate(&item.text, 80) }</a></li> }
        });
        html! { <><h4>{ kind }</h4><ul data-lacks={kind.to_lowercase()}>{ for links }</ul></> }
    };
    html! {
        <div class="lacks" data-doc={corpus.documents()[lacking].id().to_string()}>
            <h3>{ format!("{lacking_label} lacks, from {}", crate::truncate(label, 50)) }</h3>
            { list("Names", &only.names) }
            { list("Figures", &only.figures) }
            { list("Quotations", &only.quotations) }
            if only.names.is_empty() && only.figures.is_empty() && only.quotations.is_empty() {
                <p>{ "Nothing: every name, figure and quotation is in both." }</p>
            }
        </div>
    }
}

/// The entities shown in the coverage table, most mentioned first.
const COVERAGE_ENTITIES: usize = 30;

/// Themes by document (how many sentences argue each, linked to the first) and people and
/// organisations by document (mentions, linked to the first; a blind spot where the others
/// name one and this document does not).
#[component]
fn CoverageTables() -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let coverage =
        use_memo((Shared(corpus.clone()), study.clone()), |(corpus, study)| Coverage::new(corpus, study));
    let docs = corpus.documents();
    let header = html! {
        for doc in docs.iter() {
            <th scope="col" title={doc.label.clone()}>{ crate::truncate(&doc.label, 24) }</th>
        }
    };
    let theme_rows = coverage.themes.iter().map(|row| {
        let cells = row.sentences.iter().enumerate().map(|(d, sentences)| match sentences.first() {
            Some(&first) => {
                let text = &docs[d].text[study.analyses[d].sentences[first].clone()];
                html! {
                    <td data-doc={docs[d].id().to_string()} title={crate::truncate(text, 160)}>
                        <a href={reader_link(&corpus, d, Some(first))}>{ sentences.len() }</a>
                    </td>
                }
            }
            None => html! { <td data-doc={docs[d].id().to_string()}>{ "·" }</td> },
        });
        html! { <tr data-theme={row.id.clone()}><th scope="row">{ &row.label }</th>{ for cells }</tr> }
    });
    let entity_rows = coverage.entities.iter().take(COVERAGE_ENTITIES).map(|row| {
        let blind = row.blind_spots();
        let cells = row.mentions.iter().enumerate().map(|(d, &n)| {
            let id = docs[d].id().to_string();
            match row.first[d] {
                Some(sentence) => {
                    let params = ReaderParams { entity: Some(row.id.clone()), sentence: Some(sentence), ..ReaderParams::default() };
                    let href = Route::Doc { id: id.clone(), params }.to_hash();
                    html! { <td data-doc={id}><a {href}>{ n }</a></td> }
                }
                None if blind.contains(&d) => {
                    html! { <td data-doc={id} data-blind="true" title="The others name them; this document does not">{ "blind spot" }</td> }
                }
                None => html! { <td data-doc={id}>{ "·" }</td> },
            }
        });
        html! { <tr data-entity={row.id.clone()}><th scope="row">{ &row.name }</th>{ for cells }</tr> }
    });
    html! {
        <section class="compare-coverage" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{ "Coverage" }</h2>
            <h3>{ "Themes: sentences that argue each" }</h3>
            <table id="coverage-themes">
                <thead><tr><th scope="col">{ "Theme" }</th>{ header.clone() }</tr></thead>
                <tbody>{ for theme_rows }</tbody>
            </table>
            <h3>{ format!("People and organisations: mentions (the {COVERAGE_ENTITIES} most mentioned)") }</h3>
            <table id="coverage-entities">
                <thead><tr><th scope="col">{ "Name" }</th>{ header }</tr></thead>
                <tbody>{ for entity_rows }</tbody>
            </table>
        </section>
    }
}
