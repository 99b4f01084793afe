//! One component per view the route can name.

pub mod compare;
pub mod not_found;
pub mod reading;
pub mod search;
pub mod timeline;
