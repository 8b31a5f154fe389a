//! `build`, `query`, `export`, `remove` and `validate` through the binary, on an on-disk store.

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;

use crate::hay::{sample_path, TestResult};

fn talkgraph(store: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkgraph");
    cmd.env("TALKGRAPH_STORE", store)
        .env("SOURCE_DATE_EPOCH", "1795824000");
    cmd
}

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

#[test]
fn cli_build_query_export_remove() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");

    // build: summary of the whole store
    let built = talkgraph(&store)
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();
    let text = stdout(&built);
    assert!(text.contains("talks        16 (and 11 segments)"), "{text}");
    assert!(text.contains("speakers     23"), "{text}");
    assert!(text.contains("institutions 21"), "{text}");
    let err = String::from_utf8_lossy(&built.get_output().stderr).into_owned();
    assert!(
        err.contains("recorded-talks.txt") && err.contains("added"),
        "{err}"
    );

    // an unchanged rebuild writes nothing
    let again = talkgraph(&store)
        .args(["build", "--format", "json"])
        .arg(sample_path())
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&again))?;
    assert_eq!(v["documents"][0]["status"], "unchanged");
    assert_eq!(v["triples_written"], 0);
    assert_eq!(v["summary"]["speakers"], 23);

    // named query, table
    let table = talkgraph(&store)
        .args(["query", "speakers-by-institution"])
        .assert()
        .success();
    let text = stdout(&table);
    assert!(
        text.lines()
            .next()
            .is_some_and(|h| h.starts_with("institution")),
        "{text}"
    );
    assert!(text.contains("Learning-enabled Optimization"), "{text}");

    // inline SPARQL with the standard formats
    let q = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n LIMIT 2";
    let json = talkgraph(&store)
        .args(["query", "--format", "json", q])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&json))?;
    assert_eq!(v["head"]["vars"][0], "n");
    assert_eq!(v["results"]["bindings"].as_array().map(Vec::len), Some(2));
    talkgraph(&store)
        .args(["query", "--format", "csv", q])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("n\r\n"));
    talkgraph(&store)
        .args(["query", "--format", "tsv", q])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("?n\n"));
    talkgraph(&store)
        .args(["query", "--format", "xml", q])
        .assert()
        .success()
        .stdout(predicate::str::contains("<sparql"));
    // from stdin and from a file
    talkgraph(&store)
        .args(["query", "-"])
        .write_stdin("ASK { ?s a <https://schema.org/Person> }")
        .assert()
        .success()
        .stdout("true\n");
    let file = dir.path().join("q.rq");
    std::fs::write(
        &file,
        "SELECT (COUNT(*) AS ?c) WHERE { ?t a <https://w3id.org/talkgraph/ontology#Segment> }",
    )?;
    talkgraph(&store)
        .args(["query", "-f"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("11"));
    // CONSTRUCT gives Turtle
    talkgraph(&store)
        .args(["query", "co-affiliation-network"])
        .assert()
        .success()
        .stdout(predicate::str::contains("tg:sharesSpeakerWith"));

    // export to a file, deterministic
    let ttl = dir.path().join("graph.ttl");
    talkgraph(&store)
        .args(["export", "-o"])
        .arg(&ttl)
        .assert()
        .success();
    let first = std::fs::read(&ttl)?;
    talkgraph(&store)
        .args(["export", "-o"])
        .arg(&ttl)
        .assert()
        .success();
    assert_eq!(first, std::fs::read(&ttl)?);
    assert!(String::from_utf8(first)?.contains("schema:performer"));
    independent_parser_reads(&ttl)?;

    // validate
    talkgraph(&store)
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::contains("the store conforms"));

    // remove by file name
    talkgraph(&store)
        .arg("remove")
        .arg(sample_path())
        .assert()
        .success()
        .stdout(predicate::str::contains("removed"));
    let summary = talkgraph(&store)
        .args(["query", "--format", "csv", "summary"])
        .assert()
        .success();
    assert!(
        stdout(&summary).contains("\r\n0,0,0,0,0,0,0,0"),
        "{}",
        stdout(&summary)
    );
    talkgraph(&store)
        .arg("remove")
        .arg(sample_path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("nothing removed"));
    Ok(())
}

/// Parses a Turtle file with a parser talkgraph did not write: `rapper` (raptor2-utils, which
/// .ci/run installs) or Python's rdflib. Without either the check is skipped, unless
/// `TALKGRAPH_REQUIRE_RAPPER` is set (as .ci/run does).
fn independent_parser_reads(path: &std::path::Path) -> TestResult {
    let rapper = std::process::Command::new("rapper")
        .args(["-i", "turtle", "-c"])
        .arg(path)
        .output();
    match rapper {
        Ok(out) => {
            assert!(
                out.status.success(),
                "rapper: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("returned"), "{err}");
            Ok(())
        }
        Err(_) if std::env::var_os("TALKGRAPH_REQUIRE_RAPPER").is_some() => {
            Err("rapper (raptor2-utils) is required but not installed".into())
        }
        Err(_) => {
            eprintln!("rapper not installed: independent Turtle parse skipped");
            Ok(())
        }
    }
}

#[test]
fn cli_query_errors() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    // read-only commands on a store that does not exist
    talkgraph(&store)
        .args(["query", "summary"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no store at")
                .and(predicate::str::contains("talkgraph build")),
        );
    talkgraph(&store)
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();
    // syntax error: line, column, the text
    talkgraph(&store)
        .args(["query", "SELECT ?x WHERE {\n ?x ?y \n}"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3").and(predicate::str::contains("^")));
    // updates are refused without --update, and the store is unchanged
    talkgraph(&store)
        .args(["query", "CLEAR ALL"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--update"));
    talkgraph(&store)
        .args([
            "query",
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Person> }",
        ])
        .assert()
        .success()
        .stdout("n\r\n23\r\n");
    // unknown named query
    talkgraph(&store)
        .args(["query", "no-such-query"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("speakers-by-institution"));
    // the list of named queries says what each answers
    talkgraph(&store)
        .args(["query", "--list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "session-segments\n    Segments of each session",
        ));
    // a bad --base
    talkgraph(&store)
        .args(["build", "--base", "not an iri"])
        .arg(sample_path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--base"));
    Ok(())
}

#[test]
fn cli_store_in_use() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("store");
    let held = talkgraph::store::GraphStore::open(&path)?;
    talkgraph(&path)
        .arg("build")
        .arg(sample_path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is in use by another process"));
    drop(held);
    talkgraph(&path)
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();
    Ok(())
}

/// An error that carries another's text says it once: `store X: IO error: …`, not the storage
/// error's text again for each link of the chain.
#[test]
fn cli_errors_say_their_cause_once() -> TestResult {
    let dir = tempfile::tempdir()?;
    // a regular file where the store's folder should be
    let path = dir.path().join("not-a-folder");
    std::fs::write(&path, "")?;
    let failed = talkgraph(&path)
        .arg("build")
        .arg(sample_path())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    let line = stderr
        .lines()
        .find(|l| l.starts_with("talkgraph: error: store "))
        .ok_or_else(|| format!("no store error in {stderr:?}"))?;
    let cause = line.rsplit(": ").next().unwrap_or_default();
    assert!(
        !cause.is_empty() && line.matches(cause).count() == 1,
        "{line}"
    );

    // the same for an address that cannot be bound (TEST-NET-1: no interface has it)
    let store = dir.path().join("store");
    drop(talkgraph::store::GraphStore::open(&store)?);
    let failed = talkgraph(&store)
        .args(["serve", "--bind", "192.0.2.1:7878"])
        .assert()
        .failure();
    let stderr = String::from_utf8_lossy(&failed.get_output().stderr).into_owned();
    assert_eq!(stderr.matches("os error").count(), 1, "{stderr}");
    Ok(())
}

#[test]
fn cli_build_with_own_topics_and_ror() -> TestResult {
    let dir = tempfile::tempdir()?;
    let topics = dir.path().join("topics.ttl");
    std::fs::write(
        &topics,
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
         <https://example.org/t/hessians> a skos:Concept ; skos:prefLabel \"Hessians\"@en ; skos:altLabel \"Hessian\" .\n",
    )?;
    let listing = dir.path().join("one.txt");
    std::fs::write(
        &listing,
        "Hunting the Hessian\nMadeleine Udell, Google DeepMind\n",
    )?;
    let out = talkgraph(&dir.path().join("unused"))
        .args(["build", "--memory", "--format", "json", "--topics"])
        .arg(&topics)
        .arg("--ror")
        .arg(crate::hay::root().join("tests/fixtures/ror/dump.json"))
        .arg(&listing)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&out))?;
    assert_eq!(v["summary"]["topics"], 1, "{v}");
    assert_eq!(v["store"], serde_json::Value::Null, "--memory");
    // extract tags with the same scheme
    talkgraph(&dir.path().join("unused"))
        .args(["extract", "-f", "json", "--topics"])
        .arg(&topics)
        .arg(&listing)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"Hessians\""));
    // a bad scheme or dump is a clear error naming the file
    std::fs::write(&topics, "not turtle")?;
    talkgraph(&dir.path().join("unused"))
        .args(["build", "--memory", "--topics"])
        .arg(&topics)
        .arg(&listing)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("topic scheme").and(predicate::str::contains("topics.ttl")),
        );
    talkgraph(&dir.path().join("unused"))
        .args(["build", "--memory", "--ror"])
        .arg(crate::hay::root().join("tests/fixtures/ror/bad.json"))
        .arg(&listing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.json").and(predicate::str::contains("line 4")));
    Ok(())
}

#[test]
fn cli_stats_and_network_export() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    talkgraph(&store)
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();
    let table = talkgraph(&store).arg("stats").assert().success();
    let text = stdout(&table);
    assert!(text.contains("3     3.000  TILOS – UC San Diego"), "{text}");
    assert!(text.contains("Google – UIUC"), "{text}");
    assert!(text.contains("     3  Caltech"), "{text}");
    let json = talkgraph(&store)
        .args(["stats", "--format", "json", "--top", "3"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&json))?;
    assert_eq!(v["bipartite"]["speakers"], 23);
    assert_eq!(v["bipartite"]["institutions"], 21);
    assert_eq!(v["bipartite"]["edges"], 28);
    assert_eq!(
        v["institution_projection"]["pairs"][0]["shared_speakers"],
        3
    );
    assert_eq!(
        v["bipartite"]["institutions_by_degree"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
    // the speaker-level pair lists are capped by --max-pairs, the count says how many there are
    let all = v["speaker_projection"]["pair_count"].as_u64().unwrap_or(0);
    assert!(all > 2, "{}", v["speaker_projection"]);
    assert_eq!(
        v["speaker_projection"]["pairs"].as_array().map(Vec::len),
        Some(all as usize)
    );
    let capped = talkgraph(&store)
        .args(["stats", "--format", "json", "--max-pairs", "2"])
        .assert()
        .success();
    let c: serde_json::Value = serde_json::from_str(&stdout(&capped))?;
    assert_eq!(c["speaker_projection"]["pair_count"], all);
    assert_eq!(
        c["speaker_projection"]["pairs"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(
        c["speaker_projection"]["pairs"][0], v["speaker_projection"]["pairs"][0],
        "the heaviest pairs are kept"
    );
    let series = talkgraph(&store)
        .args([
            "stats",
            "--format",
            "json",
            "--series",
            "IEEE Seasonal School",
        ])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&series))?;
    assert_eq!(
        v["bipartite"]["speakers"], 10,
        "the school's segment speakers"
    );
    let only = talkgraph(&store)
        .args(["stats", "--projection", "institutions", "--format", "json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&only))?;
    assert!(v.get("bipartite").is_none() && v.get("speaker_projection").is_none());
    assert_eq!(v["institution_projection"]["edges"], 3);
    let table = talkgraph(&store)
        .args(["stats", "--projection", "institutions"])
        .assert()
        .success();
    assert!(
        !stdout(&table).contains("== Bipartite"),
        "{}",
        stdout(&table)
    );
    for format in ["graphml", "gexf", "dot", "json"] {
        let file = dir.path().join(format!("net.{format}"));
        talkgraph(&store)
            .args([
                "network",
                "export",
                "--projection",
                "institutions",
                "-f",
                format,
                "-o",
            ])
            .arg(&file)
            .assert()
            .success();
        assert!(
            std::fs::read_to_string(&file)?.contains("TILOS"),
            "{format}"
        );
    }
    Ok(())
}

#[test]
fn cli_build_reports_bad_files_and_keeps_the_good_ones() -> TestResult {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    let png = dir.path().join("picture.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")?;
    let missing = dir.path().join("missing.txt");
    let out = talkgraph(&store)
        .arg("build")
        .arg(sample_path())
        .arg(&png)
        .arg(&missing)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("picture.txt") && err.contains("binary"),
        "{err}"
    );
    assert!(err.contains("missing.txt"), "{err}");
    assert!(stdout(&out).contains("sources      1"), "{}", stdout(&out));
    // nothing readable: exit 1, and the store is unchanged
    let before = talkgraph(&store)
        .args(["export", "--format", "nquads"])
        .assert()
        .success();
    talkgraph(&store)
        .arg("build")
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the store is unchanged"));
    let after = talkgraph(&store)
        .args(["export", "--format", "nquads"])
        .assert()
        .success();
    assert_eq!(before.get_output().stdout, after.get_output().stdout);
    Ok(())
}
