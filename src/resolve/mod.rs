//! Entity resolution: institutions through the gazetteer, names through folded keys, topics
//! through a SKOS concept scheme.
//!
//! The entry points are [`Gazetteer`] (institutions: canonical names, aliases, types,
//! parents), [`TopicScheme`] (topic tagging) and [`fold`] (the comparison key under which two spellings are the same name).

mod alias;
mod gazetteer;
pub mod ror;
mod topics;

pub use alias::{fold, fold_into};
pub use gazetteer::{Gazetteer, Institution, InstitutionKind, BUILTIN_TURTLE};
pub use ror::{is_ror_id, ror_id_check_digits_ok, RorError, RorMatch, RorRecord, RorRegistry};
pub use topics::{Concept, TopicScheme};
