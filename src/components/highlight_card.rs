//! The card that explains the highlight in focus: what it is, its value, how it was found,
//! and "Copy with citation" for its quotation or sentence.

use newslens_core::analysis::{Quantity, SpanValue};
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
            let names: Vec<&str> = analysis.sentence_themes[mark.index]
                .iter()
                .filter_map(|&t| themes.get(t))
                .map(|t| t.label.as_str())
                .collect();
            ("Themes of this sentence".into(), vec![("themes", html! { names.join(", ") })])
        }
        Layer::Hit => ("Search hit".into(), vec![("query", html! { app.reader_params().query })]),
        _ => {
            let span = &analysis.spans[mark.index];
            let mut rows: Vec<(&str, Html)> = Vec::new();
            let title = match &span.value {
                SpanValue::Entity { .. } => match study.entity_of(props.doc_index, mark.index) {
                    Some(entity) => {
                        rows.push(("also written", html! { entity.aliases.join(" · ") }));
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
                    rows.push(("value", html! { &time.timex }));
                    rows.push(("kind", html! { format!("{:?}", time.kind).to_lowercase() }));
                    if let (Some((from, to)), Some(precision)) = (time.interval, time.precision) {
                        rows.push(("placed", html! { format!("{from} to {to} ({} precision)", format!("{precision:?}").to_lowercase()) }));
                    }
                    let reference = study
                        .reference_date(props.doc_index)
                        .map_or("none (parts stay X)".to_string(), |d| d.to_string());
                    rows.push(("resolved against", html! { reference }));
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
                    rows.push((
                        "speaker",
                        html! { quote.speaker.clone().unwrap_or_else(|| "not named".into()) },
                    ));
                    if let Some(cue) = &quote.cue {
                        rows.push(("attributed by", html! { quoted(cue.clone()) }));
                    }
                    "Quotation".into()
                }
            };
            rows.push(("found by", html! { <code>{ span.rule.to_string() }</code> }));
            (title, rows)
        }
    };
    let copy = citation_for(&corpus, &study, props.doc_index, mark);
    html! {
        <section id="card" class="card" data-label={mark.layer.as_str()} aria-live="polite">
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
