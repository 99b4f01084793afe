//! The app's URL state: a location hash such as
//! `#/doc/001_fd0447f87cd5aaab?layers=PERSON,QUOTE&entity=person:kim-jong-un`, parsed into a
//! [`Route`] and written back, so that every view can be linked, shared and reached with
//! back and forward.

use crate::corpus::Date;
use crate::highlight::Layers;
use crate::search::Filter;

/// How the reader shows a document: its layers, a search to mark, an entity to single out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReaderParams {
    /// The highlight layers shown (`layers=`; [`Layers::CALM`] when absent).
    pub layers: Layers,
    /// Words to mark as search hits (`q=`).
    pub query: String,
    /// An entity whose mentions stand out (`entity=`).
    pub entity: Option<String>,
    /// A sentence (index in the document's analysis) to bring into view (`s=`).
    pub sentence: Option<usize>,
}

/// What the timeline shows: the search that restricts its events, its lanes and its window.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineParams {
    /// The query and filters that restrict the events (`q=`, `f=`).
    pub search: SearchParams,
    /// Lanes by theme instead of by document (`lanes=theme`).
    pub by_theme: bool,
    /// The window shown (`from=`, `to=`), the whole timeline when absent.
    pub window: Option<(Date, Date)>,
}

/// What the search view shows: a query and the facet filters on (`f=`, repeated).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchParams {
    /// The query as typed (`q=`).
    pub query: String,
    /// The facet filters on, in the order they were switched on (`f=doc:<id>`, ...); the
    /// address's filters that do not parse are dropped.
    pub filters: Vec<Filter>,
}

/// A view of the app, as named by the location hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no hash: the first document.
    Home,
    /// `#/doc/<id>?...`: one document in the reader. The id may name no document; the view
    /// says so.
    Doc {
        /// The document id, percent-decoded.
        id: String,
        /// How to show it.
        params: ReaderParams,
    },
    /// `#/search?q=...&f=...`: search results and facets.
    Search(SearchParams),
    /// `#/timeline?...`: the events on a time axis.
    Timeline(TimelineParams),
    /// `#/compare`: every document beside the others (figures, quotations, rewrites,
    /// coverage); `#/compare/<a>/<b>`: two documents side by side, sentences aligned.
    Compare {
        /// The two documents diffed, percent-decoded; either may name no document.
        pair: Option<(String, String)>,
    },
    /// Any other hash, kept so the page can say what it did not understand.
    NotFound {
        /// The hash as given, without `#`.
        path: String,
    },
}

impl Route {
    /// Parses a location hash, with or without its leading `#`. Never fails: what it does not
    /// understand becomes [`Route::NotFound`].
    ///
    /// # Example
    /// ```
    /// use newslens_core::route::Route;
    /// assert_eq!(Route::parse("#/doc/001_abc"), Route::doc("001_abc"));
    /// assert_eq!(Route::parse(""), Route::Home);
    /// ```
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let trimmed = path.trim_start_matches('/');
        let (path_part, query) = trimmed.split_once('?').unwrap_or((trimmed, ""));
        let segments: Vec<&str> = path_part.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["doc", id] => Route::Doc { id: percent_decode(id), params: ReaderParams::parse(query) },
            ["search"] => Route::Search(SearchParams::parse(query)),
            ["timeline"] => Route::Timeline(TimelineParams::parse(query)),
            ["compare"] => Route::Compare { pair: None },
            ["compare", a, b] => Route::Compare { pair: Some((percent_decode(a), percent_decode(b))) },
            _ => Route::NotFound { path: path.to_string() },
        }
    }

    /// A document in the reader with default parameters.
    pub fn doc(id: impl Into<String>) -> Route {
        Route::Doc { id: id.into(), params: ReaderParams::default() }
    }

    /// The hash that names this route, with its leading `#`.
    ///
    /// # Example
    /// ```
    /// use newslens_core::route::Route;
    /// let route = Route::doc("a b");
    /// assert_eq!(route.to_hash(), "#/doc/a%20b");
    /// assert_eq!(Route::parse(&route.to_hash()), route);
    /// ```
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Doc { id, params } => format!("#/doc/{}{}", percent_encode(id), params.to_query()),
            Route::Search(params) => format!("#/search{}", params.to_query()),
            Route::Timeline(params) => format!("#/timeline{}", params.to_query()),
            Route::Compare { pair: None } => "#/compare".to_string(),
            Route::Compare { pair: Some((a, b)) } => {
                format!("#/compare/{}/{}", percent_encode(a), percent_encode(b))
            }
            Route::NotFound { path } => format!("#{path}"),
        }
    }
}

impl ReaderParams {
    /// Reads `layers=...&q=...&entity=...`; unknown keys are ignored.
    fn parse(query: &str) -> ReaderParams {
        let mut params = ReaderParams::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "layers" => params.layers = Layers::from_param(&value),
                "q" => params.query = value,
                "entity" if !value.is_empty() => params.entity = Some(value),
                "s" => params.sentence = value.parse().ok(),
                _ => {}
            }
        }
        params
    }

    /// `?layers=...&q=...&entity=...` with only what differs from the default, or nothing.
    fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if self.layers != Layers::default() {
            pairs.push(format!("layers={}", percent_encode(&self.layers.to_param())));
        }
        if !self.query.is_empty() {
            pairs.push(format!("q={}", percent_encode(&self.query)));
        }
        if let Some(entity) = &self.entity {
            pairs.push(format!("entity={}", percent_encode(entity)));
        }
        if let Some(sentence) = self.sentence {
            pairs.push(format!("s={sentence}"));
        }
        query_string(pairs)
    }
}

impl SearchParams {
    fn parse(query: &str) -> SearchParams {
        let mut params = SearchParams::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "q" => params.query = percent_decode(value),
                "f" => params.filters.extend(Filter::parse(&percent_decode(value))),
                _ => {}
            }
        }
        params
    }

    fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if !self.query.is_empty() {
            pairs.push(format!("q={}", percent_encode(&self.query)));
        }
        pairs.extend(self.filters.iter().map(|f| format!("f={}", percent_encode(&f.to_string()))));
        query_string(pairs)
    }

    /// The same search with `filter` switched on or off.
    pub fn toggled(&self, filter: &Filter) -> SearchParams {
        let mut params = self.clone();
        match params.filters.iter().position(|f| f == filter) {
            Some(i) => {
                params.filters.remove(i);
            }
            None => params.filters.push(filter.clone()),
        }
        params
    }
}

impl TimelineParams {
    fn parse(query: &str) -> TimelineParams {
        let search = SearchParams::parse(query);
        let mut params = TimelineParams { search, ..TimelineParams::default() };
        let (mut from, mut to) = (None, None);
        for pair in query.split('&') {
            match pair.split_once('=').unwrap_or((pair, "")) {
                ("lanes", "theme") => params.by_theme = true,
                ("from", value) => from = crate::corpus::parse_iso_date(value),
                ("to", value) => to = crate::corpus::parse_iso_date(value),
                _ => {}
            }
        }
        params.window = from.zip(to).filter(|(a, b)| a < b);
        params
    }

    fn to_query(&self) -> String {
        let search = self.search.to_query();
        let mut pairs: Vec<String> =
            search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(String::from).collect();
        if self.by_theme {
            pairs.push("lanes=theme".into());
        }
        if let Some((from, to)) = self.window {
            pairs.push(format!("from={from}"));
            pairs.push(format!("to={to}"));
        }
        query_string(pairs)
    }
}

fn query_string(pairs: Vec<String>) -> String {
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Escapes everything but unreserved URL characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for byte in s.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b',' | b':') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes `%XX` escapes; a malformed escape or invalid UTF-8 is kept as it stands.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| s.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_table() {
        let table: &[(&str, Route)] = &[
            ("", Route::Home),
            ("#", Route::Home),
            ("#/", Route::Home),
            ("#/doc/x", Route::doc("x")),
            ("#doc/x/", Route::doc("x")),
            ("#/doc/%3Cb%3E", Route::doc("<b>")),
            ("#/doc/%zz", Route::doc("%zz")),
            ("#/doc/%FF", Route::doc("%FF")),
            ("#/doc", Route::NotFound { path: "/doc".into() }),
            ("#/elsewhere", Route::NotFound { path: "/elsewhere".into() }),
        ];
        for (hash, expected) in table {
            assert_eq!(&Route::parse(hash), expected, "hash: {hash:?}");
        }
    }

    #[test]
    fn reader_params_round_trip_and_default_to_nothing() {
        use crate::highlight::Layer;
        let params = ReaderParams {
            layers: Layers::ALL.toggled(Layer::Theme),
            query: "troops & more".into(),
            entity: Some("person:kim-jong-un".into()),
            sentence: None,
        };
        let route = Route::Doc { id: "001".into(), params };
        let hash = route.to_hash();
        assert_eq!(
            hash,
            "#/doc/001?layers=PERSON,ORG,PLACE,GROUP,TIME,NUMBER,QUOTE,HIT&q=troops%20%26%20more&entity=person:kim-jong-un"
        );
        assert_eq!(Route::parse(&hash), route);
        assert_eq!(Route::doc("001").to_hash(), "#/doc/001");
        assert_eq!(
            Route::parse("#/doc/001?layers=&bogus=1"),
            Route::Doc {
                id: "001".into(),
                params: ReaderParams { layers: Layers::NONE, ..ReaderParams::default() }
            }
        );
    }

    #[test]
    fn search_params_round_trip() {
        use crate::analysis::Label;
        let route = Route::Search(SearchParams {
            query: "person:\"Kim Jong Un\" theme:money".into(),
            filters: vec![Filter::Label(Label::Quote), Filter::Entity("person:kim-jong-un".into())],
        });
        let hash = route.to_hash();
        assert_eq!(
            hash,
            "#/search?q=person:%22Kim%20Jong%20Un%22%20theme:money&f=label:QUOTE&f=entity:person:kim-jong-un"
        );
        assert_eq!(Route::parse(&hash), route);
        assert_eq!(Route::parse("#/search"), Route::Search(SearchParams::default()));
        let Route::Search(params) = route else { unreachable!() };
        assert_eq!(
            params.toggled(&Filter::Label(Label::Quote)).filters,
            [Filter::Entity("person:kim-jong-un".into())]
        );
        assert_eq!(params.toggled(&Filter::Doc("001".into())).filters.len(), 3);
        let unknown = Route::parse("#/search?q=a&f=colour:red&f=label:NOPE&f=&f=theme:money");
        assert_eq!(
            unknown,
            Route::Search(SearchParams { query: "a".into(), filters: vec![Filter::Theme("money".into())] })
        );
    }

    #[test]
    fn timeline_params_round_trip() {
        let route = Route::Timeline(TimelineParams {
            search: SearchParams { query: "Kim".into(), filters: vec![Filter::Theme("money".into())] },
            by_theme: true,
            window: Some((Date::constant(2024, 5, 1), Date::constant(2024, 11, 30))),
        });
        let hash = route.to_hash();
        assert_eq!(hash, "#/timeline?q=Kim&f=theme:money&lanes=theme&from=2024-05-01&to=2024-11-30");
        assert_eq!(Route::parse(&hash), route);
        assert_eq!(
            Route::parse("#/timeline?from=2024-12-01&to=2024-01-01"),
            Route::Timeline(TimelineParams::default())
        );
    }

    #[test]
    fn compare_routes_round_trip() {
        let pair = |a: &str, b: &str| Route::Compare { pair: Some((a.into(), b.into())) };
        let table: &[(&str, Route)] = &[
            ("#/compare", Route::Compare { pair: None }),
            ("#/compare/", Route::Compare { pair: None }),
            ("#/compare/001_a/002_b", pair("001_a", "002_b")),
            ("#/compare/a%2Fb/%3Cc%3E", pair("a/b", "<c>")),
            ("#/compare/001_a", Route::NotFound { path: "/compare/001_a".into() }),
            ("#/compare/a/b/c", Route::NotFound { path: "/compare/a/b/c".into() }),
        ];
        for (hash, expected) in table {
            assert_eq!(&Route::parse(hash), expected, "hash: {hash:?}");
        }
        for route in [Route::Compare { pair: None }, pair("001_fd0447f87cd5aaab", "with space/ünï")] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
        assert_eq!(pair("a b", "c").to_hash(), "#/compare/a%20b/c");
    }

    #[test]
    fn hashes_round_trip() {
        for id in ["001_fd0447f87cd5aaab", "with space", "ünïcode/slash", "%41"] {
            let route = Route::doc(id);
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }
}
