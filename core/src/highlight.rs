//! Highlights: the layers a reader can show (entities, dates, numbers, quotations, themes,
//! search hits) and the nesting of their marks over a text.
//!
//! Marks may overlap in any way: a person inside a quotation, a TIME inside a NUMBER, a search
//! hit across an entity's edge. [`nest`] turns them into a tree in which every mark is properly
//! nested, splitting a mark that crosses another's edge into pieces, so that the text of the
//! leaves, read in order, is the text itself: nothing lost, nothing repeated.

use std::ops::Range;

use crate::analysis::{Analysis, Label};

/// A highlight layer, one per label plus themes and search hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    /// PERSON spans.
    Person,
    /// ORG spans.
    Org,
    /// PLACE spans.
    Place,
    /// GROUP spans.
    Group,
    /// TIME spans.
    Time,
    /// NUMBER spans.
    Number,
    /// QUOTE spans.
    Quote,
    /// Sentences with a theme.
    Theme,
    /// Search hits.
    Hit,
}

impl Layer {
    /// Every layer, in legend order.
    pub const ALL: [Layer; 9] = [
        Layer::Person,
        Layer::Org,
        Layer::Place,
        Layer::Group,
        Layer::Time,
        Layer::Number,
        Layer::Quote,
        Layer::Theme,
        Layer::Hit,
    ];

    /// The name used in `data-label` and URLs: `PERSON`, ..., `THEME`, `HIT`.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Theme => "THEME",
            Layer::Hit => "HIT",
            other => other.label().map_or("", Label::as_str),
        }
    }

    /// Reads a name, ignoring case.
    pub fn parse(s: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// The analysis label this layer shows, if it shows one.
    pub fn label(self) -> Option<Label> {
        match self {
            Layer::Person => Some(Label::Person),
            Layer::Org => Some(Label::Org),
            Layer::Place => Some(Label::Place),
            Layer::Group => Some(Label::Group),
            Layer::Time => Some(Label::Time),
            Layer::Number => Some(Label::Number),
            Layer::Quote => Some(Label::Quote),
            Layer::Theme | Layer::Hit => None,
        }
    }

    /// The layer of an analysis label.
    pub fn of_label(label: Label) -> Layer {
        match label {
            Label::Person => Layer::Person,
            Label::Org => Layer::Org,
            Label::Place => Layer::Place,
            Label::Group => Layer::Group,
            Label::Time => Layer::Time,
            Label::Number => Layer::Number,
            Label::Quote => Layer::Quote,
        }
    }

    /// Outer layers enclose inner ones when two marks start together: a theme's sentence
    /// holds a quotation, which holds a number, which holds a date ("$2,000 a month"), which
    /// holds names; a search hit is innermost.
    fn depth(self) -> u8 {
        match self {
            Layer::Theme => 0,
            Layer::Quote => 1,
            Layer::Number => 2,
            Layer::Time => 3,
            Layer::Person | Layer::Org | Layer::Place | Layer::Group => 4,
            Layer::Hit => 5,
        }
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of layers: which the reader shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Layers(u16);

impl Default for Layers {
    /// The calm set, [`Layers::CALM`].
    fn default() -> Layers {
        Layers::CALM
    }
}

impl Layers {
    /// Every layer.
    pub const ALL: Layers = Layers((1 << Layer::ALL.len()) - 1);
    /// No layer.
    pub const NONE: Layers = Layers(0);
    /// What a reader sees first: who (people, organisations), what they said and when, plus
    /// search hits. Places, groups, numbers and themes are a click away: all eight at once
    /// mark most words of an article.
    pub const CALM: Layers = Layers(
        Layer::Person.bit() | Layer::Org.bit() | Layer::Time.bit() | Layer::Quote.bit() | Layer::Hit.bit(),
    );

    /// Whether `layer` is on.
    pub fn contains(self, layer: Layer) -> bool {
        self.0 & layer.bit() != 0
    }

    /// The set with `layer` switched.
    pub fn toggled(self, layer: Layer) -> Layers {
        Layers(self.0 ^ layer.bit())
    }

    /// The layers that are on, in legend order.
    pub fn iter(self) -> impl Iterator<Item = Layer> {
        Layer::ALL.into_iter().filter(move |l| self.contains(*l))
    }

    /// Comma-separated names: `PERSON,ORG`.
    ///
    /// # Example
    /// ```
    /// use newslens_core::highlight::{Layer, Layers};
    /// let layers = Layers::NONE.toggled(Layer::Person).toggled(Layer::Time);
    /// assert_eq!(layers.to_param(), "PERSON,TIME");
    /// assert_eq!(Layers::from_param("time, person, nonsense"), layers);
    /// ```
    pub fn to_param(self) -> String {
        self.iter().map(Layer::as_str).collect::<Vec<_>>().join(",")
    }

    /// Reads comma-separated names; unknown names are ignored.
    pub fn from_param(param: &str) -> Layers {
        param.split(',').filter_map(Layer::parse).fold(Layers::NONE, |set, l| set | l)
    }
}

impl std::ops::BitOr<Layer> for Layers {
    type Output = Layers;
    fn bitor(self, layer: Layer) -> Layers {
        Layers(self.0 | layer.bit())
    }
}

/// A mark to draw: its layer and range, and an index the caller uses to find what it marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The layer.
    pub layer: Layer,
    /// Byte range in the text.
    pub range: Range<usize>,
    /// The caller's index: a span, a sentence or a hit.
    pub index: usize,
}

/// A node of the nested marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// Plain text.
    Text(Range<usize>),
    /// A mark (or a piece of a mark split at another's edge) and what it encloses.
    Mark {
        /// Index into the marks given to [`nest`].
        mark: usize,
        /// The piece's range.
        range: Range<usize>,
        /// Whether this is the mark's first piece (where a reader focuses it).
        first: bool,
        /// What it encloses.
        children: Vec<Node>,
    },
}

/// Nests `marks` over `range` of a text. Marks outside the range are ignored and marks
/// reaching beyond it are clipped; empty marks are dropped.
///
/// # Example
/// ```
/// use newslens_core::highlight::{nest, Layer, Mark, Node};
/// // "Kim said hi": a quotation "Kim said" crossed by a hit "said hi".
/// let marks = vec![
///     Mark { layer: Layer::Quote, range: 0..8, index: 0 },
///     Mark { layer: Layer::Hit, range: 4..11, index: 0 },
/// ];
/// let tree = nest(0..11, &marks);
/// // The hit is split: its first piece inside the quotation, the rest after it.
/// assert!(matches!(&tree[1], Node::Mark { mark: 1, range, first: false, .. } if *range == (8..11)));
/// ```
pub fn nest(range: Range<usize>, marks: &[Mark]) -> Vec<Node> {
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| {
            let r = &marks[i].range;
            r.start < r.end && r.start < range.end && range.start < r.end
        })
        .collect();
    order.sort_by_key(|&i| {
        let m = &marks[i];
        (m.range.start.max(range.start), std::cmp::Reverse(m.range.end.min(range.end)), m.layer.depth(), i)
    });
    let clipped = |i: usize| marks[i].range.start.max(range.start)..marks[i].range.end.min(range.end);
    let mut boundaries: Vec<usize> = vec![range.start, range.end];
    for &i in &order {
        let r = clipped(i);
        boundaries.extend([r.start, r.end]);
    }
    boundaries.sort_unstable();
    boundaries.dedup();

    // Walk the elementary segments, keeping a stack of open marks. A mark that must close
    // while a later-opened one is still active closes that one too; it reopens as a new piece.
    let mut root: Vec<Node> = Vec::new();
    let mut stack: Vec<(usize, Vec<Node>, usize)> = Vec::new(); // (mark, children, piece start)
    let mut started = vec![false; marks.len()];
    for window in boundaries.windows(2) {
        let (a, b) = (window[0], window[1]);
        let active = |i: usize| {
            let r = clipped(i);
            r.start <= a && b <= r.end
        };
        // Close from the first open mark that is no longer active.
        if let Some(cut) = stack.iter().position(|(i, _, _)| !active(*i)) {
            let mut reopen = Vec::new();
            while stack.len() > cut {
                let (i, children, start) = stack.pop().expect("stack is longer than cut");
                let node = Node::Mark { mark: i, range: start..a, first: !started[i], children };
                started[i] = true;
                push(&mut stack, &mut root, node);
                if active(i) {
                    reopen.push(i);
                }
            }
            for i in reopen.into_iter().rev() {
                stack.push((i, Vec::new(), a));
            }
        }
        // Open the marks active here that are not open yet, outermost first.
        for &i in &order {
            if active(i) && !stack.iter().any(|(j, _, _)| *j == i) {
                stack.push((i, Vec::new(), a));
            }
        }
        push(&mut stack, &mut root, Node::Text(a..b));
    }
    while let Some((i, children, start)) = stack.pop() {
        let node = Node::Mark { mark: i, range: start..range.end, first: !started[i], children };
        started[i] = true;
        push(&mut stack, &mut root, node);
    }
    root
}

/// Appends a node to the innermost open mark, or to the root.
fn push(stack: &mut [(usize, Vec<Node>, usize)], root: &mut Vec<Node>, node: Node) {
    match stack.last_mut() {
        Some((_, children, _)) => children.push(node),
        None => root.push(node),
    }
}

/// Every mark of a document's analysis on the given layers: spans (indexed by span), themed
/// sentences (indexed by sentence) and search hits (indexed by hit; from
/// [`SearchIndex::document_hits`](crate::search::SearchIndex::document_hits)), sorted by start.
pub fn document_marks(analysis: &Analysis, layers: Layers, hits: &[Range<usize>]) -> Vec<Mark> {
    let mut marks: Vec<Mark> = analysis
        .spans
        .iter()
        .enumerate()
        .map(|(index, span)| Mark { layer: Layer::of_label(span.label), range: span.range.clone(), index })
        .filter(|m| layers.contains(m.layer))
        .collect();
    if layers.contains(Layer::Theme) {
        let themed = analysis.sentence_themes.iter().enumerate().filter(|(_, themes)| !themes.is_empty());
        marks.extend(themed.map(|(index, _)| Mark {
            layer: Layer::Theme,
            range: analysis.sentences[index].clone(),
            index,
        }));
    }
    if layers.contains(Layer::Hit) {
        let hits = hits.iter().cloned().enumerate();
        marks.extend(hits.map(|(index, range)| Mark { layer: Layer::Hit, range, index }));
    }
    marks.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end), m.layer.depth()));
    marks
}

/// How many marks each layer has in a document, whether shown or not, in legend order.
pub fn layer_counts(analysis: &Analysis, hits: &[Range<usize>]) -> Vec<(Layer, usize)> {
    let all = document_marks(analysis, Layers::ALL, hits);
    Layer::ALL.into_iter().map(|layer| (layer, all.iter().filter(|m| m.layer == layer).count())).collect()
}

/// A move of the reader's focus between marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The next mark (`n`).
    Next,
    /// The previous mark (`p`).
    Previous,
    /// The next mention of the focused mark's entity (`N`).
    NextMention,
    /// The previous mention of the focused mark's entity (`P`).
    PreviousMention,
}

impl Step {
    /// The step a key asks for: `n`, `p`, `N`, `P`.
    pub fn from_key(key: &str) -> Option<Step> {
        match key {
            "n" => Some(Step::Next),
            "p" => Some(Step::Previous),
            "N" => Some(Step::NextMention),
            "P" => Some(Step::PreviousMention),
            _ => None,
        }
    }

    /// The mark this step moves to from `current` (none focused: from before the first or
    /// after the last), where `entity_of` tells which entity a mark mentions. `None` when
    /// there is nowhere to go, or a mention step starts from no entity.
    ///
    /// # Example
    /// ```
    /// use newslens_core::highlight::Step;
    /// // Marks 0 and 2 mention "kim", mark 1 mentions nothing.
    /// let entity_of = |i: usize| (i != 1).then_some("kim");
    /// assert_eq!(Step::Next.from(None, 3, entity_of), Some(0));
    /// assert_eq!(Step::NextMention.from(Some(0), 3, entity_of), Some(2));
    /// assert_eq!(Step::Previous.from(Some(0), 3, entity_of), None);
    /// ```
    pub fn from<'a>(
        self,
        current: Option<usize>,
        len: usize,
        entity_of: impl Fn(usize) -> Option<&'a str>,
    ) -> Option<usize> {
        let wanted = match self {
            Step::NextMention | Step::PreviousMention => Some(entity_of(current?)?),
            Step::Next | Step::Previous => None,
        };
        let fits = |i: usize| wanted.is_none() || entity_of(i) == wanted;
        match self {
            Step::Next | Step::NextMention => (current.map_or(0, |c| c + 1)..len).find(|&i| fits(i)),
            Step::Previous | Step::PreviousMention => (0..current.unwrap_or(len)).rev().find(|&i| fits(i)),
        }
    }
}

/// The text ranges of a tree's leaves, in order (for checking that nothing is lost).
pub fn leaves(nodes: &[Node]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for node in nodes {
        match node {
            Node::Text(r) => out.push(r.clone()),
            Node::Mark { children, .. } => out.extend(leaves(children)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(layer: Layer, range: Range<usize>) -> Mark {
        Mark { layer, range, index: 0 }
    }

    /// A tree as text: `[QUOTE Kim [PERSON said]]`.
    fn render(text: &str, marks: &[Mark], nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(r) => text[r.clone()].to_string(),
                Node::Mark { mark, children, first, .. } => {
                    let cont = if *first { "" } else { "…" };
                    format!("[{cont}{} {}]", marks[*mark].layer.as_str(), render(text, marks, children))
                }
            })
            .collect()
    }

    #[test]
    fn nesting_table() {
        let text = "Kim said $2,000 a month";
        let table: &[(&str, Vec<Mark>, &str)] = &[
            ("no marks", vec![], "Kim said $2,000 a month"),
            (
                "entity inside a quotation",
                vec![mark(Layer::Quote, 0..8), mark(Layer::Person, 0..3)],
                "[QUOTE [PERSON Kim] said] $2,000 a month",
            ),
            (
                "time inside a number",
                vec![mark(Layer::Time, 16..23), mark(Layer::Number, 9..23)],
                "Kim said [NUMBER $2,000 [TIME a month]]",
            ),
            (
                "a hit across an entity's edge is split",
                vec![mark(Layer::Person, 0..3), mark(Layer::Hit, 2..8)],
                "[PERSON Ki[HIT m]][…HIT  said] $2,000 a month",
            ),
            (
                "equal ranges nest by layer",
                vec![mark(Layer::Hit, 0..3), mark(Layer::Person, 0..3)],
                "[PERSON [HIT Kim]] said $2,000 a month",
            ),
            (
                "empty and outside marks are dropped",
                vec![mark(Layer::Hit, 3..3), mark(Layer::Hit, 40..50)],
                text,
            ),
        ];
        for (name, marks, expected) in table {
            let tree = nest(0..text.len(), marks);
            assert_eq!(render(text, marks, &tree), *expected, "case '{name}'");
            let joined: String = leaves(&tree).into_iter().map(|r| &text[r]).collect();
            assert_eq!(joined, text, "case '{name}' lost or repeated text");
        }
    }

    #[test]
    fn marks_are_clipped_to_the_range() {
        let marks = [mark(Layer::Theme, 0..20)];
        let tree = nest(5..10, &marks);
        assert_eq!(
            tree,
            [Node::Mark { mark: 0, range: 5..10, first: true, children: vec![Node::Text(5..10)] }]
        );
    }

    #[test]
    fn step_table() {
        // Marks: 0 kim, 1 none, 2 putin, 3 kim.
        let entities = [Some("kim"), None, Some("putin"), Some("kim")];
        let entity_of = |i: usize| entities[i];
        let table: &[(Step, Option<usize>, Option<usize>)] = &[
            (Step::Next, None, Some(0)),
            (Step::Next, Some(3), None),
            (Step::Previous, None, Some(3)),
            (Step::Previous, Some(1), Some(0)),
            (Step::NextMention, Some(0), Some(3)),
            (Step::NextMention, Some(1), None),
            (Step::NextMention, None, None),
            (Step::PreviousMention, Some(3), Some(0)),
            (Step::PreviousMention, Some(2), None),
        ];
        for &(step, current, expected) in table {
            assert_eq!(step.from(current, entities.len(), entity_of), expected, "{step:?} from {current:?}");
        }
        assert_eq!(Step::from_key("N"), Some(Step::NextMention));
        assert_eq!(Step::from_key("x"), None);
    }

    #[test]
    fn layer_names_round_trip() {
        for layer in Layer::ALL {
            assert_eq!(Layer::parse(layer.as_str()), Some(layer));
        }
        assert_eq!(Layers::from_param(&Layers::ALL.to_param()), Layers::ALL);
        assert_eq!(Layers::from_param(""), Layers::NONE);
    }
}
