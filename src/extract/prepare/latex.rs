//! LaTeX source of a programme booklet: talk macros such as `\talk{time}{title}{speakers}
//! {affiliations}` become records.
//!
//! The entry points are [`applies`] and [`read`]. Comments are dropped (a commented-out
//! `\talk` is no talk) but read for documentation: a comment that writes a macro with role
//! words as arguments (`% \talk{time}{title}{speakers}{affiliations}`) says which argument is
//! which. For a macro without such a comment the roles are learnt from the shapes of its
//! arguments over all its uses: the argument that reads as names of people is the speakers,
//! the one that reads as institutions the affiliations, the longest other one the title. A
//! macro is a talk when it has a title and a speaker argument and its name is not a session,
//! chair, poster, break or social word; a title-only talk macro (`\talk{Title}`) takes the
//! speakers of the speaker macros (`\speaker{Name}{Institution}`) that follow it. Speakers and
//! affiliations are separated by `\and` (or `;`) and mapped in order; one affiliation group is
//! shared. Arguments are decoded with [`tex`](super::tex).

use rustc_hash::FxHashMap;

use super::records::{self, Person, Record};
use super::tex;
use super::Line;
use crate::extract::speaker::{org_score, person_score};
use crate::extract::Lexicon;

/// What an argument holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Speaker,
    Affiliation,
    Chair,
    Other,
}

/// The role a documentation argument names: `{speakers}`, `{speaker(s)}`, `{affil.}`,
/// `{names, sep. by \and}` (the first word that names a role).
fn role_word(doc: &str) -> Role {
    doc.split(|c: char| !c.is_alphabetic())
        .map(|w| w.to_lowercase())
        .map(|w| match w.trim_end_matches('s') {
            "title" | "talk" | "topic" | "subject" | "talktitle" => Role::Title,
            "speaker" | "author" | "presenter" | "name" | "lecturer" | "who" | "panelist"
            | "person" | "people" => Role::Speaker,
            "affiliation" | "institution" | "inst" | "affil" | "org" | "organisation"
            | "organization" | "institute" | "university" | "univ" | "where" | "from" => {
                Role::Affiliation
            }
            "chair" | "moderator" | "host" => Role::Chair,
            _ => Role::Other,
        })
        .find(|r| *r != Role::Other)
        .unwrap_or(Role::Other)
}

/// Macro names that are never talks, even with a title and a name.
const NOT_TALKS: &[&str] = &[
    "session",
    "chair",
    "poster",
    "break",
    "coffee",
    "lunch",
    "dinner",
    "social",
    "excursion",
    "welcome",
    "opening",
    "closing",
    "committee",
    "organi",
    "reception",
    "section",
    "chapter",
    "day",
    "newcommand",
    "renewcommand",
    "providecommand",
    "def",
];

/// Whether the document is LaTeX source: one of its first lines with text declares the
/// document class, a package or a macro, begins an environment or a section (a fragment that
/// a booklet inputs).
pub(crate) fn applies(lines: &[&str]) -> bool {
    lines
        .iter()
        .map(|l| l.trim_start())
        .filter(|l| !l.is_empty() && !l.starts_with('%'))
        .take(30)
        .any(|l| {
            [
                "\\documentclass",
                "\\usepackage",
                "\\newcommand",
                "\\renewcommand",
                "\\NewDocumentCommand",
                "\\begin{",
                "\\section",
                "\\subsection",
                "\\chapter",
                "\\input{",
            ]
            .iter()
            .any(|p| l.starts_with(p))
                && !is_math(l)
        })
}

/// Whether a line begins a displayed formula, which Markdown and other listings carry too.
fn is_math(line: &str) -> bool {
    [
        "equation",
        "align",
        "gather",
        "multline",
        "eqnarray",
        "math",
        "displaymath",
        "split",
    ]
    .iter()
    .any(|env| line.starts_with(&format!("\\begin{{{env}")))
}

/// One use of a macro: its name, mandatory arguments (raw TeX) and source line.
#[derive(Debug)]
struct Call {
    name: String,
    args: Vec<String>,
    line: usize,
}

/// The source without comments, as characters, with the line of each character.
struct Text {
    chars: Vec<char>,
    lines: Vec<usize>,
}

/// Drops comments; a line ending in a comment joins the next without a space, as TeX does.
fn uncomment(lines: &[&str]) -> (Text, Vec<(String, usize)>) {
    let mut text = Text {
        chars: Vec::new(),
        lines: Vec::new(),
    };
    let mut comments = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let kept = tex::strip_comment(l);
        if kept.len() < l.len() {
            comments.push((l[kept.len() + 1..].to_owned(), i + 1));
        }
        for c in kept.chars() {
            text.chars.push(c);
            text.lines.push(i + 1);
        }
        if kept.len() == l.len() {
            text.chars.push('\n');
            text.lines.push(i + 1);
        }
    }
    (text, comments)
}

/// Reads a braced group starting at `i` (at `{`): its inner text and the index after it.
fn group(chars: &[char], i: usize) -> (String, usize) {
    let mut depth = 0usize;
    let mut out = String::new();
    let mut j = i;
    while j < chars.len() {
        let c = chars[j];
        match c {
            '\\' => {
                out.push(c);
                if let Some(&n) = chars.get(j + 1) {
                    out.push(n);
                }
                j += 2;
                continue;
            }
            '{' => {
                depth += 1;
                if depth == 1 {
                    j += 1;
                    continue;
                }
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return (out, j + 1);
                }
            }
            _ => {}
        }
        out.push(c);
        j += 1;
    }
    (out, j)
}

/// The arguments after a macro name at `i`: braced groups, optional `[…]` ones skipped, with
/// white space (one line break at most between two) allowed.
fn arguments(chars: &[char], mut i: usize) -> (Vec<String>, usize) {
    let mut args = Vec::new();
    loop {
        let mut j = i;
        let mut breaks = 0;
        while j < chars.len() && chars[j].is_whitespace() {
            breaks += usize::from(chars[j] == '\n');
            j += 1;
        }
        if breaks > 1 {
            break;
        }
        match chars.get(j) {
            Some('{') => {
                let (arg, next) = group(chars, j);
                args.push(arg);
                i = next;
            }
            Some('[') => {
                i = chars[j..]
                    .iter()
                    .position(|&c| c == ']')
                    .map_or(chars.len(), |k| j + k + 1);
            }
            _ => break,
        }
    }
    (args, i)
}

/// Every macro use with at least one argument, definitions skipped.
fn calls(text: &Text) -> Vec<Call> {
    let chars = &text.chars;
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '\\' {
            i += 1;
            continue;
        }
        let start = i + 1;
        let end = chars[start..]
            .iter()
            .position(|c| !c.is_ascii_alphabetic())
            .map_or(chars.len(), |n| start + n);
        if end == start {
            i += 2;
            continue;
        }
        let name: String = chars[start..end].iter().collect();
        let (args, next) = arguments(chars, end);
        let definition = matches!(
            name.as_str(),
            "newcommand" | "renewcommand" | "providecommand" | "NewDocumentCommand" | "def"
        );
        if !args.is_empty() && !definition {
            out.push(Call {
                name,
                args,
                line: text.lines.get(i).copied().unwrap_or(1),
            });
        }
        // a definition's body is skipped; other arguments are searched for nested macros
        i = if definition { next.max(end) } else { end };
    }
    out
}

/// Roles documented in comments: `\talk{time}{title}{speakers}{affiliations}`.
fn documented(comments: &[(String, usize)]) -> FxHashMap<String, Vec<Role>> {
    let mut out = FxHashMap::default();
    for (c, _) in comments {
        let text = Text {
            chars: c.chars().collect(),
            lines: vec![0; c.chars().count()],
        };
        for call in calls(&text) {
            let roles: Vec<Role> = call.args.iter().map(|a| role_word(a)).collect();
            let known = call.args.iter().all(|a| a.split_whitespace().count() <= 6);
            if known && roles.iter().filter(|r| **r != Role::Other).count() >= 2 {
                out.entry(call.name).or_insert(roles);
            }
        }
    }
    out
}

/// Splits an argument at `\and` or `;`.
fn pieces(arg: &str) -> Vec<String> {
    arg.split("\\and")
        .flat_map(|p| p.split(';'))
        .map(tex::decode)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Roles learnt from the shapes of a macro's arguments over its uses.
fn learnt(uses: &[&Call], lex: &Lexicon) -> Vec<Role> {
    let width = uses.iter().map(|c| c.args.len()).max().unwrap_or(0);
    let mut person = vec![0.0f32; width];
    let mut org = vec![0.0f32; width];
    let mut words = vec![0.0f32; width];
    for call in uses {
        for (k, arg) in call.args.iter().enumerate() {
            let ps = pieces(arg);
            if ps.is_empty() {
                continue;
            }
            let n = ps.len() as f32;
            person[k] += ps.iter().map(|p| person_score(p, lex).0).sum::<f32>() / n;
            org[k] += ps.iter().map(|p| org_score(p, lex)).sum::<f32>() / n;
            words[k] += ps
                .iter()
                .map(|p| p.split_whitespace().count() as f32)
                .sum::<f32>();
        }
    }
    let n = uses.len().max(1) as f32;
    let mut roles = vec![Role::Other; width];
    let best = |scores: &[f32], roles: &[Role]| {
        (0..width)
            .filter(|&k| roles[k] == Role::Other && scores[k] / n >= 0.5)
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
    };
    if let Some(k) = best(&person, &roles) {
        roles[k] = Role::Speaker;
    }
    if let Some(k) = best(&org, &roles) {
        roles[k] = Role::Affiliation;
    }
    let clock = |k: usize| {
        uses.iter().all(|c| {
            c.args.get(k).is_none_or(|a| {
                a.chars().any(|ch| ch.is_ascii_digit()) && a.split_whitespace().count() <= 3
            })
        })
    };
    if let Some(k) = (0..width)
        .filter(|&k| roles[k] == Role::Other && !clock(k) && words[k] / n >= 2.0)
        .max_by(|&a, &b| words[a].total_cmp(&words[b]))
    {
        roles[k] = Role::Title;
    }
    roles
}

/// Documented roles, completed by learnt ones where the documentation names none: a role the
/// documentation gives is never given twice.
fn combine(doc: &[Role], learnt: &[Role]) -> Vec<Role> {
    let width = doc.len().max(learnt.len());
    (0..width)
        .map(|k| match (doc.get(k), learnt.get(k)) {
            (Some(&d), _) if d != Role::Other => d,
            (_, Some(&l)) if !doc.contains(&l) => l,
            _ => Role::Other,
        })
        .collect()
}

/// The roles of a macro named like a role: `\speaker{Name}{Inst}`, `\title{…}`.
fn named_roles(name: &str, arity: usize) -> Option<Vec<Role>> {
    match role_word(name) {
        Role::Speaker => {
            let mut roles = vec![Role::Speaker];
            roles.extend(std::iter::repeat_n(
                Role::Affiliation,
                arity.saturating_sub(1),
            ));
            Some(roles)
        }
        _ => None,
    }
}

/// Layout and markup macros, never talks.
const MARKUP: &[&str] = &[
    "begin",
    "end",
    "usepackage",
    "documentclass",
    "multicolumn",
    "href",
    "url",
    "setlength",
    "includegraphics",
    "textcolor",
    "colorbox",
];

fn is_talk_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    !NOT_TALKS.iter().any(|w| lower.contains(w)) && !MARKUP.contains(&lower.as_str())
}

/// Whether a one-argument macro names a talk's title (`\talk{Title}`).
fn is_title_macro(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "talk",
        "keynote",
        "lecture",
        "tutorial",
        "invited",
        "plenary",
        "contributed",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn person(name: String) -> Person {
    Person {
        name,
        ..Person::default()
    }
}

/// A record from one call whose macro has `roles`.
fn record(call: &Call, roles: &[Role]) -> Option<Record> {
    let arg = |role: Role| {
        roles
            .iter()
            .position(|r| *r == role)
            .and_then(|k| call.args.get(k))
    };
    let title = tex::decode(arg(Role::Title)?);
    let mut people: Vec<Person> = pieces(arg(Role::Speaker)?)
        .into_iter()
        .map(person)
        .collect();
    if let Some(affs) = arg(Role::Affiliation) {
        let groups: Vec<Vec<String>> = affs
            .split("\\and")
            .map(|g| records::split_institutions(&tex::decode(g)))
            .filter(|g| !g.is_empty())
            .collect();
        records::assign(&mut people, groups);
    }
    Some(Record {
        title,
        speakers: people,
        line: call.line,
        end: call.line,
        ..Record::default()
    })
}

/// Environments whose rows are a programme table.
const TABLES: &[&str] = &[
    "tabular",
    "tabular*",
    "tabularx",
    "longtable",
    "tabulary",
    "xltabular",
];

/// The rows of every table environment, each as a call of a made-up macro (`tabular#n`, one per
/// table) whose arguments are the cells, so that their roles are learnt like a macro's. A first
/// row of role words (`Time & Title & Speaker & Affiliation`) documents the columns and is no
/// talk.
fn tables(text: &Text, docs: &mut FxHashMap<String, Vec<Role>>) -> Vec<Call> {
    let chars = &text.chars;
    let mut out = Vec::new();
    let mut i = 0;
    let mut count = 0;
    while let Some(at) = find(chars, i, "\\begin{") {
        let (env, after) = group(chars, at + 6);
        i = after;
        if !TABLES.contains(&env.trim()) {
            continue;
        }
        // the column specification (and a width for tabular*/tabularx)
        let (_, body_start) = arguments(chars, after);
        let end =
            find(chars, body_start, &format!("\\end{{{}}}", env.trim())).unwrap_or(chars.len());
        count += 1;
        let name = format!("tabular#{count}");
        let mut first = true;
        for (row, line) in rows(chars, body_start, end, &text.lines) {
            let cells: Vec<String> = split_cells(&row);
            if cells.len() < 2 || cells.iter().all(|c| tex::decode(c).is_empty()) {
                continue;
            }
            if first {
                first = false;
                let roles: Vec<Role> = cells.iter().map(|c| role_word(&tex::decode(c))).collect();
                let short = cells.iter().all(|c| c.split_whitespace().count() <= 3);
                if short && roles.iter().filter(|r| **r != Role::Other).count() >= 2 {
                    docs.insert(name.clone(), roles);
                    continue;
                }
            }
            out.push(Call {
                name: name.clone(),
                args: cells,
                line,
            });
        }
        i = end;
    }
    out
}

/// The index of the next `pattern` at or after `from`.
fn find(chars: &[char], from: usize, pattern: &str) -> Option<usize> {
    let p: Vec<char> = pattern.chars().collect();
    (from..chars.len().saturating_sub(p.len() - 1)).find(|&k| chars[k..].starts_with(&p))
}

/// The rows of a table body (cut at `\\` outside braces, rules dropped), each with the line it
/// starts on.
fn rows(chars: &[char], start: usize, end: usize, lines: &[usize]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_line = lines.get(start).copied().unwrap_or(1);
    let mut depth = 0usize;
    let mut k = start;
    while k < end {
        let c = chars[k];
        if c == '\\' && chars.get(k + 1) == Some(&'\\') && depth == 0 {
            out.push((std::mem::take(&mut cur), cur_line));
            k += 2;
            // an optional space after the break: \\[2pt]
            if chars.get(k) == Some(&'[') {
                k = chars[k..end]
                    .iter()
                    .position(|&c| c == ']')
                    .map_or(end, |n| k + n + 1);
            }
            cur_line = lines.get(k).copied().unwrap_or(cur_line);
            continue;
        }
        if c == '\\' {
            cur.push(c);
            if let Some(&n) = chars.get(k + 1) {
                cur.push(n);
            }
            k += 2;
            continue;
        }
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if cur.trim().is_empty() && !c.is_whitespace() {
            cur_line = lines.get(k).copied().unwrap_or(cur_line);
        }
        cur.push(c);
        k += 1;
    }
    out.push((cur, cur_line));
    out.into_iter()
        .map(|(row, line)| (drop_rules(&row), line))
        .filter(|(row, _)| !row.trim().is_empty())
        .collect()
}

/// A row without `\hline`, booktabs rules and `\cline{…}`; `\multicolumn{n}{spec}{text}` →
/// `text`.
fn drop_rules(row: &str) -> String {
    let mut r = row.to_owned();
    for rule in [
        "\\hline",
        "\\toprule",
        "\\midrule",
        "\\bottomrule",
        "\\endhead",
        "\\endfirsthead",
    ] {
        r = r.replace(rule, " ");
    }
    while let Some(at) = r.find("\\cline{") {
        let close = r[at..].find('}').map_or(r.len(), |n| at + n + 1);
        r.replace_range(at..close, " ");
    }
    while let Some(at) = r.find("\\multicolumn") {
        let chars: Vec<char> = r[at + 12..].chars().collect();
        let (args, used) = arguments(&chars, 0);
        let rest: String = chars[used.min(chars.len())..].iter().collect();
        let text = args.get(2).cloned().unwrap_or_default();
        r = format!("{}{{{}}}{}", &r[..at], text, rest);
    }
    r
}

/// The cells of a row, cut at `&` outside braces (`\&` is an ampersand).
fn split_cells(row: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    let mut chars = row.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
                continue;
            }
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '&' if depth == 0 => {
                out.push(std::mem::take(&mut cur).trim().to_owned());
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur.trim().to_owned());
    out
}

/// Commands whose line is layout, not text.
const LAYOUT_LINES: &[&str] = &[
    "\\documentclass",
    "\\usepackage",
    "\\newcommand",
    "\\renewcommand",
    "\\providecommand",
    "\\NewDocumentCommand",
    "\\def",
    "\\begin",
    "\\end",
    "\\maketitle",
    "\\tableofcontents",
    "\\setlength",
    "\\pagestyle",
    "\\thispagestyle",
    "\\input",
    "\\include",
    "\\vspace",
    "\\hspace",
    "\\newpage",
    "\\clearpage",
    "\\noindent",
    "\\medskip",
    "\\smallskip",
    "\\bigskip",
    "\\hline",
    "\\label",
];

/// The text of LaTeX source, for source without talk macros: comments and layout lines
/// dropped, `\item[…]` a bullet, `\\` a line break, each piece decoded.
pub(crate) fn plain<'a>(lines: &[&str]) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let kept = tex::strip_comment(l).trim();
        if kept.is_empty() {
            // a blank line separates entries; a comment line is nothing
            if l.trim().is_empty() {
                out.push(Line::new("", i + 1));
            }
            continue;
        }
        if LAYOUT_LINES.iter().any(|c| {
            kept.strip_prefix(c)
                .is_some_and(|rest| !rest.starts_with(|ch: char| ch.is_ascii_alphabetic()))
        }) {
            continue;
        }
        let item = kept
            .strip_prefix("\\item")
            .filter(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()));
        let body = match item {
            Some(rest) => {
                let rest = rest.trim_start();
                // \item[09:00] keeps its label as text
                let rest = match rest.strip_prefix('[') {
                    Some(r) => r.replacen(']', " ", 1),
                    None => rest.to_owned(),
                };
                format!("• {rest}")
            }
            None => kept.to_owned(),
        };
        for piece in body.split("\\\\") {
            let text = tex::decode(piece);
            if !text.is_empty() {
                out.push(Line::new(text, i + 1));
            }
        }
    }
    out
}

/// Reads the talk records of LaTeX source.
pub(crate) fn read(lines: &[&str], lex: &Lexicon) -> Vec<Record> {
    let (text, comments) = uncomment(lines);
    let mut docs = documented(&comments);
    let mut all = calls(&text);
    let rows = tables(&text, &mut docs);
    if !rows.is_empty() {
        all.extend(rows);
        all.sort_by_key(|c| c.line);
    }
    let mut by_name: FxHashMap<&str, Vec<&Call>> = FxHashMap::default();
    for c in &all {
        by_name.entry(c.name.as_str()).or_default().push(c);
    }
    let roles: FxHashMap<&str, Vec<Role>> = by_name
        .iter()
        .filter(|(name, uses)| {
            is_talk_name(name) && uses.iter().any(|c| c.args.len() >= 2)
                || docs.contains_key(**name)
        })
        .map(|(name, uses)| {
            let arity = uses.iter().map(|c| c.args.len()).max().unwrap_or(0);
            let r = match (docs.get(*name), named_roles(name, arity)) {
                (Some(doc), _) => combine(doc, &learnt(uses, lex)),
                (None, Some(named)) => named,
                (None, None) => learnt(uses, lex),
            };
            (*name, r)
        })
        .collect();
    let mut out: Vec<Record> = Vec::new();
    let mut pending: Option<Record> = None;
    for call in &all {
        let name = call.name.as_str();
        let r = roles.get(name);
        let has = |role: Role| r.is_some_and(|r| r.contains(&role));
        if has(Role::Title) && has(Role::Speaker) && is_talk_name(name) {
            out.extend(pending.take());
            out.extend(record(call, r.map_or(&[][..], Vec::as_slice)));
        } else if is_title_macro(name) && !has(Role::Speaker) {
            // \talk{Title} or \talk{10:00}{Title}: the speakers follow in their own macros
            let at = r
                .and_then(|r| r.iter().position(|x| *x == Role::Title))
                .unwrap_or(call.args.len().saturating_sub(1));
            let Some(title) = call.args.get(at).or(call.args.last()) else {
                continue;
            };
            out.extend(pending.take());
            pending = Some(Record {
                title: tex::decode(title),
                line: call.line,
                end: call.line,
                ..Record::default()
            });
        } else if has(Role::Speaker)
            && !has(Role::Title)
            && (docs.contains_key(name) || role_word(name) == Role::Speaker)
        {
            if let (Some(p), Some(roles)) = (pending.as_mut(), r) {
                let mut people: Vec<Person> = Vec::new();
                if let Some(k) = roles.iter().position(|x| *x == Role::Speaker) {
                    people = pieces(&call.args[k.min(call.args.len() - 1)])
                        .into_iter()
                        .map(person)
                        .collect();
                }
                let affs: Vec<String> = roles
                    .iter()
                    .zip(&call.args)
                    .filter(|(x, _)| **x == Role::Affiliation)
                    .flat_map(|(_, a)| records::split_institutions(&tex::decode(a)))
                    .collect();
                for person in &mut people {
                    person.affiliations.clone_from(&affs);
                }
                p.speakers.extend(people);
                p.end = call.line;
            }
        }
    }
    out.extend(pending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talks(src: &str) -> Vec<Record> {
        let lines: Vec<&str> = src.lines().collect();
        read(&lines, &Lexicon::builtin_for_tests())
    }

    #[test]
    fn documented_roles_name_the_arguments() {
        let src = r#"\documentclass{article}
% \lecture{affiliation}{speaker}{title}
\newcommand{\lecture}[3]{\textbf{#3} \\ #2, #1}
\newcommand{\sess}[2]{\section*{#1 (chair: #2)}}
\begin{document}
\sess{Morning}{Hana Kov\'a\v{r}ov\'a}
\lecture{ETH Z\"urich \and Lund University}{Bruno Ferri \and Li Na}{Waves --
  and {Particles}}
% \lecture{KTH}{Withdrawn Person}{Withdrawn Talk}
\end{document}"#;
        let r = talks(src);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].title, "Waves – and Particles");
        assert_eq!(r[0].speakers[1].name, "Li Na");
        assert_eq!(r[0].speakers[1].affiliations, ["Lund University"]);
        assert_eq!(r[0].line, 7);
    }

    #[test]
    fn roles_are_learnt_from_argument_shapes() {
        let src = r"\usepackage{booktabs}
\newcommand{\slot}[4]{#1 & #2 & #3 & #4 \\}
\slot{09:30}{Sparse solvers for wave equations}{Dr.~Ingrid Nilsen}{University of Oslo}
\slot{10:15}{Learning to rank proteins at scale}{Omar Haddad \and Eva Lind}{Uppsala University}
\slot{11:00}{Coffee break}{}{}
\talk{Graphs for chemists}
\speaker{Rosa Delgado}{Universidad de Chile}
\invitedtalk{14:00}{Knots in proteins, untied}
\speaker{Jan Nowak}{University of Warsaw}
\speaker{Ewa Zielinska}{Jagiellonian University}
\invitedtalk{15:00}{Folding kinetics at scale}
\speaker{Ida Berg}{Lund University}";
        let r = talks(src);
        let titles: Vec<&str> = r.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Sparse solvers for wave equations",
                "Learning to rank proteins at scale",
                "Coffee break",
                "Graphs for chemists",
                "Knots in proteins, untied",
                "Folding kinetics at scale"
            ]
        );
        assert_eq!(r[0].speakers[0].name, "Dr. Ingrid Nilsen");
        assert_eq!(r[1].speakers[1].affiliations, ["Uppsala University"]);
        assert!(r[2].speakers.is_empty());
        assert_eq!(r[3].speakers[0].affiliations, ["Universidad de Chile"]);
        assert_eq!(r[4].speakers[1].affiliations, ["Jagiellonian University"]);
        assert_eq!(r[5].speakers.len(), 1);
    }

    #[test]
    fn documentation_words_and_shapes_complete_each_other() {
        assert_eq!(role_word("speaker(s)"), Role::Speaker);
        assert_eq!(role_word("affil."), Role::Affiliation);
        assert_eq!(role_word("names, sep. by \\and"), Role::Speaker);
        assert_eq!(role_word("when"), Role::Other);
        // the comment names only the time and the title; the shapes find the rest
        let src = r"\documentclass{book}
% \entry{when}{talk title}{who knows}{misc}
\newcommand{\entry}[4]{#1 #2 #3 #4}
\entry{14:00}{Ice Sheets and Sea Level}{Tove Lindahl \and Ruth Aalto}{Stockholm University \and University of Helsinki}
\entry{14:45}{Permafrost Carbon Feedbacks}{Dr.~Sipho Ndlovu}{University of Cape Town}";
        let r = talks(src);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].speakers[1].affiliations, ["University of Helsinki"]);
        assert_eq!(
            combine(
                &[Role::Other, Role::Title, Role::Other],
                &[Role::Title, Role::Other, Role::Speaker]
            ),
            [Role::Other, Role::Title, Role::Speaker]
        );
    }

    #[test]
    fn table_rows_are_read_like_macro_calls() {
        let src = r"\documentclass{article}
\begin{document}
\begin{tabular}{@{}llll@{}}
\toprule
Time & Title & Speaker(s) & Affiliation \\
\midrule
09:00 & Glacier Hydrology & Tove Lindahl & Stockholm University \\
09:45 & Sea Ice \& Albedo & Sipho Ndlovu \and Eva Lind & University of Cape Town \and Uppsala University \\[2pt]
\multicolumn{4}{c}{Lunch} \\
\bottomrule
\end{tabular}
\begin{tabular}{ll}
Mon & Ice Cores Without Tears: a Primer & Dr.~Ruth Aalto & University of Helsinki \\
Tue & Permafrost Carbon and Climate & Omar Haddad & Lund University \\
\end{tabular}
\end{document}";
        let r = talks(src);
        let titles: Vec<&str> = r.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Glacier Hydrology",
                "Sea Ice & Albedo",
                "Ice Cores Without Tears: a Primer",
                "Permafrost Carbon and Climate"
            ],
            "{r:?}"
        );
        assert_eq!(r[1].speakers[1].affiliations, ["Uppsala University"]);
        assert_eq!(r[1].line, 8);
        assert_eq!(r[3].speakers[0].affiliations, ["Lund University"]);
    }

    #[test]
    fn fragments_are_latex_and_listings_are_not() {
        assert!(applies(&[
            "% day two",
            "\\subsection*{Tuesday}",
            "\\talk{A}{B}"
        ]));
        assert!(applies(&["\\begin{tabular}{ll}"]));
        assert!(!applies(&[
            "## Abstract",
            "\\begin{equation*}",
            "E = mc^2",
            "\\end{equation*}"
        ]));
        assert!(!applies(&["Talks", "\\begin{tabular}"][..1]));
        assert!(!applies(&["Title: Sparse codes", "Speaker: Ann Lee (KTH)"]));
    }

    #[test]
    fn source_without_talk_macros_becomes_its_text() {
        let src = [
            "\\usepackage{x}",
            "\\begin{itemize}",
            "\\item[9:00] \\textbf{Tides}\\\\ Ann Lee, Lund University % keynote",
            "% \\item gone",
            "",
            "\\item \\emph{Waves}",
            "\\end{itemize}",
        ];
        let lines: Vec<(String, usize)> = plain(&src)
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        assert_eq!(
            lines,
            [
                ("• 9:00 Tides".to_owned(), 3),
                ("Ann Lee, Lund University".to_owned(), 3),
                (String::new(), 5),
                ("• Waves".to_owned(), 6),
            ]
        );
    }

    #[test]
    fn broken_source_does_not_panic() {
        for src in [
            "\\begin{tabular}{ll} a & b \\\\[",
            "\\begin{tabular}",
            "\\begin{longtable}{l}\\multicolumn{2}",
            "\\",
            "\\talk{",
            "\\talk{a}{",
            "% \\x{",
            "\\newcommand{\\a}[2]{#1",
            "{}}}\\b}{",
        ] {
            let _ = talks(src);
        }
    }
}
