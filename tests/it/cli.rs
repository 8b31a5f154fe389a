//! The `talkgraph extract` command through the binary.

use assert_cmd::cargo::cargo_bin_cmd;
use assert_fs::prelude::*;
use predicates::prelude::*;

use crate::hay::{sample_path, TestResult};

/// The JSON a successful run printed.
fn json(assert: assert_cmd::assert::Assert) -> Result<serde_json::Value, serde_json::Error> {
    serde_json::from_slice(&assert.get_output().stdout)
}

#[test]
fn cli_extract_json_on_the_sample() -> TestResult {
    let v = json(
        cargo_bin_cmd!("talkgraph")
            .args(["extract", "--format", "json"])
            .arg(sample_path())
            .assert()
            .success(),
    )?;
    let doc = &v["documents"][0];
    assert!(doc["source"]
        .as_str()
        .is_some_and(|s| s.ends_with("data/recorded-talks.txt")));
    assert_eq!(doc["title"], "Recorded Talks: Workshops and Tutorials");
    let first = &doc["talks"][0];
    assert_eq!(
        first["title"],
        "Flat Minima and Generalization: from Matrix Sensing to Neural Networks"
    );
    assert_eq!(first["line"], 2);
    assert_eq!(
        first["speakers"][0]["affiliations"][0]["name"],
        "University of Washington"
    );
    for key in [
        "series",
        "part",
        "part_count",
        "abstract",
        "topics",
        "start",
        "start_seconds",
        "segments",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    Ok(())
}

#[test]
fn cli_extract_reads_stdin() -> TestResult {
    let v = json(
        cargo_bin_cmd!("talkgraph")
            .args(["extract", "--format", "json", "-"])
            .write_stdin("Hunting the Hessian\nMadeleine Udell, Stanford University\n")
            .assert()
            .success(),
    )?;
    assert_eq!(v["documents"][0]["source"], "-");
    assert_eq!(
        v["documents"][0]["talks"][0]["speakers"][0]["name"],
        "Madeleine Udell"
    );
    Ok(())
}

#[test]
fn cli_extract_text_outline() {
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "--format", "text"])
        .arg(sample_path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Sicun Gao (Sean) — TILOS [The Institute for Learning-enabled Optimization at Scale]").or(predicate::str::contains("Sicun Gao (Sean) — TILOS")))
        .stdout(predicate::str::contains("01:51:00 (111 s) Machine Learning for DFM"));
}

#[test]
fn cli_extract_writes_output_file() -> TestResult {
    let dir = assert_fs::TempDir::new()?;
    let out = dir.child("out.json");
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "-f", "json", "-o"])
        .arg(out.path())
        .arg(sample_path())
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.path())?)?;
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(1));
    Ok(())
}

#[test]
fn cli_extract_missing_file_fails_with_its_name() {
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "no-such-listing.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no-such-listing.txt"))
        .stderr(predicate::str::contains("No such file"));
}

#[test]
fn cli_extract_skips_unreadable_inputs_but_succeeds_with_the_rest() {
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "-f", "json", "no-such-listing.txt"])
        .arg(sample_path())
        .assert()
        .success()
        .stderr(predicate::str::contains("no-such-listing.txt"))
        .stdout(predicate::str::contains("Hunting the Hessian"));
}

#[test]
fn cli_extract_bad_inputs() -> TestResult {
    let dir = assert_fs::TempDir::new()?;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", vec![], "file is empty"),
        ("blank.txt", b"  \n\t\n\r\n".to_vec(), "file is empty"),
        (
            "image.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            "PNG image",
        ),
        (
            "prog",
            b"\x7fELF\x02\x01\x01\0\0\0".to_vec(),
            "ELF executable",
        ),
        ("data.gz", b"\x1f\x8b\x08\0\0\0\0\0".to_vec(), "gzip data"),
    ];
    for (name, bytes, message) in cases {
        let file = dir.child(name);
        file.write_binary(&bytes)?;
        cargo_bin_cmd!("talkgraph")
            .args(["extract", "-f", "json"])
            .arg(file.path())
            .assert()
            .code(1)
            .stderr(predicate::str::contains(name).and(predicate::str::contains(message)));
    }
    cargo_bin_cmd!("talkgraph")
        .args(["extract"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is a directory"));
    Ok(())
}

#[test]
fn cli_extract_repairs_encoding_and_warns_with_line() -> TestResult {
    let dir = assert_fs::TempDir::new()?;
    let file = dir.child("latin1.txt");
    file.write_binary(b"Hunting the Hessian\r\nMadeleine Udell, Stanford University\r\nAbstract with a bad byte \xE9 here and more words to make it prose for sure.\r\n")?;
    let v = json(
        cargo_bin_cmd!("talkgraph")
            .args(["extract", "-f", "json"])
            .arg(file.path())
            .assert()
            .success()
            .stderr(predicate::str::contains("latin1.txt:3: invalid UTF-8")),
    )?;
    assert_eq!(
        v["documents"][0]["talks"][0]["speakers"][0]["name"],
        "Madeleine Udell"
    );
    Ok(())
}

#[test]
fn cli_extract_warns_when_nothing_looks_like_a_listing() -> TestResult {
    let dir = assert_fs::TempDir::new()?;
    let file = dir.child("notes.txt");
    file.write_str(
        "the quick brown fox jumps over the lazy dog and keeps running far away from here.\n",
    )?;
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "-f", "json"])
        .arg(file.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("notes.txt: no talks found"));
    Ok(())
}

#[test]
fn cli_help_explains_extract() {
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("standard input"));
}

#[test]
fn cli_extract_user_gazetteer_adds_labels() -> TestResult {
    let dir = assert_fs::TempDir::new()?;
    let gazetteer = dir.child("mine.ttl");
    gazetteer.write_str(
        "@prefix schema: <https://schema.org/> .\n\
         <https://example.org/inst/acme> a schema:Corporation ;\n\
           schema:name \"Acme Research Laboratories\" ; schema:alternateName \"Acme Labs\" .\n",
    )?;
    let v = json(
        cargo_bin_cmd!("talkgraph")
            .args(["extract", "-f", "json", "--gazetteer"])
            .arg(gazetteer.path())
            .arg("-")
            .write_stdin("Learning to Optimize\nJane Doe, Acme Labs\n")
            .assert()
            .success(),
    )?;
    let aff = &v["documents"][0]["talks"][0]["speakers"][0]["affiliations"][0];
    assert_eq!(aff["name"], "Acme Labs");
    assert_eq!(aff["label"], "Acme Research Laboratories");
    assert_eq!(aff["iri"], "https://example.org/inst/acme");
    Ok(())
}

#[test]
fn cli_extract_bad_gazetteer_names_the_file() -> TestResult {
    let dir = assert_fs::TempDir::new()?;
    let gazetteer = dir.child("broken.ttl");
    gazetteer.write_str("this is not turtle")?;
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "--gazetteer"])
        .arg(gazetteer.path())
        .arg(sample_path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.ttl"));
    Ok(())
}

#[test]
fn cli_extract_survives_a_50_mb_line() -> TestResult {
    let dir = assert_fs::TempDir::new()?;
    let file = dir.child("huge.txt");
    let mut text = String::from("Hunting the Hessian\nMadeleine Udell, Stanford University\n");
    let sentence = "we precondition the gradient with sketches of the hessian. ";
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(sentence);
    }
    text.push('\n');
    file.write_str(&text)?;
    let v = json(
        cargo_bin_cmd!("talkgraph")
            .args(["extract", "-f", "json"])
            .arg(file.path())
            .assert()
            .success(),
    )?;
    let talk = &v["documents"][0]["talks"][0];
    assert_eq!(talk["speakers"][0]["name"], "Madeleine Udell");
    assert!(talk["abstract"]
        .as_str()
        .is_some_and(|a| a.len() > 50_000_000));
    assert_eq!(talk["end_line"], 3);
    Ok(())
}

#[test]
fn cli_extract_warns_on_a_session_out_of_order() {
    cargo_bin_cmd!("talkgraph")
        .args(["extract", "-f", "json", "-"])
        .write_stdin(
            "Session on Things\n\
             00:30:00 - \"A Talk About Things\", Jane Doe, Professor, MIT\n\
             30:00:00 - \"Another Talk\", John Roe, Professor, MIT\n\
             00:00:10 - \"Third Talk\", Ann Poe, Professor, MIT\n",
        )
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "-:2: the session's timestamps are out of order",
        ))
        .stderr(predicate::str::contains(
            "-:3: timestamp 30:00:00 read as MM:SS:FF (1800 s): it is no possible HH:MM:SS",
        ));
}
