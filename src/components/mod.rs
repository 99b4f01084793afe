//! Components shared by the pages.

pub mod chronology;
pub mod compare_figures;
pub mod compare_quotes;
pub mod doc_list;
pub mod entity_pane;
pub mod export_menu;
pub mod header;
pub mod highlight_card;
pub mod importer;
pub mod legend;
pub mod metadata_editor;
pub mod reference_editor;
pub mod share;
pub mod storage;
pub mod timeline_chart;
