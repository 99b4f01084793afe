//! `QuoteLedger`: the quotation ledger of the Compare view, by speaker, each quotation once
//! (`[data-quote-group]`) with every document that carries it (`data-doc`, `data-variant`)
//! and its word diff against the earliest carrier; then, per two documents of one origin
//! (`[data-quote-pair="A|B"]`), what the rewrite dropped or changed. Matching is the core's
//! [`quote_ledger`].

use std::rc::Rc;

use newslens_core::compare::quotes::{
    quote_ledger, Carrier, PairChanges, QuoteGroup, QuoteLedger as Ledger, WordChange,
};
use newslens_core::Corpus;
use yew::prelude::*;

use crate::components::export_menu::{compare_quote_exports, ExportMenu};
use crate::hooks::{use_app, use_study};
use crate::pages::compare::reader_link;
use crate::state::Shared;

/// [`QuoteLedger`]'s properties.
#[derive(Properties, PartialEq)]
pub struct QuoteLedgerProps {
    /// Each document's independent origin (`compare::origins`), by document index.
    pub origins: Rc<Vec<usize>>,
}

/// A speaker (`None`: no speaker named) and their quotations with their indices in the ledger.
type Speaker<'l> = (Option<&'l str>, Vec<(usize, &'l QuoteGroup)>);

/// Who said what, where, and whether it was changed.
#[component]
pub fn QuoteLedger(props: &QuoteLedgerProps) -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let ledger = use_memo((Shared(corpus.clone()), study.clone(), props.origins.clone()), |(c, s, o)| {
        quote_ledger(c, s, o)
    });
    // Speakers in the ledger's order, each with its quotations.
    let mut speakers: Vec<Speaker> = Vec::new();
    for (g, group) in ledger.groups.iter().enumerate() {
        match speakers.last_mut() {
            Some((speaker, groups)) if *speaker == group.speaker.as_deref() => groups.push((g, group)),
            _ => speakers.push((group.speaker.as_deref(), vec![(g, group)])),
        }
    }
    let speakers = speakers.into_iter().map(|(speaker, groups)| {
        html! {
            <li class="quote-speaker">
                <h3>{ speaker.unwrap_or("No speaker named") }</h3>
                <ul>{ for groups.into_iter().map(|(g, group)| quote_group(&corpus, g, group)) }</ul>
            </li>
        }
    });
    html! {
        <section class="compare-quotes" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{ "Quotations" }</h2>
            <p>
                { "Each quotation once, by speaker, with every document that carries it. A copy is \
                   compared with the earliest document's: exact, trimmed at its ends, or altered (words \
                   struck out were dropped, underlined ones added), and flagged when it names another speaker." }
            </p>
            <ExportMenu exports={compare_quote_exports(&corpus, &study.0, &ledger)} />
            <ul id="quote-ledger">{ for speakers }</ul>
            { rewrites(&corpus, &ledger) }
        </section>
    }
}

fn diff_html(diff: &[WordChange]) -> Html {
    let words = diff.iter().map(|change| match change {
        WordChange::Same(w) => html! { <span>{ format!("{w} ") }</span> },
        WordChange::Dropped(w) => html! { <><del>{ w.clone() }</del>{ " " }</> },
        WordChange::Added(w) => html! { <><ins>{ w.clone() }</ins>{ " " }</> },
    });
    html! { <span class="word-diff">{ for words }</span> }
}

fn carrier(corpus: &Rc<Corpus>, first: &Carrier, c: &Carrier) -> Html {
    let doc = &corpus.documents()[c.doc];
    let speaker = match (&c.speaker, c.other_speaker) {
        (Some(s), true) => format!(" · attributed to {s}, not {}", first.speaker.as_deref().unwrap_or("")),
        _ => String::new(),
    };
    html! {
        <li data-doc={doc.id().to_string()} data-variant={c.variant.as_str()}
            data-other-speaker={c.other_speaker.then_some("true")}>
            <a href={reader_link(corpus, c.doc, Some(c.sentence))} title={c.text.clone()}>
                { crate::truncate(&doc.label, 50) }
            </a>
            <span class="quote-variant">{ format!(" · {}{speaker}", c.variant.as_str()) }</span>
            if !c.diff.is_empty() {
                { diff_html(&c.diff) }
            }
        </li>
    }
}

fn quote_group(corpus: &Rc<Corpus>, g: usize, group: &QuoteGroup) -> Html {
    let first = &group.carriers[0];
    let carriers = group.carriers.iter().map(|c| carrier(corpus, first, c));
    html! {
        <li data-quote-group={g.to_string()} data-documents={group.documents().to_string()}
            data-origins={group.origins.to_string()}>
            <blockquote>{ &first.text }</blockquote>
            <p class="quote-carried">
                { format!("{} documents, {} independent origins", group.documents(), group.origins) }
            </p>
            <ul class="quote-carriers">{ for carriers }</ul>
        </li>
    }
}

fn rewrites(corpus: &Rc<Corpus>, ledger: &Ledger) -> Html {
    if ledger.pairs.is_empty() {
        return html! {};
    }
    let pair = |p: &PairChanges| {
        let (a, b) = (&corpus.documents()[p.a], &corpus.documents()[p.b]);
        let changes = p.changes.iter().map(|change| {
            let group = &ledger.groups[change.group];
            let from = &group.carriers[change.from];
            let what = match (change.to, change.variant, change.other_speaker) {
                (None, _, _) => "dropped".to_string(),
                (Some(_), Some(v), false) => v.as_str().to_string(),
                (Some(_), Some(v), true) => format!("{}, another speaker", v.as_str()),
                (Some(_), None, _) => "another speaker".to_string(),
            };
            let kind = if change.to.is_none() { "dropped" } else { change.variant.map_or("other-speaker", |v| v.as_str()) };
            html! {
                <li data-change={kind}>
                    <a href={reader_link(corpus, p.a, Some(from.sentence))}>{ crate::truncate(&from.text, 80) }</a>
                    <span class="quote-variant">{ format!(" · {what}") }</span>
                    if !change.diff.is_empty() {
                        { diff_html(&change.diff) }
                    }
                </li>
            }
        });
        html! {
            <li data-quote-pair={format!("{}|{}", a.id(), b.id())}>
                <h4>{ format!("{} → {}", crate::truncate(&a.label, 40), crate::truncate(&b.label, 40)) }</h4>
                <ul>{ for changes }</ul>
            </li>
        }
    };
    html! {
        <>
            <h3>{ "What rewrites did to their source's quotations" }</h3>
            <ul id="quote-rewrites">{ for ledger.pairs.iter().map(pair) }</ul>
        </>
    }
}
