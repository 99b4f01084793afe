//! How a command ends: what it wrote, a message for the user, or a reader that went away.
//!
//! Standard output is written through `writeln!` and checked, never `println!`, which panics
//! when the write fails. A reader that closes the pipe early (`newslens annotate ... | head`)
//! is the user's choice, so it ends the command quietly with status 0; any other write error
//! (a full disk, `> /dev/full`) is a message and status 1. Messages on standard error are
//! written the same way, so a closed standard error cannot make `newslens` panic either.

use std::fmt::Display;
use std::io::{self, ErrorKind, Write as _};

/// Why a command stopped before it finished.
#[derive(Debug)]
pub enum Failure {
    /// The reader of standard output went away: stop writing, and exit with status 0.
    OutputClosed,
    /// A message for the user (without the `newslens: ` prefix), and exit status 1.
    Message(String),
}

impl From<io::Error> for Failure {
    /// An error writing standard output.
    fn from(error: io::Error) -> Failure {
        if error.kind() == ErrorKind::BrokenPipe {
            Failure::OutputClosed
        } else {
            Failure::Message(format!("cannot write the output: {error}"))
        }
    }
}

/// Writes `newslens: MESSAGE` on standard error. A failure to write it is ignored: there is
/// nowhere left to report it.
pub fn say(message: impl Display) {
    let _ = writeln!(io::stderr().lock(), "newslens: {message}");
}

/// `1 problem`, `3 problems`.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_a_quiet_stop_and_other_write_errors_are_messages() {
        assert!(matches!(Failure::from(io::Error::from(ErrorKind::BrokenPipe)), Failure::OutputClosed));
        let Failure::Message(message) = Failure::from(io::Error::new(ErrorKind::StorageFull, "disk full"))
        else {
            panic!("a full disk must be a message")
        };
        assert_eq!(message, "cannot write the output: disk full");
    }
}
