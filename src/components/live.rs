//! The live parts of a view: a part drawn again, or a text worked out again, whenever what it
//! reads changes.
//!
//! The view layer compiles the code that builds and rebuilds a live part (a render effect) once
//! for each type of function it is given, and every closure is a type of its own: about 50 copies
//! of that code in the app. Given as one boxed type each, the parts share one copy: the app is
//! about 5 KB (gzip) smaller (docs/performance.md, twenty-first pass).

use leptos::prelude::*;

/// A part of the page drawn again whenever what it reads changes. Every such part is the same type
/// to the view layer (a boxed function giving an [`AnyView`]), so the code that builds and
/// rebuilds it is compiled once for all of them, not once per part.
pub fn redrawn(part: impl FnMut() -> AnyView + Send + 'static) -> Redrawn {
    Box::new(part)
}

/// What [`redrawn`] gives.
pub type Redrawn = Box<dyn FnMut() -> AnyView + Send>;

/// As [`redrawn`], for a part that may be absent.
pub fn redrawn_or_none(part: impl FnMut() -> Option<AnyView> + Send + 'static) -> RedrawnOrNone {
    Box::new(part)
}

/// What [`redrawn_or_none`] gives.
pub type RedrawnOrNone = Box<dyn FnMut() -> Option<AnyView> + Send>;

/// A text (an attribute's value or a line) worked out again whenever what it reads changes; one
/// type for all of them, as with [`redrawn`].
pub fn live_text(text: impl FnMut() -> String + Send + 'static) -> LiveText {
    Box::new(text)
}

/// What [`live_text`] gives.
pub type LiveText = Box<dyn FnMut() -> String + Send>;
