//! The `--format text` outline of an extraction.

use std::io::{self, Write};

use crate::model::{Extraction, Speaker, Talk};
use crate::resolve::fold;

/// Writes a readable outline: one block per talk, speakers indented under it.
pub(crate) fn write(w: &mut dyn Write, extraction: &Extraction) -> io::Result<()> {
    for doc in &extraction.documents {
        let count: usize = doc.talks.iter().map(|t| t.walk().count()).sum();
        write!(w, "{}", doc.source)?;
        if let Some(title) = &doc.title {
            write!(w, " — {title}")?;
        }
        writeln!(
            w,
            " ({count} talks and segments, {} warnings)",
            doc.warnings.len()
        )?;
        for talk in &doc.talks {
            talk_block(w, talk, 1)?;
        }
        for warning in &doc.warnings {
            writeln!(w, "  warning: line {}: {}", warning.line, warning.message)?;
        }
    }
    let s = Summary::of(extraction);
    writeln!(
        w,
        "total: {} talks with speakers, {} speakers, {} institutions, {} series",
        s.talks, s.speakers, s.institutions, s.series
    )?;
    Ok(())
}

/// Distinct entities of an extraction, names compared after folding.
struct Summary {
    talks: usize,
    speakers: usize,
    institutions: usize,
    series: usize,
}

impl Summary {
    fn of(extraction: &Extraction) -> Self {
        use std::collections::HashSet;
        let mut speakers = HashSet::new();
        let mut institutions = HashSet::new();
        let mut series = HashSet::new();
        let mut talks = 0;
        for talk in extraction.all_talks() {
            if !talk.speakers.is_empty() {
                talks += 1;
            }
            if let Some(s) = &talk.series {
                series.insert(fold(s));
            }
            for speaker in &talk.speakers {
                speakers.insert(fold(&speaker.name));
                for a in &speaker.affiliations {
                    institutions.insert(a.iri.clone().unwrap_or_else(|| fold(&a.name)));
                }
            }
        }
        Self {
            talks,
            speakers: speakers.len(),
            institutions: institutions.len(),
            series: series.len(),
        }
    }
}

fn talk_block(w: &mut dyn Write, talk: &Talk, depth: usize) -> io::Result<()> {
    let pad = "  ".repeat(depth);
    write!(w, "{pad}")?;
    if let Some(start) = &talk.start {
        match talk.start_seconds {
            Some(s) => write!(w, "{start} ({s} s) ")?,
            None => write!(w, "{start} (?) ")?,
        }
    }
    write!(w, "{}", talk.title)?;
    write!(w, "  [line {}]", talk.line)?;
    writeln!(w)?;
    if let Some(series) = &talk.series {
        write!(w, "{pad}    series: {series}")?;
        if let Some(part) = talk.part {
            write!(w, ", part {part}")?;
            if let Some(count) = talk.part_count {
                write!(w, " of {count}")?;
            }
        }
        writeln!(w)?;
    }
    if let Some(when) = &talk.when {
        writeln!(w, "{pad}    when: {when}")?;
    }
    for speaker in &talk.speakers {
        writeln!(w, "{pad}    {}", speaker_line(speaker))?;
    }
    if let Some(text) = &talk.abstract_text {
        let words = text.split_whitespace().count();
        writeln!(w, "{pad}    abstract: {words} words")?;
    }
    for segment in &talk.segments {
        talk_block(w, segment, depth + 2)?;
    }
    Ok(())
}

fn speaker_line(speaker: &Speaker) -> String {
    let mut s = speaker.name.clone();
    if !speaker.alternate_names.is_empty() {
        s.push_str(&format!(" ({})", speaker.alternate_names.join(", ")));
    }
    let affs: Vec<String> = speaker
        .affiliations
        .iter()
        .map(|a| {
            let mut text = match &a.role {
                Some(role) => format!("{role}, {}", a.name),
                None => a.name.clone(),
            };
            if let Some(label) = a.label.as_ref().filter(|l| **l != a.name) {
                text.push_str(&format!(" [{label}]"));
            }
            text
        })
        .collect();
    if !affs.is_empty() {
        s.push_str(" — ");
        s.push_str(&affs.join("; "));
    }
    s
}
