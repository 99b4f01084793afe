//! What a search view shows for the address's [`SearchParams`]: the parsed query or its error,
//! the results and the facets, computed in one place for the search view and the timeline.

use super::query::{parse_as_typed, Query, QueryError};
use super::{Facets, Postings, SearchIndex};
use crate::route::SearchParams;

/// The outcome of running a search.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchOutcome {
    /// The query the results are for: the typed one, or the fallback when it does not parse.
    pub query: Option<Query>,
    /// Why the typed query does not parse, if it does not.
    pub error: Option<QueryError>,
    /// Whether anything restricts the sentences (a query or a filter); without, no results.
    pub searching: bool,
    /// The matching sentences, ascending.
    pub results: Postings,
    /// Facet counts over the results, or over every sentence when not searching.
    pub facets: Facets,
}

impl SearchParams {
    /// Parses the query as typed ([`parse_as_typed`]: its open last word is also a prefix) and
    /// runs it with the filters. A query that does not parse gives its
    /// error and runs `fallback` instead (the last query that parsed), so a typo does not
    /// empty the page.
    ///
    /// # Example
    /// ```
    /// use newslens_core::route::SearchParams;
    /// use newslens_core::search::SearchIndex;
    /// use newslens_core::{study::Study, Corpus, DocMeta, Document};
    /// let (corpus, _) = Corpus::new([Document::new(DocMeta::plain("a", None), "Troops moved.")]);
    /// let index = SearchIndex::new(&corpus, &Study::new(&corpus, |_| None));
    /// let params = SearchParams { query: "troops".into(), filters: vec![] };
    /// assert_eq!(params.run(&index, None).results, [0]);
    /// let broken = SearchParams { query: "(troops".into(), filters: vec![] };
    /// let outcome = broken.run(&index, None);
    /// assert_eq!(outcome.error.unwrap().message, "this parenthesis is never closed");
    /// assert!(outcome.results.is_empty());
    /// ```
    pub fn run(&self, index: &SearchIndex, fallback: Option<&Query>) -> SearchOutcome {
        let mut outcome = self.matches(index, fallback);
        outcome.facets = if outcome.searching {
            index.facets(&outcome.results)
        } else {
            index.facets(&index.search(None, &[]))
        };
        outcome
    }

    /// [`SearchParams::run`] without the facets (left empty), for views that only restrict
    /// themselves to the results, such as the timeline.
    pub fn matches(&self, index: &SearchIndex, fallback: Option<&Query>) -> SearchOutcome {
        let (query, error) = match parse_as_typed(&self.query) {
            Ok(query) => (query, None),
            Err(error) => (fallback.cloned(), Some(error)),
        };
        let searching = query.is_some() || !self.filters.is_empty();
        let results = if searching { index.search(query.as_ref(), &self.filters) } else { Vec::new() };
        SearchOutcome { query, error, searching, results, facets: Facets::default() }
    }
}

impl SearchOutcome {
    /// How many results, in words: "1 sentence in 1 document", "12 sentences in 3 documents".
    ///
    /// # Example
    /// ```
    /// use newslens_core::search::SearchOutcome;
    /// assert_eq!(SearchOutcome::default().summary(), "no sentence");
    /// ```
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
        match (self.results.len(), self.facets.docs.len()) {
            (0, _) => "no sentence".to_string(),
            (sentences, docs) => format!("{} in {}", plural(sentences, "sentence"), plural(docs, "document")),
        }
    }

    /// The results as (document, sentence) pairs, for restricting other views to them.
    pub fn sentences(&self, index: &SearchIndex) -> Vec<(usize, usize)> {
        self.results
            .iter()
            .map(|&id| (index.entries[id as usize].doc, index.entries[id as usize].sentence))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_table() {
        let outcome = |results: usize, docs: usize| SearchOutcome {
            results: (0..results as u32).collect(),
            facets: Facets { docs: (0..docs).map(|d| (d, 1)).collect(), ..Facets::default() },
            ..SearchOutcome::default()
        };
        let table = [
            (0, 0, "no sentence"),
            (1, 1, "1 sentence in 1 document"),
            (2, 1, "2 sentences in 1 document"),
            (12, 3, "12 sentences in 3 documents"),
        ];
        for (results, docs, expected) in table {
            assert_eq!(outcome(results, docs).summary(), expected);
        }
    }
}
