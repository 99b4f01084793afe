//! A document's title and outlet, editable in the reader: a change is a state action
//! (`SetMetadata`), and every view (the list, search, timeline, exports, citations) shows the
//! documents as the state derives them, so it shows everywhere at once and is kept beside the
//! dates in the store and the workspace file.

use yew::prelude::*;

use crate::hooks::use_app;
use crate::state::MetaEdit;

/// [`MetadataEditor`]'s properties.
#[derive(Properties, PartialEq)]
pub struct MetadataEditorProps {
    /// The document's index among those shown.
    pub index: usize,
}

/// The title and outlet inputs for one document, with a reset when the user changed either.
#[component]
pub fn MetadataEditor(props: &MetadataEditorProps) -> Html {
    let app = use_app();
    let corpus = app.corpus();
    let Some(doc) = corpus.documents().get(props.index) else { return Html::default() };
    let id = doc.id().to_string();
    let edit = app.metadata_edits().get(&id).cloned().unwrap_or_default();
    // One field changed, the other kept as the user left it.
    let change = |field: fn(&mut MetaEdit, Option<String>)| {
        let (app, id, edit) = (app.clone(), id.clone(), edit.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut edit = edit.clone();
            field(&mut edit, Some(input.value()));
            app.set_metadata(&id, edit);
        })
    };
    let on_title = change(|edit, title| edit.title = title);
    let on_outlet = change(|edit, outlet| edit.outlet = outlet);
    let reset = {
        let (app, id) = (app.clone(), id.clone());
        Callback::from(move |_| app.set_metadata(&id, MetaEdit::default()))
    };
    let original = app.original(&id);
    let own = |value: Option<&str>| value.filter(|v| !v.is_empty()).unwrap_or("none").to_string();
    html! {
        <details class="doc-edit metadata-editor" data-doc={id.clone()}>
            <summary>{ "Change the title or outlet" }</summary>
            <p>
                <label for="edit-title">{ "Title " }</label>
                <input id="edit-title" type="text" value={doc.label.clone()} onchange={on_title} />
            </p>
            <p>
                <label for="edit-outlet">{ "Outlet " }</label>
                <input id="edit-outlet" type="text" value={doc.meta.kind.clone()} onchange={on_outlet} />
            </p>
            if edit != MetaEdit::default() {
                <button type="button" id="reset-metadata" onclick={reset}>{ "Reset" }</button>
            }
            <p class="evidence">
                { format!(
                    "As read: title {}, outlet {}. An empty field keeps what was read.",
                    own(original.and_then(|d| d.meta.title.as_deref())),
                    own(original.map(|d| d.meta.kind.as_str())),
                ) }
            </p>
        </details>
    }
}
