//! Views that receive computed data. They neither fetch nor aggregate.

pub mod change_list;
pub mod charts;
pub mod charts_panel;
pub mod cited_sources;
pub mod downloads;
pub mod embed_dialog;
pub mod empty_view;
pub mod event_table;
pub mod figures;
pub mod filter_bar;
pub mod headline;
pub mod layout;
pub mod live;
pub mod newer_data;
pub mod not_counted;
pub mod notices;
pub mod overlap_note;
pub mod scope_notes;
pub mod share;
pub mod source_link;
pub mod statistics;
pub mod text;
pub mod title;
pub mod with_data;
