//! Diagnostics: what went wrong with an input, reported beside a value instead of failing.

use std::fmt;
use std::ops::Range;

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something was ignored or guessed; the result is still complete.
    Warning,
    /// Part of the input could not be used; the result lacks it.
    Error,
}

/// One problem found in an input, with the byte range it concerns when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A sentence a user can act on.
    pub message: String,
    /// Where in the input, as UTF-8 byte offsets, when known.
    pub range: Option<Range<usize>>,
}

impl Diagnostic {
    /// A warning about the whole input.
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, message: message.into(), range: None }
    }

    /// An error about the whole input.
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, message: message.into(), range: None }
    }

    /// The same diagnostic, pointed at a byte range.
    pub fn at(mut self, range: Range<usize>) -> Diagnostic {
        self.range = Some(range);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        match &self.range {
            Some(range) => write!(f, "{severity} at {}..{}: {}", range.start, range.end, self.message),
            None => write!(f, "{severity}: {}", self.message),
        }
    }
}
