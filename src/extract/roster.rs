//! Sections of a page that list people or papers rather than talks, written as plain lines
//! ("Invited Speakers", "Accepted Papers (posters)", "Organizers") rather than as Markdown
//! headings.
//!
//! The entry points are [`section`] and [`Roster`]. Nothing in such a section is a talk. A
//! section of speakers ("Invited Speakers" with a name and an affiliation per person, as
//! workshop pages lay out their speaker grid) is the page's own entry for each speaker: a
//! speaker named without an affiliation in a talk gets the affiliation of the same name there.

use super::line::Kind;
use crate::model::{Speaker, Talk};
use crate::resolve::fold;

/// What a section lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// The speakers of the event, each with their affiliation.
    Speakers,
    /// Accepted papers or posters: their authors give no talk.
    Posters,
    /// Organisers, committees, sponsors.
    People,
}

/// The section a plain heading line opens, if it opens one.
pub(crate) fn section(title: &str) -> Option<Section> {
    // the longest name below, with some room for punctuation
    if title.len() > 32 {
        return None;
    }
    let key = fold(title);
    const SPEAKERS: &[&str] = &[
        "invited speakers",
        "keynote speakers",
        "plenary speakers",
        "featured speakers",
        "guest speakers",
        "our speakers",
        "speakers",
    ];
    const POSTERS: &[&str] = &[
        "posters",
        "poster presentations",
        "poster sessions",
        "accepted posters",
        "accepted papers",
        "accepted papers posters",
        "accepted abstracts",
        "accepted contributions",
    ];
    const PEOPLE: &[&str] = &[
        "organizers",
        "organisers",
        "organizing committee",
        "organising committee",
        "program committee",
        "programme committee",
        "steering committee",
        "sponsors",
    ];
    if SPEAKERS.contains(&key.as_str()) {
        Some(Section::Speakers)
    } else if POSTERS.contains(&key.as_str()) {
        Some(Section::Posters)
    } else if PEOPLE.contains(&key.as_str()) {
        Some(Section::People)
    } else {
        None
    }
}

/// The speakers listed in speaker sections, with their affiliations.
#[derive(Debug, Default)]
pub(crate) struct Roster {
    people: Vec<Speaker>,
    /// The last line noted was a name still waiting for its affiliation.
    waiting: bool,
}

impl Roster {
    /// Notes a line of a speaker section; says whether the line belongs to it (a name, its
    /// affiliation, or noise).
    pub(crate) fn note(&mut self, kind: &Kind) -> bool {
        let waiting = std::mem::take(&mut self.waiting);
        match kind {
            Kind::Speakers { speakers, .. } => {
                self.waiting = speakers.len() == 1 && speakers[0].affiliations.is_empty();
                self.people.extend(speakers.iter().cloned());
                true
            }
            Kind::Institutions { affiliations, .. } if waiting => {
                if let Some(last) = self.people.last_mut() {
                    last.affiliations = affiliations.clone();
                }
                true
            }
            Kind::Blank | Kind::Noise | Kind::Meta | Kind::Rule => {
                self.waiting = waiting;
                true
            }
            _ => false,
        }
    }

    /// Gives a speaker named without an affiliation the affiliations the roster lists for
    /// the same name.
    pub(crate) fn fill(&self, talks: &mut [Talk]) {
        if self.people.is_empty() {
            return;
        }
        for talk in talks {
            for s in talk
                .speakers
                .iter_mut()
                .filter(|s| s.affiliations.is_empty())
            {
                if let Some(known) = self
                    .people
                    .iter()
                    .find(|p| p.name == s.name && !p.affiliations.is_empty())
                {
                    s.affiliations = known.affiliations.clone();
                }
            }
            self.fill(&mut talk.segments);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections() {
        assert_eq!(section("Invited Speakers"), Some(Section::Speakers));
        assert_eq!(section("Accepted Papers (posters)"), Some(Section::Posters));
        assert_eq!(section("Organizers"), Some(Section::People));
        assert_eq!(section("Poster session I (Hall A)"), None);
        assert_eq!(section("Speakers of the House"), None);
    }
}
