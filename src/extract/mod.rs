//! Extraction: from a listing's text to [`Talk`] records.
//!
//! The entry point is [`Extractor`]. Extraction runs in three passes:
//!
//! 1. **Lines** ([`line`]): every line is classified on its own — title, speakers, title and
//!    speakers together, prose, timestamped segment, date, labelled field, noise — by scoring
//!    each reading with evidence (name shapes, institution and role vocabulary, the gazetteer,
//!    punctuation, length). Lines are independent, so this pass runs in parallel with rayon.
//!    Tables (`table.rs`), author lines with footnote-numbered affiliations (`marks.rs`) and
//!    paragraphs of prose that report talks (`prose.rs`: "X (Y) spoke about “T”") are then
//!    read a few lines at a time, and their readings replace the line-by-line ones.
//! 2. **Layout** (`layout.rs`): the document's orientation (titles before speakers or after) is
//!    decided by counting, readings that neighbours contradict are corrected, and lines are
//!    grouped into talks, sessions and segments.
//!
//! Before the first pass, formats that are no plain listing are rewritten as one
//! (`prepare/`: calendar exports, PDF text, agendas, one cell per line; `posts.rs`: chat
//! channels and social-media threads, one paragraph per message; `capture.rs`: lecture-capture
//! libraries, one entry per recorded session).
//! 3. **Series** (`series.rs`): part markers and colon prefixes shared by two or more titles of the
//!    whole input (all documents of the run) become series.
//!
//! Before the first pass, `prepare/` rewrites calendar exports, PDF text and pasted agendas
//! into plain lines; structured record files (BibTeX, YAML/JSON data, LaTeX programme source,
//! spreadsheets with headers in several languages) skip the first two passes: their records
//! say which field is which and become talks directly (`prepare/records.rs`), then series.
//!
//! ```
//! use talkgraph::extract::Extractor;
//! use talkgraph::read::Source;
//!
//! let extractor = Extractor::new()?;
//! let source = Source::from_text("talks.txt", "Hunting the Hessian\nMadeleine Udell, Stanford University\n");
//! let doc = extractor.extract(&source);
//! assert_eq!(doc.talks[0].speakers[0].name, "Madeleine Udell");
//! assert_eq!(doc.talks[0].speakers[0].affiliations[0].name, "Stanford University");
//! # Result::<_, Box<dyn std::error::Error>>::Ok(())
//! ```

pub(crate) mod capture;
pub(crate) mod cards;
mod cv;
mod initials;
pub(crate) mod lang;
pub(crate) mod layout;
pub(crate) mod leadin;
pub(crate) mod line;
pub(crate) mod marks;
mod owner;
pub(crate) mod posts;
pub(crate) mod prepare;
pub(crate) mod prose;
pub(crate) mod roster;
pub(crate) mod series;
pub(crate) mod speaker;
mod surnames;
pub(crate) mod table;
pub(crate) mod text;
pub(crate) mod time;
pub(crate) mod words;

/// A talk as (title, [(speaker, [affiliations])]), the shape tests compare.
#[cfg(test)]
pub(crate) type Flat = (String, Vec<(String, Vec<String>)>);

/// What a whole-page reader (`owner::read`, `cv::read`) finds in `text`, its lines classified
/// one by one, in the shape tests compare.
#[cfg(test)]
pub(crate) fn read_page(
    text: &str,
    reader: impl Fn(&[&str], &[line::LineInfo], &Lexicon) -> Option<Vec<Talk>>,
) -> Option<Vec<Flat>> {
    let lex = Lexicon::builtin_for_tests();
    let lines: Vec<&str> = text.lines().collect();
    let ctx = line::DocContext::scan(&lines);
    let infos: Vec<line::LineInfo> = lines.iter().map(|l| line::classify(l, &lex, ctx)).collect();
    reader(&lines, &infos, &lex).map(flat)
}

/// The document record a file named `name` holding `text` gives, read with the built-in
/// gazetteer: what `talkgraph extract` would print, for tests.
#[cfg(test)]
pub(crate) fn extract_text(name: &str, text: &str) -> DocumentRecord {
    let extractor =
        Extractor::with_gazetteer(crate::resolve::Gazetteer::builtin().unwrap_or_default());
    extractor.extract(&crate::read::Source::from_text(name, text))
}

/// `talks` in the shape tests compare: titles with their speakers' names and affiliations.
#[cfg(test)]
pub(crate) fn flat(talks: Vec<Talk>) -> Vec<Flat> {
    talks
        .into_iter()
        .map(|t| {
            let speakers = t
                .speakers
                .into_iter()
                .map(|s| (s.name, s.affiliations.into_iter().map(|a| a.name).collect()))
                .collect();
            (t.title, speakers)
        })
        .collect()
}

use rustc_hash::{FxHashMap, FxHashSet as HashSet};
use std::sync::{Arc, LazyLock};

use rayon::prelude::*;

use crate::error::VocabularyError;
use crate::model::{DocumentRecord, Extraction, Talk, Warning};
use crate::read::Source;
use crate::resolve::{Gazetteer, Institution, TopicScheme};

/// Given names used as evidence that a word starts a person's name.
const GIVEN_NAMES: &str = include_str!("given_names.txt");

static GIVEN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    GIVEN_NAMES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

/// Lines per rayon task: classification of one line is cheap, so batch them.
const LINES_PER_TASK: usize = 512;

/// Lines up to this length are looked up among the lines already seen; longer ones (abstracts)
/// are rarely repeated and cheap to read as prose.
const REPEATED_LINE_MAX: usize = 200;

/// The evidence extraction consults: the gazetteer and the given-name list.
#[derive(Debug, Clone)]
pub struct Lexicon {
    gazetteer: Arc<Gazetteer>,
}

impl Lexicon {
    pub fn new(gazetteer: Gazetteer) -> Self {
        Self {
            gazetteer: Arc::new(gazetteer),
        }
    }

    /// The institution a name refers to, if the gazetteer knows it.
    pub fn institution(&self, name: &str) -> Option<&Institution> {
        if name.len() > 120 {
            return None;
        }
        self.gazetteer.lookup(name)
    }

    /// Whether `word` is a known given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        words::with_lowercase(word, |w| GIVEN.contains(w))
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    #[cfg(test)]
    pub(crate) fn builtin_for_tests() -> Self {
        Self::new(Gazetteer::builtin().unwrap_or_default())
    }
}

/// Extracts talk records from listings.
#[derive(Debug, Clone)]
pub struct Extractor {
    lexicon: Lexicon,
    topics: Arc<TopicScheme>,
}

impl Extractor {
    /// An extractor with the built-in gazetteer and topic scheme.
    pub fn new() -> Result<Self, VocabularyError> {
        Ok(Self::with_gazetteer(Gazetteer::builtin()?).with_topics(TopicScheme::builtin()?))
    }

    /// An extractor that uses `gazetteer` as evidence and for canonical labels, and tags no
    /// topics (see [`with_topics`](Self::with_topics)).
    #[must_use]
    pub fn with_gazetteer(gazetteer: Gazetteer) -> Self {
        Self {
            lexicon: Lexicon::new(gazetteer),
            topics: Arc::new(TopicScheme::empty()),
        }
    }

    /// Tags talks with the concepts of `topics` found in their titles and abstracts.
    #[must_use]
    pub fn with_topics(mut self, topics: TopicScheme) -> Self {
        self.topics = Arc::new(topics);
        self
    }

    pub fn topics(&self) -> &TopicScheme {
        &self.topics
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Extracts one document; series are decided within this document only.
    pub fn extract(&self, source: &Source) -> DocumentRecord {
        let mut doc = self.extract_unlinked(source);
        surnames::complete(&mut doc.talks, &self.lexicon);
        series::assign(&mut [&mut doc.talks]);
        doc
    }

    /// Extracts several documents; series prefixes are counted over all of them.
    pub fn extract_all(&self, sources: &[Source]) -> Extraction {
        let mut documents: Vec<DocumentRecord> = sources
            .par_iter()
            .map(|s| {
                let mut doc = self.extract_unlinked(s);
                surnames::complete(&mut doc.talks, &self.lexicon);
                doc
            })
            .collect();
        let mut talks: Vec<&mut Vec<Talk>> = documents.iter_mut().map(|d| &mut d.talks).collect();
        series::assign(&mut talks);
        Extraction { documents }
    }

    fn extract_unlinked(&self, source: &Source) -> DocumentRecord {
        let lines = source.lines();
        // BibTeX, YAML data and delimited spreadsheets say which field is which: their
        // records become talks without classifying lines
        let mut found = Vec::new();
        if let Some(records) = prepare::structured(&lines, &self.lexicon, &mut found) {
            let talks = prepare::records::talks(records, &self.lexicon);
            return self.document(source, None, talks, found);
        }
        // calendar exports, PDF text and pasted agendas are first rewritten as plain lines
        // (each first looks for its evidence in a scan of every line: the scans run side
        // by side, and the first rewriting in this order wins)
        let (prepared, posted) = rayon::join(
            || prepare::prepare(&lines, &self.lexicon),
            || {
                posts::prepare(&lines, &self.lexicon)
                    .or_else(|| capture::prepare(&lines, &self.lexicon))
                    .or_else(|| cards::prepare(&lines, &self.lexicon))
                    .or_else(|| prepare::repository::rewrite(&lines))
            },
        );
        let prepared = prepared.or(posted);
        let lines = match &prepared {
            Some(p) => p.texts(),
            None => lines,
        };
        let ctx = line::DocContext::scan(&lines);
        let mut infos = classify_lines(&lines, &self.lexicon, ctx);
        line::silence_comments(&lines, &mut infos);
        line::demote_described_titles(&lines, &mut infos);
        line::promote_titles_over_fields(&lines, &mut infos);
        line::quoted_title_under_event(&lines, &mut infos);
        line::institution_under_name(&lines, &mut infos, &self.lexicon);
        line::mark_cancel_badges(&lines, &mut infos);
        line::silence_avatars(&lines, &mut infos);
        for (index, info) in table::read_tables(&lines, &self.lexicon) {
            infos[index] = info;
        }
        // (after the tables, whose rows are no titles)
        line::silence_tags(&lines, &mut infos);
        line::silence_menus(&lines, &mut infos);
        line::silence_nav_runs(&lines, &mut infos);
        line::silence_bylines(&lines, &mut infos);
        line::speaker_colon_titles(&lines, &mut infos, &self.lexicon);
        line::parts_under_a_course(&lines, &mut infos, &self.lexicon);
        line::speaker_cards(&lines, &mut infos, &self.lexicon);
        line::silence_posters(&lines, &mut infos);
        line::silence_kind_subtitles(&lines, &mut infos);
        prose::read_teasers(&lines, &mut infos, &self.lexicon);
        for (index, info) in marks::read_marked_authors(&lines, &self.lexicon) {
            infos[index] = info;
        }
        for (index, info) in prose::read_reports(&lines, &infos, &self.lexicon) {
            // (an entry already marked called off stays so: "date · POSTPONED to next year —
            // A (X) — “Title”")
            let off = infos[index].cancelled && matches!(info.kind, line::Kind::Reports(_));
            infos[index] = info;
            infos[index].cancelled |= off;
        }
        for (index, info) in prose::read_lead_sentences(&lines, &infos, &self.lexicon) {
            infos[index] = info;
        }
        // a researcher's own talks page: the owner named at the top gave every talk
        // (or a CV's entries, or a group's under its members' headings)
        let owned = cv::read(&lines, &infos, &self.lexicon)
            .or_else(|| owner::read(&lines, &infos, &self.lexicon));
        let mut layout = layout::group(infos, &lines, &self.lexicon);
        if let Some(talks) = owned {
            // (the warnings of the line-by-line reading are about a reading not used)
            layout.warnings.clear();
            layout.talks = talks;
        }
        drop(lines);
        if let Some(p) = &prepared {
            p.remap(&mut layout.talks, &mut layout.warnings);
        }
        initials::complete(&mut layout.talks, &self.lexicon);
        for talk in &mut layout.talks {
            prose::bio_affiliations(talk, &self.lexicon);
        }
        found.extend(layout.warnings);
        // a page's source with schema.org events in JSON-LD: the events say which field is
        // which, but a page often describes only its next or featured event there, so they
        // replace the text's reading only when they are at least as many talks
        // (a substring search first: a large listing pays one pass of memchr, not a line list)
        let raw = if memchr::memmem::find(source.text.as_bytes(), b"ld+json").is_some() {
            source.lines()
        } else {
            Vec::new()
        };
        if prepare::yaml::has_json_ld(&raw) {
            let mut skipped = Vec::new();
            if let Some(records) = prepare::yaml::read_json_ld(&raw, &mut skipped) {
                let talks = prepare::records::talks(records, &self.lexicon);
                if talks.len() >= 2 && talks.len() >= layout.talks.len() {
                    found.extend(skipped);
                    return self.document(source, layout.title, talks, found);
                }
            }
        }
        self.document(source, layout.title, layout.talks, found)
    }

    /// The document record of extracted talks, topics tagged, with the reader's warnings.
    fn document(
        &self,
        source: &Source,
        title: Option<String>,
        mut talks: Vec<Talk>,
        found: Vec<Warning>,
    ) -> DocumentRecord {
        // (a table's "—" in the speaker column, a field left empty: nobody)
        fn named_only(talk: &mut Talk) {
            talk.speakers.retain(|s| !s.name.trim().is_empty());
            talk.segments.iter_mut().for_each(named_only);
        }
        talks.iter_mut().for_each(named_only);
        talks.iter_mut().for_each(speakers_into_segments);
        merge_repeated(&mut talks);
        if !self.topics.is_empty() {
            talks
                .par_iter_mut()
                .with_min_len(64)
                .for_each(|talk| tag_topics(talk, &self.topics));
        }
        let mut warnings: Vec<Warning> = source.warnings.clone();
        warnings.extend(found);
        if talks.is_empty() {
            warnings.push(Warning {
                line: 0,
                message: "no talks found: is this a listing of talks?".into(),
            });
        }
        DocumentRecord {
            source: source.name.clone(),
            title,
            talks,
            warnings,
        }
    }
}

/// A session whose speakers each give one of its timed segments ("Oral Abstracts 1" with its
/// three presenters, then `00:03:40 Title (Dr. A)`): the speakers are the segments', so the
/// session keeps none of its own, and their institutions go to the segments that name them.
fn speakers_into_segments(talk: &mut Talk) {
    if talk.speakers.is_empty() || talk.segments.is_empty() {
        return;
    }
    let all_present = talk.speakers.iter().all(|s| {
        talk.segments
            .iter()
            .any(|seg| seg.speakers.iter().any(|p| p.name == s.name))
    });
    if !all_present {
        return;
    }
    for speaker in std::mem::take(&mut talk.speakers) {
        for seg in &mut talk.segments {
            for p in seg.speakers.iter_mut().filter(|p| p.name == speaker.name) {
                if p.affiliations.is_empty() {
                    p.affiliations = speaker.affiliations.clone();
                }
            }
        }
    }
}

/// Merges a talk that a page lists again (a programme, then the recordings; an announcement,
/// then its reminder) into its first listing: the same title and a speaker in common. The
/// first listing keeps its place and title; a person's institutions from the other listing are
/// added where it gave none, and a speaker it lacked joins. Sessions with segments are left
/// alone.
fn merge_repeated(talks: &mut Vec<Talk>) {
    use crate::resolve::fold;
    if talks.len() < 2 {
        return;
    }
    // (keyed by the title as written: folding every title of a large listing costs more than
    // the rare repeat written in another case would be worth)
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    let mut gone = vec![false; talks.len()];
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for (i, talk) in talks.iter().enumerate() {
        if !talk.segments.is_empty() || talk.speakers.is_empty() {
            continue;
        }
        let key = talk.title.trim();
        if key.is_empty() {
            continue;
        }
        match first.get(key) {
            Some(&j) => repeats.push((j, i)),
            None => {
                first.insert(key, i);
            }
        }
    }
    drop(first);
    for (j, i) in repeats {
        gone[i] = merge_listing(talks, j, i);
    }
    // "▶ YouTube: Firn aquifers – M. Treloar-Nakamura" under the post that told the talk
    // ("… told us about “Firn aquifers: a hidden store of meltwater”"): the link's title is the
    // start of the talk's, and the speaker's family name is the same
    for i in 0..talks.len() {
        let Some(short) = ["YouTube: ", "Video: ", "Vimeo: ", "Recording: ", "Watch: "]
            .iter()
            .find_map(|p| talks[i].title.strip_prefix(p))
            .map(str::to_owned)
        else {
            continue;
        };
        let family = |t: &Talk| {
            t.speakers
                .iter()
                .filter_map(|s| s.name.rsplit(' ').next().map(fold))
                .collect::<Vec<_>>()
        };
        let mine = family(&talks[i]);
        let twin = (0..talks.len()).find(|&j| {
            j != i
                && !gone[j]
                && talks[j].title.len() > short.len()
                && talks[j].title.starts_with(&short)
                && family(&talks[j]).iter().any(|f| mine.contains(f))
        });
        if twin.is_some() {
            gone[i] = true;
        }
    }
    let mut k = 0;
    talks.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Merges talk `i` into talk `j`, the same talk listed twice, when a speaker is in common: a
/// person's institutions from `i` are added where `j` gave none, and a speaker `j` lacked joins.
/// Says whether it merged (`i` is then to be dropped).
pub(crate) fn merge_listing(talks: &mut [Talk], j: usize, i: usize) -> bool {
    use crate::resolve::fold;
    let names = |t: &Talk| t.speakers.iter().map(|s| fold(&s.name)).collect::<Vec<_>>();
    let (earlier, later) = (names(&talks[j]), names(&talks[i]));
    if !later.iter().any(|n| earlier.contains(n)) {
        return false;
    }
    let again = std::mem::take(&mut talks[i].speakers);
    for (speaker, name) in again.into_iter().zip(later) {
        match earlier.iter().position(|n| *n == name) {
            Some(k) if talks[j].speakers[k].affiliations.is_empty() => {
                talks[j].speakers[k].affiliations = speaker.affiliations;
            }
            Some(_) => {}
            None => talks[j].speakers.push(speaker),
        }
    }
    true
}

/// Classifies every line, in parallel. A line's reading depends on its text alone, and
/// listings repeat short lines (a speaker with the same affiliation, "Abstract:", a session
/// header): each distinct short line is classified once and its reading copied.
fn classify_lines(lines: &[&str], lex: &Lexicon, ctx: line::DocContext) -> Vec<line::LineInfo> {
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    // For each line: the index of the earlier line with the same text, or itself.
    let same: Vec<usize> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if l.len() > REPEATED_LINE_MAX {
                i
            } else {
                *first.entry(l).or_insert(i)
            }
        })
        .collect();
    drop(first);
    let infos: Vec<Option<line::LineInfo>> = lines
        .par_iter()
        .zip(&same)
        .enumerate()
        .with_min_len(LINES_PER_TASK)
        .map(|(i, (l, &s))| (s == i).then(|| line::classify(l, lex, ctx)))
        .collect();
    // the repeated lines take a copy of the first reading, in parallel too
    let copies: Vec<Option<line::LineInfo>> = same
        .par_iter()
        .enumerate()
        .with_min_len(LINES_PER_TASK)
        .map(|(i, &s)| if s == i { None } else { infos[s].clone() })
        .collect();
    let mut infos: Vec<line::LineInfo> = infos
        .into_iter()
        .zip(copies)
        .map(|(info, copy)| {
            info.or(copy)
                .unwrap_or_else(|| line::classify("", lex, ctx))
        })
        .collect();
    drop_furniture(&mut infos, &same);
    infos
}

/// Page furniture read as titles: a "title" line written word for word under three or more
/// entries, and at least once for every three titles written once ("Add to your list(s)",
/// "Save to my calendar | Share this event", the venue of every talk), is a button or a
/// caption of the page, not a talk; so is a word alone written three times ("URL",
/// "Folder"). (A title that stands in a few entries, "Panel discussion" under three panels
/// among thirty talks, stays a title.)
fn drop_furniture(infos: &mut [line::LineInfo], same: &[usize]) {
    const MIN_REPEATS: usize = 3;
    let mut counts = vec![0usize; infos.len()];
    for &s in same {
        counts[s] += 1;
    }
    let once = infos
        .iter()
        .zip(same.iter().enumerate())
        .filter(|(info, (i, &s))| {
            matches!(info.kind, line::Kind::Title(_)) && *i == s && counts[s] == 1
        })
        .count();
    for (info, &s) in infos.iter_mut().zip(same) {
        let line::Kind::Title(title) = &info.kind else {
            continue;
        };
        // a word alone, written three times, names a kind of item ("URL", "Folder", "Quiz")
        let one_word = !title.contains(' ');
        if counts[s] >= MIN_REPEATS && (3 * counts[s] >= once || one_word) {
            info.kind = line::Kind::Noise;
        }
    }
}

/// Fills `topics` of a talk and its segments with the preferred labels of the concepts found in
/// the title and abstract.
fn tag_topics(talk: &mut Talk, topics: &TopicScheme) {
    let texts = std::iter::once(talk.title.as_str()).chain(talk.abstract_text.as_deref());
    talk.topics = topics
        .tag(texts)
        .into_iter()
        .map(|c| c.label.clone())
        .collect();
    for segment in &mut talk.segments {
        tag_topics(segment, topics);
    }
}
