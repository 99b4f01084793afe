//! The side pane: the document's entities by type, most mentioned first, and its themes.

use newslens_core::analysis::Label;
use yew::prelude::*;

use crate::hooks::{use_app, use_study};

/// [`EntityPane`]'s properties.
#[derive(Properties, PartialEq)]
pub struct EntityPaneProps {
    /// The document's index in the corpus.
    pub doc_index: usize,
    /// The entity singled out, if any.
    pub selected: Option<String>,
}

/// Entities and themes of the document; clicking an entity singles out its mentions.
#[component]
pub fn EntityPane(props: &EntityPaneProps) -> Html {
    let app = use_app();
    let study = use_study();
    let entities = study.entities_in(props.doc_index);
    let analysis = &study.analyses[props.doc_index];
    let corpus = app.corpus();
    let themes = corpus.themes().list();
    let mut theme_counts = vec![0usize; themes.len()];
    for sentence in &analysis.sentence_themes {
        for &t in sentence {
            theme_counts[t] += 1;
        }
    }
    let groups = [
        (Label::Person, "People"),
        (Label::Org, "Organisations"),
        (Label::Place, "Places"),
        (Label::Group, "Groups"),
    ];
    html! {
        <section class="entity-pane" aria-label="Entities and themes">
            for (label, heading) in groups {
                <h2>{ heading }</h2>
                <ul class="entities">
                    for (entity, count) in entities.iter().filter(|(e, _)| e.label == label) {
                        <li>
                            <button
                                type="button"
                                class={classes!("entity-button", (props.selected.as_deref() == Some(entity.id.as_str())).then_some("selected"))}
                                data-entity={entity.id.clone()}
                                aria-pressed={(props.selected.as_deref() == Some(entity.id.as_str())).to_string()}
                                onclick={
                                    let app = app.clone();
                                    let id = entity.id.clone();
                                    let selected = props.selected.clone();
                                    Callback::from(move |_| {
                                        let mut params = app.reader_params();
                                        params.entity = (selected.as_deref() != Some(id.as_str())).then(|| id.clone());
                                        app.set_reader_params(params);
                                    })
                                }
                            >
                                { &entity.name }<span class="count">{ *count }</span>
                            </button>
                        </li>
                    }
                </ul>
            }
            <h2>{ "Themes" }</h2>
            <ul class="themes">
                for (theme, count) in themes.iter().zip(theme_counts).filter(|(_, n)| *n > 0) {
                    <li data-theme={theme.id.clone()}>{ &theme.label }<span class="count">{ count }</span></li>
                }
            </ul>
        </section>
    }
}
