//! Property tests: extraction never panics, and every line it reports is in the input.

use proptest::prelude::*;
use talkgraph::extract::Extractor;
use talkgraph::read::Source;

fn check(text: &str) {
    let Ok(extractor) = Extractor::new() else {
        panic!("built-in gazetteer must load")
    };
    let source = Source::from_text("p.txt", text);
    let lines = source.lines().len();
    let doc = extractor.extract(&source);
    for talk in doc.talks.iter().flat_map(|t| t.walk()) {
        assert!(
            talk.line >= 1 && talk.line <= lines,
            "talk line {} of {lines}",
            talk.line
        );
        assert!(talk.end_line >= talk.line && talk.end_line <= lines);
        for s in &talk.speakers {
            assert!(s.line >= 1 && s.line <= lines);
        }
    }
    for w in &doc.warnings {
        assert!(w.line <= lines);
    }
}

/// Lines made of the pieces listings are made of, so that the extractor's paths are reached.
fn listing_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}(, (University of [A-Z][a-z]+|MIT|IBM|Google|UC Berkeley))?",
        "[A-Z][a-z]+( [a-zA-Z]+){0,8}(: [A-Za-z ]{3,30})?",
        "[0-9]{1,2}:[0-9]{2}(:[0-9]{2})? - \"[A-Za-z ]{3,20}\", [A-Z][a-z]+ [A-Z][a-z]+, Professor, [A-Z]{2,5}",
        "([a-z]+ ){10,40}[a-z]+\\.",
        "[-*#•0-9.()|\t:,&\"“”—– ]{0,12}[A-Za-z ,()&]{0,40}",
        "[A-Z][a-z]+ [“\"«][A-Za-z ]{0,12}[”\"»]? [A-Z][a-z]+(, [A-Z]{2,4})?",
        ".{0,80}",
    ]
}

/// Lines of the structured formats (BibTeX, YAML, LaTeX, semicolon spreadsheets), with their
/// braces, quotes, escapes and separators left unbalanced at random.
fn record_line() -> impl Strategy<Value = String> {
    prop_oneof![
        r"@(misc|string|comment|article)[{(][a-z0-9]{0,6},?",
        r##" *(author|title|note) *= *(\{|"|)[A-Za-z ,{}'`~"#&;üİß]{0,40}(\}|"|),?"##,
        r#" *(- )?(title|speakers?|affiliation|name|status): ?(\[|\{|'|"|>-|\||)[A-Za-z ,:'"]{0,30}(\]|\}|'|"|)"#,
        r"(\\)(documentclass|usepackage|newcommand|talk|speaker|begin|end|item)(\{[A-Za-z &~%]{0,20}\}?){0,4}(\\\\|\\and|%|)",
        r#"("?[A-Za-zé /&;]{0,15}"?;){2,6}[A-Za-z ]{0,10}"#,
        r"(Date|Nom|Prénom|Titre|Établissement|Vortragende\(r\));(Nom|Prénom|Titre|Titel);(Titre|Institution)",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        check(&text);
    }

    #[test]
    fn record_shaped_text_never_panics(lines in prop::collection::vec(record_line(), 0..30)) {
        check(&lines.join("\n"));
    }

    #[test]
    fn listing_shaped_text_never_panics(lines in prop::collection::vec(listing_line(), 0..40)) {
        check(&lines.join("\n"));
    }
}
