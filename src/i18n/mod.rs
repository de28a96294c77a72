//! What the interface says, and how it writes numbers, dates and amounts.
//! Plain Rust, no browser imports, tested natively.

pub mod format;
pub mod labels;
pub mod sentences;
