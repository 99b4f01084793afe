//! Compare: every loaded document beside the others (`#/compare`): the figures each reports,
//! the quotations each carries, which documents are rewrites of which, and what each covers;
//! and two documents side by side (`#/compare/<a>/<b>`). What is shown is the core's
//! [`newslens_core::compare`]; this page draws it, every cell a link into the reader.

use std::rc::Rc;

use newslens_core::compare::{Pair, Pairs};
use newslens_core::route::{ReaderParams, Route};
use newslens_core::Corpus;
use yew::prelude::*;

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
    let _ = &props.pair;
    html! {
        <div class="compare-view">
            <h1>{ "Compare the documents" }</h1>
            // h13a: <CompareFigures /> (crate::components::compare_figures) goes here.
            // h13a: <QuoteLedger /> (crate::components::compare_quotes) goes here.
            <PairsTable pairs={Shared(pairs)} />
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
        let name = study.entity(id).map_or(id.as_str(), |e| e.name.as_str());
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
            <td>
                { relation.describe() }
                if pair.declared {
                    <span class="declared" title="The documents' metadata (derived_from) names one source">{ " · declared" }</span>
                }
            </td>
            <td title={format!("{:.0}% of the shorter text's three-word runs are in the other", pair.containment * 100.0)}>
                { format!("{:.0}% · fingerprint {:.0}%", pair.similarity * 100.0, pair.fingerprint * 100.0) }
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
            <td><a href={side_by_side} aria-label={format!("Side by side: {key}")}>{ "Compare" }</a></td>
        </tr>
    }
}

/// The shared names shown in a pair's row, rarest first; the export has them all.
const SHOWN: usize = 8;
