//! `talkgraph import` through the binary: every format, stdin, graph names, atomicity, and
//! imported data taking part in `query`, `stats` and `export`.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;

use crate::hay::{sample_path, TestResult};

fn talkgraph(store: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkgraph");
    cmd.env("TALKGRAPH_STORE", store)
        .env("SOURCE_DATE_EPOCH", "1795824000");
    cmd
}

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// A person of the sample (Sicun Gao) with a new affiliation, and a new person at a new
/// institution, as a DBLP or Wikidata extract might state them.
const EXTRACT_TTL: &str = r#"@prefix schema: <https://schema.org/> .
@prefix person: <https://w3id.org/talkgraph/person/> .
person:sicun-gao schema:affiliation <https://example.org/org/acme-labs> .
person:ada-example a schema:Person ; schema:name "Ada Example" ;
    schema:affiliation <https://example.org/org/acme-labs> .
<https://example.org/org/acme-labs> a schema:Organization ; schema:name "Acme Labs" .
"#;

const GRAPH: &str = "https://w3id.org/talkgraph/graph/import/extract";

#[test]
fn cli_import_takes_part_in_query_stats_and_export() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    talkgraph(&store)
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();
    let stats = |store: &Path| -> Result<serde_json::Value, Box<dyn std::error::Error>> {
        let out = talkgraph(store)
            .args(["stats", "--format", "json"])
            .assert()
            .success();
        Ok(serde_json::from_str(&stdout(&out))?)
    };
    let before = stats(&store)?;

    let file = dir.path().join("extract.ttl");
    std::fs::write(&file, EXTRACT_TTL)?;
    let imported = talkgraph(&store)
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    let text = stdout(&imported);
    assert!(text.contains(&format!("→ <{GRAPH}>: 6 triples")), "{text}");
    assert!(
        text.contains("imported 6 triples into 1 graph (0 replaced)"),
        "{text}"
    );

    // query sees it in the union of the graphs
    let q = talkgraph(&store)
        .args(["query", "--format", "csv"])
        .arg("SELECT ?name WHERE { ?p schema:affiliation/schema:name \"Acme Labs\" ; schema:name ?name } ORDER BY ?name")
        .assert()
        .success();
    assert_eq!(stdout(&q), "name\r\nAda Example\r\nSicun Gao\r\n");

    // stats: one more speaker-side node? No: Ada gave no talk, but the bipartite graph is
    // read from schema:affiliation, so both people and the new institution are in it.
    let after = stats(&store)?;
    let inst = |v: &serde_json::Value| v["bipartite"]["institutions"].as_u64();
    let edges = |v: &serde_json::Value| v["bipartite"]["edges"].as_u64();
    assert_eq!(inst(&after), inst(&before).map(|n| n + 1), "{after}");
    assert_eq!(edges(&after), edges(&before).map(|n| n + 2), "{after}");

    // export of the imported graph gives its triples back
    let exported = talkgraph(&store)
        .args(["export", "--format", "ntriples", "--graph", GRAPH])
        .assert()
        .success();
    assert_eq!(stdout(&exported).lines().count(), 6);

    // importing again replaces, it does not add
    std::fs::write(&file, EXTRACT_TTL.replace("Acme Labs", "Acme Research"))?;
    let again = talkgraph(&store)
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    assert!(stdout(&again).contains("(1 replaced)"));
    let exported = talkgraph(&store)
        .args(["export", "--format", "ntriples", "--graph", GRAPH])
        .assert()
        .success();
    let text = stdout(&exported);
    assert_eq!(text.lines().count(), 6, "{text}");
    assert!(text.contains("Acme Research") && !text.contains("Acme Labs"));
    Ok(())
}

/// The same four statements in every format talkgraph imports.
const FORMATS: &[(&str, &str)] = &[
    (
        "a.ttl",
        "@prefix ex: <https://e.org/> . ex:s ex:p \"x\"@en , 2 ; ex:q [ ex:r ex:o ] .",
    ),
    (
        "a.nt",
        "<https://e.org/s> <https://e.org/p> \"x\"@en .\n<https://e.org/s> <https://e.org/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<https://e.org/s> <https://e.org/q> _:b .\n_:b <https://e.org/r> <https://e.org/o> .\n",
    ),
    (
        "a.nq",
        "<https://e.org/s> <https://e.org/p> \"x\"@en .\n<https://e.org/s> <https://e.org/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<https://e.org/s> <https://e.org/q> _:b .\n_:b <https://e.org/r> <https://e.org/o> .\n",
    ),
    (
        "a.trig",
        "@prefix ex: <https://e.org/> . { ex:s ex:p \"x\"@en , 2 ; ex:q [ ex:r ex:o ] . }",
    ),
    (
        "a.rdf",
        r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://e.org/">
  <rdf:Description rdf:about="https://e.org/s">
    <ex:p xml:lang="en">x</ex:p>
    <ex:p rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">2</ex:p>
    <ex:q><rdf:Description><ex:r rdf:resource="https://e.org/o"/></rdf:Description></ex:q>
  </rdf:Description>
</rdf:RDF>"#,
    ),
    (
        "a.jsonld",
        r#"{"@context": {"ex": "https://e.org/"}, "@id": "ex:s",
            "ex:p": [{"@value": "x", "@language": "en"}, 2],
            "ex:q": {"ex:r": {"@id": "ex:o"}}}"#,
    ),
];

#[test]
fn cli_import_reads_every_format_by_extension_and_stdin() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    for (name, text) in FORMATS {
        let file = dir.path().join(name);
        std::fs::write(&file, text)?;
        let out = talkgraph(&store)
            .arg("import")
            .arg(&file)
            .args(["--graph", &format!("https://e.org/graph/{name}")])
            .assert()
            .success();
        assert!(
            stdout(&out).contains(": 4 triples"),
            "{name}: {}",
            stdout(&out)
        );
    }
    // stdin needs --format; default graph name `stdin`
    let out = talkgraph(&store)
        .args(["import", "-", "--format", "ntriples"])
        .write_stdin(FORMATS[1].1)
        .assert()
        .success();
    assert!(
        stdout(&out).contains("- → <https://w3id.org/talkgraph/graph/import/stdin>: 4 triples"),
        "{}",
        stdout(&out)
    );
    let out = talkgraph(&store)
        .args(["import", "-"])
        .write_stdin("x")
        .assert()
        .failure();
    assert!(stderr(&out).contains("--format"), "{}", stderr(&out));
    // every graph holds the same statements: the literal "2" in each, once
    let q = talkgraph(&store)
        .args(["query", "--format", "csv"])
        .arg("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s <https://e.org/p> 2 ; <https://e.org/p> \"x\"@en } }")
        .assert()
        .success();
    assert_eq!(stdout(&q), "n\r\n7\r\n");
    Ok(())
}

#[test]
fn cli_import_a_syntax_error_names_file_line_column_and_changes_nothing() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    talkgraph(&store)
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();
    let dump = |store: &Path| {
        let out = talkgraph(store)
            .args(["export", "--format", "nquads"])
            .assert()
            .success();
        stdout(&out)
    };
    let before = dump(&store);
    let good = dir.path().join("good.ttl");
    std::fs::write(&good, EXTRACT_TTL)?;
    let bad = dir.path().join("bad.nt");
    std::fs::write(
        &bad,
        "<https://e.org/a> <https://e.org/p> \"1\" .\n<https://e.org/a> <https://e.org/p> \"2\" .\n<https://e.org/a> <https://e.org/p> oops .\n",
    )?;
    let out = talkgraph(&store)
        .arg("import")
        .arg(&good)
        .arg(&bad)
        .assert()
        .failure();
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:3:", bad.display())),
        "no file:line in {err}"
    );
    // a column after the line
    let col = err
        .split(&format!("{}:3:", bad.display()))
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|c| c.parse::<u32>().ok());
    assert!(col.is_some_and(|c| c > 1), "{err}");
    assert_eq!(dump(&store), before, "a failed import changed the store");
    // an unknown extension asks for --format
    let txt = dir.path().join("talks.txt");
    std::fs::write(&txt, "x")?;
    let out = talkgraph(&store).arg("import").arg(&txt).assert().failure();
    assert!(stderr(&out).contains("--format"), "{}", stderr(&out));
    Ok(())
}
