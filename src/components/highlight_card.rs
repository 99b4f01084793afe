//! The card that explains the highlight in focus: what it is, its value, how it was found,
//! and "Copy with citation" for its quotation or sentence.

use newslens_core::analysis::{Quantity, SpanValue};
use newslens_core::explain;
use newslens_core::export::{citation, sentence_at};
use newslens_core::highlight::{Layer, Mark};
use newslens_core::route::{ReaderParams, Route};
use newslens_core::study::Study;
use newslens_core::Corpus;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::components::legend::layer_name;
use crate::hooks::{use_app, use_study};

/// [`HighlightCard`]'s properties.
#[derive(Properties, PartialEq)]
pub struct HighlightCardProps {
    /// The document's index in the corpus.
    pub doc_index: usize,
    /// The highlight in focus, if any.
    pub mark: Option<Mark>,
    /// Closes the card (on a phone it covers the bottom of the screen).
    pub on_close: Callback<()>,
}

/// Details of the focused highlight, or a hint on how to get them.
#[component]
pub fn HighlightCard(props: &HighlightCardProps) -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let Some(mark) = &props.mark else {
        return html! {
            <section id="card" class="card card-empty" aria-live="polite">
                <p>{ "Point at or tab to a highlight to see what it is. Keys: n / p next and previous highlight, N / P next and previous mention of the same entity, Esc closes." }</p>
            </section>
        };
    };
    let doc = &corpus.documents()[props.doc_index];
    let analysis = &study.analyses[props.doc_index];
    let quoted = |r: std::ops::Range<usize>| format!("“{}”", &doc.text[r]);
    let (title, rows): (String, Vec<(&str, Html)>) = match mark.layer {
        Layer::Theme => {
            let themes = corpus.themes();
            let cues = themes.cues_in(&doc.text, analysis, mark.index);
            let rows = analysis.sentence_themes[mark.index]
                .iter()
                .filter_map(|&t| Some((t, themes.get(t)?)))
                .map(|(t, theme)| {
                    let mut words: Vec<String> =
                        cues.iter().filter(|(c, _)| *c == t).map(|(_, r)| quoted(r.clone())).collect();
                    words.dedup();
                    let why = if words.is_empty() {
                        String::new()
                    } else {
                        format!("because of {}", words.join(", "))
                    };
                    (theme.label.as_str(), html! { why })
                })
                .collect();
            ("Themes of this sentence".into(), rows)
        }
        Layer::Hit => ("Search hit".into(), vec![("query", html! { app.reader_params().query })]),
        _ => {
            let span = &analysis.spans[mark.index];
            let mut rows: Vec<(&str, Html)> = Vec::new();
            let title = match &span.value {
                SpanValue::Entity { id } => match study.entity_of(props.doc_index, mark.index) {
                    Some(entity) => {
                        if let Some(role) = explain::role(&doc.text, analysis, *id) {
                            rows.push(("role", html! { <span id="card-role">{ &doc.text[role] }</span> }));
                        }
                        if !entity.aliases.is_empty() {
                            rows.push(("also written", html! { entity.aliases.join(" · ") }));
                        }
                        let per_doc = corpus.documents().iter().enumerate().filter_map(|(d, other)| {
                            let n = entity.mentions_in(d);
                            let params =
                                ReaderParams { entity: Some(entity.id.clone()), ..ReaderParams::default() };
                            let href = Route::Doc { id: other.id().to_string(), params }.to_hash();
                            (n > 0).then(
                                || html! { <li><a {href}>{ format!("{} ({n})", other.label) }</a></li> },
                            )
                        });
                        rows.push(("mentions", html! { <ul class="mentions">{ for per_doc }</ul> }));
                        entity.name.clone()
                    }
                    None => doc.text[span.range.clone()].to_string(),
                },
                SpanValue::Time(time) => {
                    let means = explain::time_value(&time.timex, time.kind);
                    rows.push(("means", html! {
                        <>
                            <span id="card-means">{ means.unwrap_or_else(|| "a time the engine could not put in words".into()) }</span>
                            { " " }<code class="code">{ &time.timex }</code>
                        </>
                    }));
                    if let Some((from, to)) = time.interval {
                        let placed = if from == to { from.to_string() } else { format!("{from} to {to}") };
                        rows.push(("on the calendar", html! { placed }));
                    }
                    let reference = study
                        .reference_date(props.doc_index)
                        .map_or("no date is known for this article, so it is not placed".to_string(), |d| {
                            format!("counted from the article's date, {d}")
                        });
                    rows.push(("how", html! { reference }));
                    quoted(span.range.clone())
                }
                SpanValue::Number(number) => {
                    let value = match number.quantity {
                        Some(Quantity::Single(v)) => v.to_string(),
                        Some(Quantity::Range(a, b)) => format!("{a} to {b}"),
                        None => "vague (no exact value)".to_string(),
                    };
                    rows.push(("value", html! { value }));
                    rows.push(("unit", html! { number.unit.clone().unwrap_or_else(|| "none".into()) }));
                    if let Some(hedge) = &number.hedge {
                        rows.push(("hedge", html! { hedge }));
                    }
                    quoted(span.range.clone())
                }
                SpanValue::Quote(quote) => {
                    rows.push(("words", html! { <q id="card-words">{ doc.text[span.range.clone()].trim_matches(['"', '“', '”']) }</q> }));
                    rows.push((
                        "speaker",
                        html! { <span id="card-speaker">{ quote.speaker.clone().unwrap_or_else(|| "not named in the text".into()) }</span> },
                    ));
                    if let Some(cue) = &quote.cue {
                        rows.push(("attributed by", html! { quoted(cue.clone()) }));
                    }
                    if let Some(speaker) = &quote.speaker {
                        let others =
                            other_quotations(&corpus, &study, speaker, (props.doc_index, mark.index));
                        if !others.is_empty() {
                            rows.push((
                                "also said",
                                html! { <ul class="mentions" id="card-other-quotes">{ for others }</ul> },
                            ));
                        }
                    }
                    "Quotation".into()
                }
            };
            rows.push((
                "found",
                html! {
                    <>
                        <span id="card-rule">{ explain::rule(&span.rule) }</span>
                        { " " }<code class="code">{ span.rule.to_string() }</code>
                    </>
                },
            ));
            (title, rows)
        }
    };
    let copy = citation_for(&corpus, &study, props.doc_index, mark);
    html! {
        <section id="card" class="card" data-label={mark.layer.as_str()} aria-live="polite">
            <button type="button" class="card-close" id="card-close" aria-label="Close"
                    onclick={props.on_close.reform(|_| ())}>{ "×" }</button>
            <p class="card-kind">{ layer_name(mark.layer) }</p>
            <h2>{ title }</h2>
            <dl>
                for (name, value) in rows {
                    <dt>{ name }</dt>
                    <dd>{ value }</dd>
                }
            </dl>
            if let Some((label, text)) = copy {
                <CopyCitation key={text.as_str()} {label} text={text.clone()} />
            }
        </section>
    }
}

/// How many of a speaker's other quotations the card lists.
const OTHER_QUOTATIONS: usize = 5;

/// The other quotations of `speaker` (by the name the analyses give) in the collection, as
/// links to their sentences, the one at `here` (document, span) left out.
fn other_quotations(corpus: &Corpus, study: &Study, speaker: &str, here: (usize, usize)) -> Vec<Html> {
    let mut out = Vec::new();
    for (d, analysis) in study.analyses.iter().enumerate() {
        let doc = &corpus.documents()[d];
        for (i, span) in analysis.spans.iter().enumerate() {
            let SpanValue::Quote(quote) = &span.value else { continue };
            if (d, i) == here || quote.speaker.as_deref() != Some(speaker) {
                continue;
            }
            let params = ReaderParams { sentence: Some(span.sentence), ..ReaderParams::default() };
            let href = Route::Doc { id: doc.id().to_string(), params }.to_hash();
            let words = crate::truncate(doc.text[span.range.clone()].trim_matches(['"', '“', '”']), 90);
            let place =
                if d == here.0 { String::new() } else { format!(" ({})", crate::truncate(&doc.label, 40)) };
            out.push(html! { <li><a {href}>{ format!("“{words}”{place}") }</a></li> });
            if out.len() == OTHER_QUOTATIONS {
                return out;
            }
        }
    }
    out
}

/// What "Copy with citation" copies for `mark` of document `doc`, with its button's label: a
/// quotation with its speaker, else the sentence the mark is in, then outlet, title and date.
pub fn citation_for(
    corpus: &Corpus,
    study: &Study,
    doc: usize,
    mark: &Mark,
) -> Option<(&'static str, String)> {
    let analysis = study.analyses.get(doc)?;
    let sentence = match mark.layer {
        Layer::Theme => Some(mark.index),
        Layer::Hit => sentence_at(analysis, mark.range.start),
        _ => {
            let span = analysis.spans.get(mark.index)?;
            if let SpanValue::Quote(quote) = &span.value {
                let text = citation(corpus, study, doc, span.range.clone(), quote.speaker.as_deref());
                return Some(("Copy quotation with citation", text));
            }
            Some(span.sentence)
        }
    };
    let range = analysis.sentences.get(sentence?)?.clone();
    Some(("Copy sentence with citation", citation(corpus, study, doc, range, None)))
}

#[derive(Properties, PartialEq)]
struct CopyCitationProps {
    label: &'static str,
    text: String,
}

/// A button (`#copy-citation`) that writes `text` to the clipboard and says "Copied", or, when
/// the browser refuses, says so and shows the text selected for copying by hand.
#[component]
fn CopyCitation(props: &CopyCitationProps) -> Html {
    let outcome = use_state(|| None::<Result<(), String>>);
    let onclick = {
        let (outcome, text) = (outcome.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let (outcome, text) = (outcome.clone(), text.clone());
            yew::platform::spawn_local(async move { outcome.set(Some(write_clipboard(&text).await)) });
        })
    };
    let select = Callback::from(|e: FocusEvent| {
        if let Some(area) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            area.select();
        }
    });
    html! {
        <div class="copy-citation">
            <button type="button" class="export" id="copy-citation" {onclick}>{ props.label }</button>
            { match &*outcome {
                None => html! {},
                Some(Ok(())) => html! { <span id="copy-status" role="status">{ " Copied" }</span> },
                Some(Err(why)) => html! {
                    <>
                        <p id="copy-status" role="alert">{ format!("{why}: select the text below and copy it (Ctrl+C or ⌘C).") }</p>
                        <textarea readonly=true rows="4" id="copy-text" onfocus={select} value={props.text.clone()} />
                    </>
                },
            } }
        </div>
    }
}

/// Writes `text` to the clipboard, or says why the browser did not.
async fn write_clipboard(text: &str) -> Result<(), String> {
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    let clipboard = navigator.clipboard();
    if clipboard.is_undefined() {
        return Err("This page has no access to the clipboard".into());
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "The browser refused the clipboard".to_string())
}
