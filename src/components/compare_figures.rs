//! `CompareFigures`: the figures table of the Compare view, a row per quantity
//! (`[data-figure]`), a cell per document (`data-doc`) with each figure as the document gives
//! it, linked to its sentence in the reader. Grouping and the conflict rules are the core's
//! [`figure_table`]; this draws it and never says which side is right.

use std::rc::Rc;

use newslens_core::compare::figures::{figure_table, Agreement, FigureRow};
use newslens_core::export::outlet;
use newslens_core::Corpus;
use yew::prelude::*;

use crate::components::export_menu::{compare_figure_exports, ExportMenu};
use crate::hooks::{use_app, use_study};
use crate::pages::compare::reader_link;
use crate::state::Shared;

/// [`CompareFigures`]' properties.
#[derive(Properties, PartialEq)]
pub struct CompareFiguresProps {
    /// Each document's independent origin (`compare::origins`), by document index.
    pub origins: Rc<Vec<usize>>,
}

/// The figures more than one document gives, side by side.
#[component]
pub fn CompareFigures(props: &CompareFiguresProps) -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let table = use_memo((Shared(corpus.clone()), study.clone(), props.origins.clone()), |(c, s, o)| {
        figure_table(c, s, o)
    });
    let shared: Vec<&FigureRow> = table.rows.iter().filter(|r| r.documents.len() > 1).collect();
    let mut columns: Vec<usize> = shared.iter().flat_map(|r| r.documents.iter().copied()).collect();
    columns.sort_unstable();
    columns.dedup();
    let alone = table.rows.len() - shared.len();
    let header = columns.iter().map(|&d| {
        let doc = &corpus.documents()[d];
        let date = study.reference_date(d).map_or("undated".to_string(), |d| d.to_string());
        html! {
            <th scope="col" data-doc={doc.id().to_string()}>
                <a href={reader_link(&corpus, d, None)}>{ crate::truncate(&doc.label, 40) }</a>
                <span class="figure-source">{ crate::truncate(&outlet(doc), 40) }</span>
                <span class="figure-date">{ date }</span>
            </th>
        }
    });
    html! {
        <section class="compare-figures" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{ "Figures" }</h2>
            <p>
                { "Each row is one quantity as each document gives it. Two figures that cannot both be \
                   true are flagged as a disagreement, with both sides kept; hedged figures that overlap \
                   are an estimate spread. Documents derived from one article count as one origin." }
            </p>
            <ExportMenu exports={compare_figure_exports(&corpus, &study.0, &table)} />
            if shared.is_empty() {
                <p class="empty">{ "No quantity is given by more than one document." }</p>
            } else {
                <table id="figures">
                    <thead>
                        <tr>
                            <th scope="col">{ "Quantity" }</th>
                            <th scope="col">{ "Sources" }</th>
                            { for header }
                        </tr>
                    </thead>
                    <tbody>
                        for row in shared.iter() {
                            { figure_row(&corpus, &study.0, row, &columns) }
                        }
                    </tbody>
                </table>
            }
            if alone > 0 {
                <p class="figures-alone">
                    { format!("{alone} more quantities are given by one document only; the export lists them.") }
                </p>
            }
        </section>
    }
}

fn figure_row(
    corpus: &Rc<Corpus>,
    study: &newslens_core::study::Study,
    row: &FigureRow,
    columns: &[usize],
) -> Html {
    let conflict = row.agreement == Agreement::Conflict;
    let id = |d: usize| corpus.documents()[d].id().to_string();
    let cells = columns.iter().map(|&d| {
        let figures = row.figures_of(d).map(|(i, figure)| {
            let sentence = study.analyses[d]
                .sentences
                .get(figure.sentence)
                .and_then(|s| corpus.documents()[d].text.get(s.clone()))
                .unwrap_or("");
            let side = row.in_conflict(i).then_some("true");
            html! {
                <li>
                    <a href={reader_link(corpus, d, Some(figure.sentence))} title={sentence.to_string()}
                        class="figure" data-conflict={side}>{ &figure.text }</a>
                </li>
            }
        });
        html! { <td data-doc={id(d)}><ul class="figure-values">{ for figures }</ul></td> }
    });
    let sides = row.conflicts.iter().map(|c| {
        let (a, b) = (&row.figures[c.a], &row.figures[c.b]);
        let label = |d: usize| crate::truncate(&corpus.documents()[d].label, 30);
        html! { <li>{ format!("{} ({}) against {} ({})", a.text, label(a.doc), b.text, label(b.doc)) }</li> }
    });
    let origins = if row.origins == row.documents.len() {
        format!("{} documents", row.documents.len())
    } else {
        format!("{} documents, {} independent origins", row.documents.len(), row.origins)
    };
    let subject = row.subject.as_ref().map(|s| format!(" · {s}")).unwrap_or_default();
    html! {
        <tr data-figure={row.measure.label()} data-agreement={row.agreement.as_str()}
            data-conflict={conflict.then_some("true")}>
            <th scope="row">
                { row.measure.label() }<span class="figure-subject">{ subject }</span>
                if conflict {
                    <p class="figure-conflict">{ "Disagreement:" }</p>
                    <ul class="figure-sides">{ for sides }</ul>
                } else if row.agreement == Agreement::Spread {
                    <p class="figure-spread">{ "Estimate spread" }</p>
                }
            </th>
            <td>{ origins }</td>
            { for cells }
        </tr>
    }
}
