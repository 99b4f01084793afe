//! The legend: one toggle per highlight layer, with its swatch and its count in the document.

use newslens_core::highlight::{Layer, Layers};
use yew::prelude::*;

/// [`Legend`]'s properties.
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The layers shown.
    pub layers: Layers,
    /// Each layer's count in the document, in legend order.
    pub counts: Vec<(Layer, usize)>,
    /// Called with the layer to switch.
    pub on_toggle: Callback<Layer>,
}

/// What each layer is called in the legend.
pub fn layer_name(layer: Layer) -> &'static str {
    match layer {
        Layer::Person => "People",
        Layer::Org => "Organisations",
        Layer::Place => "Places",
        Layer::Group => "Groups",
        Layer::Time => "Dates and times",
        Layer::Number => "Numbers",
        Layer::Quote => "Quotations",
        Layer::Theme => "Themes",
        Layer::Hit => "Search hits",
    }
}

/// Toggle buttons for the layers; a layer that is off shows no marks.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    html! {
        <div class="legend" role="group" aria-label="Highlight layers">
            for (layer, count) in props.counts.iter().copied() {
                <button
                    type="button"
                    class={classes!("layer-toggle", format!("swatch-{}", layer.as_str().to_lowercase()))}
                    data-layer={layer.as_str()}
                    aria-pressed={props.layers.contains(layer).to_string()}
                    onclick={props.on_toggle.reform(move |_| layer)}
                >
                    <span class="swatch" aria-hidden="true"></span>
                    { layer_name(layer) }
                    <span class="count">{ count }</span>
                </button>
            }
        </div>
    }
}
