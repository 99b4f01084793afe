//! The app binary: starts NewsLens in the page (see [`newslens::start`]).

fn main() {
    newslens::start();
}
