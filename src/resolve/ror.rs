//! Reconciling institution names with a Research Organization Registry (ROR) data dump.
//!
//! The entry point is [`RorRegistry`]: read a dump in ROR schema v2 (a JSON array of
//! records, as published by ROR on Zenodo), then [`resolve`](RorRegistry::resolve) the names
//! under which one institution is known:
//!
//! ```
//! use talkgraph::resolve::{RorMatch, RorRegistry};
//!
//! let dump = r#"[{
//!     "id": "https://ror.org/00pjdza24",
//!     "names": [
//!         {"value": "University of California System", "types": ["ror_display", "label"], "lang": "en"},
//!         {"value": "UC", "types": ["acronym"], "lang": "en"}
//!     ],
//!     "types": ["education"],
//!     "status": "active"
//! }]"#;
//! let ror = RorRegistry::from_reader("dump.json", dump.as_bytes())?;
//! let uc = ror.resolve(["U.C."]).unique().ok_or("no unique match")?;
//! assert_eq!(uc.display_name, "University of California System");
//! assert_eq!(uc.schema_class(), "https://schema.org/CollegeOrUniversity");
//! assert!(matches!(ror.resolve(["uc"]), RorMatch::None)); // an acronym is matched in capitals only
//! # Result::<_, Box<dyn std::error::Error>>::Ok(())
//! ```
//!
//! # Matching rules
//!
//! - A written name matches a record when its [`fold`]ed form equals the folded form of one
//!   of the record's names of type `ror_display`, `label` or `alias`, or of type `acronym`
//!   when the written name looks like one: two or more capital letters and no lowercase
//!   letter ("MIT", "U.C.", not "Mit").
//! - Withdrawn records are never matched by name (they stay reachable by id with
//!   [`RorRegistry::get`]). When an active record matches, inactive ones are dropped; an
//!   inactive record is returned only when nothing active matches (its
//!   [`successors`](RorRecord::successors) tell where it went).
//! - A match on `ror_display` or `label` beats a match on `alias`, which beats a match on
//!   `acronym`. Each record counts at its best level over all the given names.
//! - Several records at the best level are [`RorMatch::Ambiguous`]: reported, never guessed.
//!
//! # Types
//!
//! ROR types become [`InstitutionKind`]s, hence the gazetteer's schema.org classes:
//!
//! | ROR type | kind | schema.org class |
//! |---|---|---|
//! | `education` | `University` | `CollegeOrUniversity` |
//! | `facility` | `ResearchInstitute` | `ResearchOrganization` |
//! | `company` | `Company` | `Corporation` |
//! | `government` | `Government` | `GovernmentOrganization` |
//! | `nonprofit`, `healthcare`, `funder`, `archive`, `other` | `Organization` | `Organization` |
//!
//! A record of several types takes the first of `education`, `facility`, `company`,
//! `government` that it has (a university that is also a funder is a university; a
//! government laboratory typed `facility` is a research organisation). `nonprofit` is not
//! read as a research organisation: learned societies and publishers are nonprofits too.
//!
//! # Identifiers
//!
//! Record ids must have the shape of ROR ids ([`is_ror_id`]): `https://ror.org/0`, six
//! characters of Crockford's base 32 (digits and lowercase letters but `i`, `l`, `o`, `u`),
//! two check digits. Loading checks the shape only; [`ror_id_check_digits_ok`] also checks
//! the digits (ISO 7064 mod 97-10), for ids typed by hand.

use std::fmt;
use std::io::{BufReader, Read};
use std::path::Path;

use rustc_hash::FxHashMap;
use serde::de::{DeserializeSeed, Error as _, SeqAccess, Visitor};
use serde::Deserialize;

use crate::resolve::{fold, InstitutionKind};

const ROR_PREFIX: &str = "https://ror.org/";
/// Crockford's base 32 in lowercase: the alphabet of ROR ids.
const CROCKFORD: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Loading a ROR data dump failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RorError {
    #[error("failed to read ror dump {path}")]
    Io {
        path: String,
        #[source]
        error: std::io::Error,
    },
    /// Not JSON, or not an array of records; the message ends "at line L column C".
    #[error("ror dump {path}: {error}")]
    Syntax {
        path: String,
        error: serde_json::Error,
    },
    /// A record is valid JSON but not a usable ROR record; `index` is its place in the
    /// array, from 0 (as in jq's `.[index]`).
    #[error("ror dump {path}: record [{index}]: {message}")]
    Record {
        path: String,
        index: usize,
        message: String,
    },
}

impl RorError {
    /// Line and column (from 1) of a syntax error.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            Self::Syntax { error, .. } => Some((error.line(), error.column())),
            _ => None,
        }
    }
}

/// Whether a record is in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RorStatus {
    Active,
    /// No longer operating (merged, closed, renamed): see its successors.
    Inactive,
    /// Withdrawn from the registry (a duplicate or an error): never matched by name.
    Withdrawn,
}

impl RorStatus {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "withdrawn" => Self::Withdrawn,
            _ => return None,
        })
    }
}

/// A ROR organisation type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RorType {
    Education,
    Company,
    Facility,
    Government,
    Healthcare,
    Nonprofit,
    Funder,
    Archive,
    /// `other`, and any type this version does not know.
    Other,
}

impl RorType {
    fn parse(s: &str) -> Self {
        match s {
            "education" => Self::Education,
            "company" => Self::Company,
            "facility" => Self::Facility,
            "government" => Self::Government,
            "healthcare" => Self::Healthcare,
            "nonprofit" => Self::Nonprofit,
            "funder" => Self::Funder,
            "archive" => Self::Archive,
            _ => Self::Other,
        }
    }

    /// The kind of institution of this type alone (see the module docs).
    pub fn kind(self) -> InstitutionKind {
        match self {
            Self::Education => InstitutionKind::University,
            Self::Facility => InstitutionKind::ResearchInstitute,
            Self::Company => InstitutionKind::Company,
            Self::Government => InstitutionKind::Government,
            Self::Healthcare | Self::Nonprofit | Self::Funder | Self::Archive | Self::Other => {
                InstitutionKind::Organization
            }
        }
    }
}

/// The type of a name of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameType {
    /// The one name ROR displays.
    RorDisplay,
    /// An official name, often in another language.
    Label,
    Alias,
    Acronym,
}

impl NameType {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "ror_display" => Self::RorDisplay,
            "label" => Self::Label,
            "alias" => Self::Alias,
            "acronym" => Self::Acronym,
            _ => return None,
        })
    }

    fn level(self) -> Level {
        match self {
            Self::RorDisplay | Self::Label => Level::Label,
            Self::Alias => Level::Alias,
            Self::Acronym => Level::Acronym,
        }
    }
}

/// One name of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RorName {
    pub value: String,
    /// Name types this version knows (others are dropped).
    pub types: Vec<NameType>,
    /// ISO 639-1 code, when given.
    pub lang: Option<String>,
}

/// One organisation of the registry, with the fields talkgraph uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RorRecord {
    /// The full id, `https://ror.org/0…`.
    pub id: String,
    /// The `ror_display` name.
    pub display_name: String,
    pub names: Vec<RorName>,
    pub types: Vec<RorType>,
    pub status: RorStatus,
    /// Ids of the related records, by relationship type.
    pub parents: Vec<String>,
    pub children: Vec<String>,
    pub related: Vec<String>,
    pub predecessors: Vec<String>,
    pub successors: Vec<String>,
}

impl RorRecord {
    pub fn is_active(&self) -> bool {
        self.status == RorStatus::Active
    }

    /// The kind of institution: the first of education, facility, company, government
    /// among its types, else [`InstitutionKind::Organization`].
    pub fn kind(&self) -> InstitutionKind {
        [
            RorType::Education,
            RorType::Facility,
            RorType::Company,
            RorType::Government,
        ]
        .into_iter()
        .find(|t| self.types.contains(t))
        .map_or(InstitutionKind::Organization, RorType::kind)
    }

    /// The schema.org class IRI of its [`kind`](Self::kind).
    pub fn schema_class(&self) -> &'static str {
        self.kind().schema_class()
    }

    /// Its names of one type, in dump order.
    pub fn names_of(&self, name_type: NameType) -> impl Iterator<Item = &str> {
        self.names
            .iter()
            .filter(move |n| n.types.contains(&name_type))
            .map(|n| n.value.as_str())
    }
}

/// The outcome of [`RorRegistry::resolve`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RorMatch<'a> {
    Unique(&'a RorRecord),
    /// Several records tie at the best level, in dump order.
    Ambiguous(Vec<&'a RorRecord>),
    None,
}

impl<'a> RorMatch<'a> {
    /// The record, if exactly one matched.
    pub fn unique(&self) -> Option<&'a RorRecord> {
        match self {
            Self::Unique(record) => Some(record),
            _ => None,
        }
    }
}

/// How well a name matched: lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Label,
    Alias,
    Acronym,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    record: usize,
    level: Level,
}

/// The records of a ROR dump, indexed by id and by folded name.
#[derive(Debug, Clone, Default)]
pub struct RorRegistry {
    records: Vec<RorRecord>,
    /// Id without `https://ror.org/` → record.
    by_id: FxHashMap<String, usize>,
    /// Folded name → records having it, each at its best level.
    by_name: FxHashMap<String, Vec<Hit>>,
}

impl RorRegistry {
    /// Reads a dump file; errors name the file.
    pub fn from_path(path: &Path) -> Result<Self, RorError> {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|error| RorError::Io {
            path: name.clone(),
            error,
        })?;
        Self::from_reader(&name, file)
    }

    /// Reads a dump as it streams in (buffered here); `name` only names the source in errors.
    pub fn from_reader(name: &str, reader: impl Read) -> Result<Self, RorError> {
        let mut registry = Self::default();
        let mut failure = None;
        let mut de = serde_json::Deserializer::from_reader(BufReader::new(reader));
        let loaded = Loader {
            registry: &mut registry,
            failure: &mut failure,
        }
        .deserialize(&mut de)
        .and_then(|()| de.end());
        if let Some((index, message)) = failure {
            return Err(RorError::Record {
                path: name.to_owned(),
                index,
                message,
            });
        }
        loaded.map_err(|error| match error.classify() {
            serde_json::error::Category::Io => RorError::Io {
                path: name.to_owned(),
                error: error.into(),
            },
            _ => RorError::Syntax {
                path: name.to_owned(),
                error,
            },
        })?;
        Ok(registry)
    }

    /// Number of records, withdrawn ones included.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The record with this id, full (`https://ror.org/00pjdza24`) or bare (`00pjdza24`);
    /// withdrawn records too.
    pub fn get(&self, id: &str) -> Option<&RorRecord> {
        let bare = id.strip_prefix(ROR_PREFIX).unwrap_or(id);
        self.by_id.get(bare).map(|&i| &self.records[i])
    }

    pub fn iter(&self) -> impl Iterator<Item = &RorRecord> {
        self.records.iter()
    }

    /// Resolves one institution from every name it is known by (canonical name, aliases, as
    /// written), by the rules of the module docs.
    pub fn resolve<I>(&self, names: I) -> RorMatch<'_>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let mut best: Vec<Hit> = Vec::new();
        for name in names {
            let name = name.as_ref();
            let Some(hits) = self.by_name.get(&fold(name)) else {
                continue;
            };
            let acronym = looks_like_acronym(name);
            for hit in hits.iter().filter(|h| acronym || h.level != Level::Acronym) {
                match best.iter_mut().find(|b| b.record == hit.record) {
                    Some(b) => b.level = b.level.min(hit.level),
                    None => best.push(*hit),
                }
            }
        }
        if best.iter().any(|h| self.records[h.record].is_active()) {
            best.retain(|h| self.records[h.record].is_active());
        }
        let Some(top) = best.iter().map(|h| h.level).min() else {
            return RorMatch::None;
        };
        let mut winners: Vec<usize> = best
            .iter()
            .filter(|h| h.level == top)
            .map(|h| h.record)
            .collect();
        winners.sort_unstable();
        match winners.as_slice() {
            [one] => RorMatch::Unique(&self.records[*one]),
            _ => RorMatch::Ambiguous(winners.iter().map(|&i| &self.records[i]).collect()),
        }
    }

    /// Checks and adds one record; the error is the message of [`RorError::Record`].
    fn push(&mut self, raw: RawRecord) -> Result<(), String> {
        let bare = bare_ror_id(&raw.id).ok_or_else(|| {
            format!(
                "id {:?} is not a ROR id (https://ror.org/0 + 6 base-32 characters + 2 digits)",
                raw.id
            )
        })?;
        if self.by_id.contains_key(bare) {
            return Err(format!("id {} appears twice", raw.id));
        }
        let status = RorStatus::parse(&raw.status)
            .ok_or_else(|| format!("{}: unknown status {:?}", raw.id, raw.status))?;
        let names: Vec<RorName> = raw.names.into_iter().map(RawName::into_name).collect();
        let display_name = names
            .iter()
            .find(|n| n.types.contains(&NameType::RorDisplay))
            .map(|n| n.value.clone())
            .ok_or_else(|| format!("{} has no ror_display name", raw.id))?;
        let mut record = RorRecord {
            id: raw.id.clone(),
            display_name,
            names,
            types: raw.types.iter().map(|t| RorType::parse(t)).collect(),
            status,
            parents: Vec::new(),
            children: Vec::new(),
            related: Vec::new(),
            predecessors: Vec::new(),
            successors: Vec::new(),
        };
        for rel in raw.relationships {
            if !is_ror_id(&rel.id) {
                return Err(format!(
                    "{}: {} relationship to {:?}, not a ROR id",
                    raw.id, rel.kind, rel.id
                ));
            }
            let list = match rel.kind.as_str() {
                "parent" => &mut record.parents,
                "child" => &mut record.children,
                "related" => &mut record.related,
                "predecessor" => &mut record.predecessors,
                "successor" => &mut record.successors,
                _ => continue,
            };
            list.push(rel.id);
        }
        let index = self.records.len();
        self.by_id.insert(bare.to_owned(), index);
        if status != RorStatus::Withdrawn {
            self.index_names(index, &record.names);
        }
        self.records.push(record);
        Ok(())
    }

    fn index_names(&mut self, record: usize, names: &[RorName]) {
        let mut keys: Vec<(String, Level)> = names
            .iter()
            .filter_map(|n| Some((fold(&n.value), n.types.iter().map(|t| t.level()).min()?)))
            .filter(|(key, _)| !key.is_empty())
            .collect();
        keys.sort();
        keys.dedup_by(|later, first| later.0 == first.0);
        for (key, level) in keys {
            self.by_name
                .entry(key)
                .or_default()
                .push(Hit { record, level });
        }
    }
}

/// Whether a written name may be matched against acronyms: two or more capital letters,
/// no lowercase letter.
fn looks_like_acronym(name: &str) -> bool {
    let mut capitals = 0;
    for c in name.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            capitals += 1;
        }
    }
    capitals >= 2
}

/// The id without `https://ror.org/`, if `id` has the shape of a ROR id.
fn bare_ror_id(id: &str) -> Option<&str> {
    let bare = id.strip_prefix(ROR_PREFIX)?;
    let b = bare.as_bytes();
    let shaped = b.len() == 9
        && b[0] == b'0'
        && b[1..7].iter().all(|c| CROCKFORD.contains(c))
        && b[7..].iter().all(u8::is_ascii_digit);
    shaped.then_some(bare)
}

/// Whether `id` has the shape of a ROR id: `https://ror.org/0`, six characters of
/// lowercase Crockford base 32 (no `i`, `l`, `o`, `u`), two digits. Check digits are not
/// checked: see [`ror_id_check_digits_ok`].
pub fn is_ror_id(id: &str) -> bool {
    bare_ror_id(id).is_some()
}

/// Whether `id` is shaped like a ROR id and its last two digits are the ISO 7064 mod 97-10
/// check of the base-32 number before them (`98 - n * 100 mod 97`).
///
/// ```
/// use talkgraph::resolve::ror_id_check_digits_ok;
/// assert!(ror_id_check_digits_ok("https://ror.org/00pjdza24"));
/// assert!(!ror_id_check_digits_ok("https://ror.org/00pjdza25"));
/// ```
pub fn ror_id_check_digits_ok(id: &str) -> bool {
    let Some(bare) = bare_ror_id(id) else {
        return false;
    };
    let (body, check) = bare.split_at(7);
    let n = body.bytes().fold(0u64, |n, c| {
        let digit = CROCKFORD.iter().position(|&a| a == c).unwrap_or(0) as u64;
        n * 32 + digit
    });
    check.parse::<u64>() == Ok(98 - n * 100 % 97)
}

/// Streams the records of the top-level array into a registry, one at a time.
struct Loader<'r> {
    registry: &'r mut RorRegistry,
    /// A record that is JSON but not ROR: its index and what is wrong.
    failure: &'r mut Option<(usize, String)>,
}

impl<'de> DeserializeSeed<'de> for Loader<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Loader<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of ROR records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(raw) = seq.next_element::<RawRecord>()? {
            let index = self.registry.len();
            if let Err(message) = self.registry.push(raw) {
                *self.failure = Some((index, message));
                return Err(A::Error::custom("invalid ROR record"));
            }
        }
        Ok(())
    }
}

/// The fields of a schema v2 record talkgraph reads; the others are skipped.
#[derive(Deserialize)]
struct RawRecord {
    id: String,
    #[serde(default)]
    names: Vec<RawName>,
    #[serde(default)]
    types: Vec<String>,
    #[serde(default)]
    relationships: Vec<RawRelationship>,
    status: String,
}

#[derive(Deserialize)]
struct RawName {
    value: String,
    #[serde(default)]
    types: Vec<String>,
    #[serde(default)]
    lang: Option<String>,
}

impl RawName {
    fn into_name(self) -> RorName {
        RorName {
            value: self.value,
            types: self
                .types
                .iter()
                .filter_map(|t| NameType::parse(t))
                .collect(),
            lang: self.lang,
        }
    }
}

#[derive(Deserialize)]
struct RawRelationship {
    #[serde(rename = "type")]
    kind: String,
    id: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/ror")
            .join(name)
    }

    fn dump() -> RorRegistry {
        RorRegistry::from_path(&fixture("dump.json")).unwrap()
    }

    /// The bare ids a resolution gives: one for a unique match, several when ambiguous.
    fn resolved<'a>(ror: &'a RorRegistry, names: &[&str]) -> Vec<&'a str> {
        match ror.resolve(names) {
            RorMatch::Unique(r) => vec![&r.id[ROR_PREFIX.len()..]],
            RorMatch::Ambiguous(rs) => rs.iter().map(|r| &r.id[ROR_PREFIX.len()..]).collect(),
            RorMatch::None => vec![],
        }
    }

    fn load(json: &str) -> Result<RorRegistry, RorError> {
        RorRegistry::from_reader("inline.json", json.as_bytes())
    }

    /// The display name of [`record`]s made with [`NAMED`].
    const NAME: &str = "Institute of Testing";
    const NAMED: &[(&str, &str)] = &[(NAME, "ror_display")];

    /// A small record of type education, its `names` as (value, type) pairs.
    fn record(id: &str, status: &str, names: &[(&str, &str)], extra: &str) -> String {
        let names: Vec<String> = names
            .iter()
            .map(|(v, t)| format!(r#"{{"value": "{v}", "types": ["{t}"]}}"#))
            .collect();
        format!(
            r#"{{"id": "https://ror.org/{id}", "status": "{status}", "types": ["education"],
                "names": [{}]{extra}}}"#,
            names.join(", ")
        )
    }

    #[test]
    fn loads_the_dump() {
        let ror = dump();
        assert_eq!(ror.len(), 13);
        assert!(!ror.is_empty());
        assert_eq!(ror.iter().count(), 13);
        let uc = ror.get("https://ror.org/00pjdza24").unwrap();
        assert_eq!(ror.get("00pjdza24"), Some(uc));
        assert_eq!(uc.display_name, "University of California System");
        assert_eq!(uc.status, RorStatus::Active);
        assert_eq!(uc.types, [RorType::Education]);
        assert_eq!(uc.children.len(), 13);
        assert_eq!(uc.related, ["https://ror.org/02jbv0t02"]);
        assert!(uc.parents.is_empty());
        assert_eq!(uc.names_of(NameType::Acronym).collect::<Vec<_>>(), ["UC"]);
        assert_eq!(
            uc.names_of(NameType::Label).collect::<Vec<_>>(),
            [
                "University of California System",
                "Université de Californie"
            ]
        );
        assert_eq!(uc.names[3].lang.as_deref(), Some("fr"));
        assert!(ror.get("0zzzzzz99").is_none());
    }

    #[test]
    fn empty_dump_is_empty() {
        let ror = load(" [ ] ").unwrap();
        assert!(ror.is_empty());
        assert_eq!(resolved(&ror, &["MIT"]), Vec::<&str>::new());
    }

    #[test]
    fn label_matches_uniquely() {
        let ror = dump();
        assert_eq!(
            resolved(&ror, &["University of California System"]),
            ["00pjdza24"]
        );
        assert_eq!(
            resolved(&ror, &["the university of california system"]),
            ["00pjdza24"]
        );
        assert_eq!(resolved(&ror, &["Google DeepMind"]), ["0zzzzzz06"]);
    }

    #[test]
    fn non_english_labels_match() {
        let ror = dump();
        assert_eq!(resolved(&ror, &["Université de Californie"]), ["00pjdza24"]);
        assert_eq!(
            resolved(&ror, &["Technische Universitat Munchen"]),
            ["0zzzzzz08"]
        );
        assert_eq!(resolved(&ror, &["中国科学院物理研究所"]), ["0zzzzzz10"]);
        assert_eq!(resolved(&ror, &["Sorbonne Université"]), ["0zzzzzz04"]);
    }

    #[test]
    fn alias_matches_uniquely() {
        let ror = dump();
        assert_eq!(resolved(&ror, &["UC System"]), ["00pjdza24"]);
        assert_eq!(resolved(&ror, &["Google"]), ["0zzzzzz05"]);
    }

    #[test]
    fn acronym_matches_only_in_capitals() {
        let ror = dump();
        assert_eq!(resolved(&ror, &["UC"]), ["00pjdza24"]);
        assert_eq!(resolved(&ror, &["U.C."]), ["00pjdza24"]);
        assert_eq!(resolved(&ror, &["TUM"]), ["0zzzzzz08"]);
        for name in ["uc", "Uc", "Tum", "tum", "mit"] {
            assert_eq!(resolved(&ror, &[name]), Vec::<&str>::new(), "{name}");
        }
    }

    #[test]
    fn looks_like_acronym_needs_two_capitals_and_no_lowercase() {
        for (name, expected) in [
            ("MIT", true),
            ("U.C.", true),
            ("NYU-AD", true),
            ("SI2", true),
            ("M", false),
            ("Mit", false),
            ("TUe", false),
            ("12", false),
            ("中国", false),
        ] {
            assert_eq!(looks_like_acronym(name), expected, "{name}");
        }
    }

    #[test]
    fn shared_acronym_is_ambiguous() {
        let ror = dump();
        assert_eq!(resolved(&ror, &["MIT"]), ["0zzzzzz01", "0zzzzzz13"]);
        assert_eq!(resolved(&ror, &["IOP"]), ["0zzzzzz09", "0zzzzzz10"]);
        assert!(matches!(ror.resolve(["MIT"]), RorMatch::Ambiguous(_)));
        assert_eq!(ror.resolve(["MIT"]).unique(), None);
    }

    #[test]
    fn label_beats_acronym() {
        let ror = dump();
        let names = ["Massachusetts Institute of Technology", "MIT"];
        assert_eq!(resolved(&ror, &names), ["0zzzzzz01"]);
        let names = ["MIT", "Manipal Institute of Technology"];
        assert_eq!(resolved(&ror, &names), ["0zzzzzz13"]);
    }

    #[test]
    fn label_beats_alias() {
        let ror = dump();
        // 09 and 11 have the label, 10 only the alias.
        assert_eq!(
            resolved(&ror, &["Institute of Physics"]),
            ["0zzzzzz09", "0zzzzzz11"]
        );
        let json = format!(
            "[{}, {}]",
            record(
                "0zzzzzz01",
                "active",
                &[("Other", "ror_display"), (NAME, "alias")],
                ""
            ),
            record("0zzzzzz13", "active", NAMED, ""),
        );
        let ror = load(&json).unwrap();
        assert_eq!(resolved(&ror, &[NAME]), ["0zzzzzz13"]);
    }

    #[test]
    fn alias_beats_acronym() {
        let json = format!(
            "[{}, {}]",
            record(
                "0zzzzzz01",
                "active",
                &[("Alpha", "ror_display"), ("AB", "acronym")],
                ""
            ),
            record(
                "0zzzzzz13",
                "active",
                &[("Beta", "ror_display"), ("A.B.", "alias")],
                ""
            ),
        );
        let ror = load(&json).unwrap();
        assert_eq!(resolved(&ror, &["AB"]), ["0zzzzzz13"]);
        assert_eq!(resolved(&ror, &["A.B"]), ["0zzzzzz13"]);
    }

    #[test]
    fn tie_at_label_is_ambiguous() {
        let ror = dump();
        let RorMatch::Ambiguous(records) = ror.resolve(["Institute of Physics"]) else {
            panic!("expected an ambiguous match");
        };
        let names: Vec<&str> = records.iter().map(|r| r.display_name.as_str()).collect();
        assert_eq!(names, ["Institute of Physics", "Institute of Physics"]);
    }

    #[test]
    fn one_record_matched_by_several_names_counts_once() {
        let ror = dump();
        let names = ["Google DeepMind", "DeepMind", "Google DeepMind"];
        assert_eq!(resolved(&ror, &names), ["0zzzzzz06"]);
        let names = vec![
            String::from("Sorbonne University"),
            "Sorbonne Université".into(),
        ];
        assert_eq!(
            ror.resolve(&names).unique().map(|r| r.id.as_str()),
            Some("https://ror.org/0zzzzzz04")
        );
    }

    #[test]
    fn names_of_two_institutions_are_ambiguous() {
        let ror = dump();
        let names = ["Google DeepMind", "Technical University of Munich"];
        assert_eq!(resolved(&ror, &names), ["0zzzzzz06", "0zzzzzz08"]);
    }

    #[test]
    fn unknown_and_empty_names_match_nothing() {
        let ror = dump();
        assert_eq!(ror.resolve(["Nowhere Institute"]), RorMatch::None);
        assert_eq!(ror.resolve(["", " - ", "..."]), RorMatch::None);
        assert_eq!(ror.resolve(Vec::<&str>::new()), RorMatch::None);
    }

    #[test]
    fn active_beats_inactive() {
        let ror = dump();
        // 03 (inactive) has it as a label, its successor 04 (active) as an alias.
        assert_eq!(
            resolved(&ror, &["Université Pierre et Marie Curie"]),
            ["0zzzzzz04"]
        );
    }

    #[test]
    fn inactive_is_used_when_nothing_active_matches() {
        let ror = dump();
        let upmc = ror.resolve(["UPMC"]).unique().unwrap();
        assert_eq!(upmc.id, "https://ror.org/0zzzzzz03");
        assert_eq!(upmc.status, RorStatus::Inactive);
        assert!(!upmc.is_active());
        assert_eq!(upmc.successors, ["https://ror.org/0zzzzzz04"]);
        let sorbonne = ror.get(&upmc.successors[0]).unwrap();
        assert_eq!(sorbonne.predecessors, [upmc.id.as_str()]);
    }

    #[test]
    fn withdrawn_never_matches_by_name() {
        let ror = dump();
        assert_eq!(ror.resolve(["DeepMind Technologies"]), RorMatch::None);
        // 07 (withdrawn) shares the alias with 06.
        assert_eq!(resolved(&ror, &["DeepMind"]), ["0zzzzzz06"]);
        let withdrawn = ror.get("https://ror.org/0zzzzzz07").unwrap();
        assert_eq!(withdrawn.status, RorStatus::Withdrawn);
        let json = format!("[{}]", record("0zzzzzz01", "withdrawn", NAMED, ""));
        let ror = load(&json).unwrap();
        assert_eq!(ror.len(), 1);
        assert_eq!(ror.resolve([NAME]), RorMatch::None);
    }

    #[test]
    fn parent_and_child_link_both_ways() {
        let ror = dump();
        let deepmind = ror.get("0zzzzzz06").unwrap();
        let google = ror.get("0zzzzzz05").unwrap();
        assert_eq!(deepmind.parents, [google.id.as_str()]);
        assert_eq!(google.children, [deepmind.id.as_str()]);
        assert!(google.parents.is_empty() && deepmind.children.is_empty());
    }

    #[test]
    fn types_map_to_schema_classes() {
        use InstitutionKind::*;
        for (ror_type, kind) in [
            ("education", University),
            ("facility", ResearchInstitute),
            ("company", Company),
            ("government", Government),
            ("nonprofit", Organization),
            ("healthcare", Organization),
            ("funder", Organization),
            ("archive", Organization),
            ("other", Organization),
            ("spaceport", Organization),
        ] {
            assert_eq!(RorType::parse(ror_type).kind(), kind, "{ror_type}");
        }
        let ror = dump();
        for (id, class) in [
            ("00pjdza24", "CollegeOrUniversity"),
            ("0zzzzzz04", "CollegeOrUniversity"), // education + funder
            ("0zzzzzz05", "Corporation"),
            ("0zzzzzz09", "Organization"),           // nonprofit
            ("0zzzzzz10", "ResearchOrganization"),   // facility + government
            ("0zzzzzz12", "GovernmentOrganization"), // government + funder
        ] {
            let record = ror.get(id).unwrap();
            assert_eq!(record.schema_class(), format!("https://schema.org/{class}"));
        }
    }

    #[test]
    fn record_without_types_is_an_organization() {
        let json = r#"[{"id": "https://ror.org/0zzzzzz01", "status": "active",
                        "names": [{"value": "X", "types": ["ror_display"]}]}]"#;
        let ror = load(json).unwrap();
        assert_eq!(
            ror.get("0zzzzzz01").unwrap().kind(),
            InstitutionKind::Organization
        );
    }

    #[test]
    fn id_shape() {
        for (id, ok) in [
            ("https://ror.org/00pjdza24", true),
            ("https://ror.org/0zzzzzz01", true),
            ("https://ror.org/046rm7j60", true),
            ("00pjdza24", false),
            ("http://ror.org/00pjdza24", false),
            ("https://ror.org/10pjdza24", false), // first character not 0
            ("https://ror.org/00PJDZA24", false), // capitals
            ("https://ror.org/0zzzzzl01", false), // l is not in the alphabet
            ("https://ror.org/0ioooou01", false), // nor i, o, u
            ("https://ror.org/00pjdza2x", false), // check digits are digits
            ("https://ror.org/00pjdza2", false),  // too short
            ("https://ror.org/00pjdza245", false), // too long
            ("https://ror.org/", false),
            ("https://ror.org/00pjdzé24", false),
        ] {
            assert_eq!(is_ror_id(id), ok, "{id}");
        }
    }

    #[test]
    fn check_digits_of_real_ids() {
        // The example record (real, from shared/data) and the ids of its relationships.
        let ror = dump();
        let uc = ror.get("00pjdza24").unwrap();
        let real: Vec<&String> = std::iter::once(&uc.id)
            .chain(&uc.children)
            .chain(&uc.related)
            .collect();
        assert_eq!(real.len(), 15);
        for id in real {
            assert!(ror_id_check_digits_ok(id), "{id}");
        }
        // Changed characters or digits, and the fake ids of the fixtures, fail.
        for id in [
            "https://ror.org/00pjdza25",
            "https://ror.org/00pjdzb24",
            "https://ror.org/01an7q283",
            "https://ror.org/00pjdza2",
        ] {
            assert!(!ror_id_check_digits_ok(id), "{id}");
        }
        for record in ror.iter().filter(|r| r.id.contains("zzzzzz")) {
            assert!(
                !ror_id_check_digits_ok(&record.id),
                "{} looks real",
                record.id
            );
        }
    }

    #[test]
    fn malformed_json_names_file_line_and_column() {
        let path = fixture("bad.json");
        let err = RorRegistry::from_path(&path).unwrap_err();
        assert_eq!(err.location(), Some((4, 69)));
        assert_eq!(
            err.to_string(),
            format!(
                "ror dump {}: expected `,` or `}}` at line 4 column 69",
                path.display()
            )
        );
    }

    #[test]
    fn invalid_id_names_the_record() {
        let path = fixture("bad-id.json");
        let err = RorRegistry::from_path(&path).unwrap_err();
        assert!(matches!(err, RorError::Record { index: 1, .. }));
        assert_eq!(
            err.to_string(),
            format!(
                "ror dump {}: record [1]: id \"https://ror.org/0zzzzzl02\" is not a ROR id \
                 (https://ror.org/0 + 6 base-32 characters + 2 digits)",
                path.display()
            )
        );
        assert_eq!(err.location(), None);
    }

    #[test]
    fn invalid_records_are_rejected() {
        let cases = [
            (
                format!(
                    "[{}, {}]",
                    record("0zzzzzz01", "active", NAMED, ""),
                    record("0zzzzzz01", "active", NAMED, "")
                ),
                "record [1]: id https://ror.org/0zzzzzz01 appears twice",
            ),
            (
                format!("[{}]", record("0zzzzzz01", "closed", NAMED, "")),
                "record [0]: https://ror.org/0zzzzzz01: unknown status \"closed\"",
            ),
            (
                format!("[{}]", record("0zzzzzz01", "active", &[("X", "label")], "")),
                "record [0]: https://ror.org/0zzzzzz01 has no ror_display name",
            ),
            (
                format!(
                    "[{}]",
                    record(
                        "0zzzzzz01",
                        "active",
                        NAMED,
                        r#", "relationships": [{"type": "parent", "id": "https://example.org/x"}]"#
                    )
                ),
                "record [0]: https://ror.org/0zzzzzz01: parent relationship to \"https://example.org/x\", \
                 not a ROR id",
            ),
        ];
        for (json, expected) in cases {
            let err = load(&json).unwrap_err().to_string();
            assert_eq!(err, format!("ror dump inline.json: {expected}"));
        }
    }

    #[test]
    fn json_that_is_not_a_dump_is_a_syntax_error() {
        for (json, expected) in [
            (
                r#"{"id": "https://ror.org/0zzzzzz01"}"#,
                "invalid type: map, expected an array of ROR records at line 1 column 1",
            ),
            (
                r#"[{"id": "https://ror.org/0zzzzzz01", "names": []}]"#,
                "missing field `status` at line 1 column 49",
            ),
            ("[] []", "trailing characters at line 1 column 4"),
            ("", "EOF while parsing a value at line 1 column 0"),
        ] {
            let err = load(json).unwrap_err();
            assert!(matches!(err, RorError::Syntax { .. }), "{err}");
            assert_eq!(err.to_string(), format!("ror dump inline.json: {expected}"));
        }
    }

    #[test]
    fn unreadable_file_is_an_io_error() {
        let path = fixture("missing.json");
        let err = RorRegistry::from_path(&path).unwrap_err();
        assert!(matches!(err, RorError::Io { .. }));
        assert_eq!(
            err.to_string(),
            format!("failed to read ror dump {}", path.display())
        );
        let err = RorRegistry::from_path(&fixture("")).unwrap_err();
        assert!(matches!(err, RorError::Io { .. }), "{err}");
    }

    #[test]
    fn unknown_fields_and_name_types_are_ignored() {
        let json = r#"[{"id": "https://ror.org/0zzzzzz01", "status": "active", "future": {"a": [1]},
            "types": ["education"],
            "names": [{"value": "X Univ", "types": ["ror_display", "nickname"], "extra": 1},
                      {"value": "Ecks", "types": ["nickname"]}],
            "relationships": [{"type": "sibling", "id": "https://ror.org/0zzzzzz13", "label": "Y"}]}]"#;
        let ror = load(json).unwrap();
        let x = ror.get("0zzzzzz01").unwrap();
        assert_eq!(x.names[0].types, [NameType::RorDisplay]);
        assert!(x.names[1].types.is_empty());
        assert_eq!(resolved(&ror, &["X Univ"]), ["0zzzzzz01"]);
        assert_eq!(ror.resolve(["Ecks"]), RorMatch::None);
        assert!(x.parents.is_empty() && x.related.is_empty());
    }
}
