//! A set of byte ranges that answers "does anything here overlap this?" in logarithmic time,
//! so that passes comparing every span with every other (and growing with the square of a
//! document's length) become sweeps.

use std::ops::Range;

/// Ranges sorted by start, with the furthest end reached so far at each position, so an
/// overlap query is two binary searches whatever the ranges (nested, overlapping or not).
///
/// # Example
/// ```
/// use newslens_core::analysis::ranges::RangeSet;
/// let set: RangeSet = [10..20, 0..5, 12..40].into_iter().collect();
/// assert!(set.overlaps(&(4..6)));
/// assert!(set.overlaps(&(30..31)));
/// assert!(!set.overlaps(&(5..10)));
/// ```
#[derive(Debug, Clone, Default)]
pub struct RangeSet {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl FromIterator<Range<usize>> for RangeSet {
    fn from_iter<I: IntoIterator<Item = Range<usize>>>(iter: I) -> RangeSet {
        let mut ranges: Vec<Range<usize>> = iter.into_iter().filter(|r| r.start < r.end).collect();
        sort_ranges(&mut ranges);
        let mut furthest = 0;
        let max_end = ranges
            .iter()
            .map(|r| {
                furthest = furthest.max(r.end);
                furthest
            })
            .collect();
        RangeSet { starts: ranges.iter().map(|r| r.start).collect(), max_end }
    }
}

/// Sorts ranges by start, the longest first among equal starts. One function for every such
/// sort in the engine and search: each sort call site with its own key is another copy of the
/// sort in the wasm (about 5 KB).
pub fn sort_ranges(ranges: &mut [Range<usize>]) {
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
}

impl RangeSet {
    /// Whether any range shares a byte with `range`.
    pub fn overlaps(&self, range: &Range<usize>) -> bool {
        // Only ranges starting before `range` ends can overlap it; one does when the furthest
        // of their ends passes its start.
        let before_end = self.starts.partition_point(|&s| s < range.end);
        before_end > 0 && self.max_end[before_end - 1] > range.start && range.start < range.end
    }

    /// Whether one range holds all of `range`: of the ranges starting by its start, the one
    /// reaching furthest does if any does.
    pub fn covers(&self, range: &Range<usize>) -> bool {
        let by_start = self.starts.partition_point(|&s| s <= range.start);
        by_start > 0 && self.max_end[by_start - 1] >= range.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_agrees_with_a_pairwise_check() {
        let ranges = [3..9, 0..2, 4..5, 20..30, 22..23, 8..12, 40..41];
        let set: RangeSet = ranges.iter().cloned().collect();
        for a in 0..45 {
            for b in a..46 {
                let pairwise = ranges.iter().any(|r| r.start < b && a < r.end);
                assert_eq!(set.overlaps(&(a..b)), pairwise && a < b, "{a}..{b}");
            }
        }
        assert!(!RangeSet::default().overlaps(&(0..10)));
    }

    #[test]
    fn cover_agrees_with_a_pairwise_check() {
        let ranges = [3..9, 0..2, 4..5, 20..30, 22..23, 8..12, 40..41];
        let set: RangeSet = ranges.iter().cloned().collect();
        for a in 0..45 {
            for b in a + 1..46 {
                let pairwise = ranges.iter().any(|r| r.start <= a && b <= r.end);
                assert_eq!(set.covers(&(a..b)), pairwise, "{a}..{b}");
            }
        }
    }
}
