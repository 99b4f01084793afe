//! Components shared by the pages.

pub mod doc_list;
pub mod header;
