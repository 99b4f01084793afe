//! A document's reference date, editable, with the manifest's confidence and evidence: a
//! change re-resolves every view at once.

use newslens_core::corpus::parse_iso_date;
use yew::prelude::*;

use crate::hooks::{use_app, use_study};

/// [`ReferenceEditor`]'s properties.
#[derive(Properties, PartialEq)]
pub struct ReferenceEditorProps {
    /// The document's index.
    pub index: usize,
}

/// The date input for one document, with a reset when it differs from the manifest's.
#[component]
pub fn ReferenceEditor(props: &ReferenceEditorProps) -> Html {
    let app = use_app();
    let study = use_study();
    let corpus = app.corpus();
    let doc = &corpus.documents()[props.index];
    let current = study.reference_date(props.index);
    let onchange = {
        let app = app.clone();
        let index = props.index;
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            app.set_reference_date(index, parse_iso_date(&input.value()));
        })
    };
    let original = doc.meta.reference_date;
    let reset = {
        let index = props.index;
        Callback::from(move |_| app.set_reference_date(index, original))
    };
    let input_id = format!("ref-{}", doc.id());
    let manifest = original.map_or("none".to_string(), |d| d.to_string());
    html! {
        <div class="reference" data-doc={doc.id().to_string()}>
            <label for={input_id.clone()}>{ crate::truncate(&doc.label, 48) }</label>
            <input id={input_id} type="date" data-ref-doc={doc.id().to_string()}
                   value={current.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
            if current != original {
                <button type="button" class="zoom" onclick={reset}>{ "Reset" }</button>
            }
            <p class="evidence">
                { format!("Manifest: {manifest} ({} confidence). {}", doc.meta.date_confidence.as_str(), doc.meta.date_evidence) }
            </p>
        </div>
    }
}
