//! Entity resolution: institutions through the gazetteer, names through folded keys.
//!
//! The entry points are [`Gazetteer`] (institutions: canonical names, aliases, types,
//! parents) and [`fold`] (the comparison key under which two spellings are the same name).

mod alias;
mod gazetteer;

pub use alias::fold;
pub use gazetteer::{Gazetteer, Institution, InstitutionKind, BUILTIN_TURTLE};
