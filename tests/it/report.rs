//! `talkgraph report`: the sample's page — its numbers, pictures and tables — checked as XML,
//! and rendered by a real browser (headless Chromium) when one is installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use roxmltree::{Document, Node};
use talkgraph::build::{build, BuildOptions};
use talkgraph::extract::Extractor;
use talkgraph::network::{Network, NodeKind, Scope};
use talkgraph::read::Source;
use talkgraph::report::{render, ReportOptions};
use talkgraph::store::GraphStore;

use crate::hay::{sample_path, TestResult};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// `sources` built into a memory store at a fixed time.
fn store_of(sources: Vec<Source>) -> Res<GraphStore> {
    let store = GraphStore::memory()?;
    let options = BuildOptions {
        built_at: Some("2026-01-02T03:04:05Z".into()),
        ..BuildOptions::default()
    };
    build(&store, &Extractor::new()?, &sources, &options, &mut |_| {})?;
    Ok(store)
}

fn sample_store() -> Res<GraphStore> {
    store_of(vec![Source::from_path(&sample_path())?])
}

fn sample_report() -> Res<String> {
    Ok(render(&sample_store()?, &ReportOptions::default())?)
}

/// The page as XML (it is written as polyglot markup), with its `<!DOCTYPE html>`.
fn parse(html: &str) -> Res<Document<'_>> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    Ok(Document::parse_with_options(html, options)?)
}

/// The element with this `id`.
fn by_id<'a, 'i>(doc: &'a Document<'i>, id: &str) -> Res<Node<'a, 'i>> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .ok_or_else(|| format!("no element #{id}").into())
}

fn has_class(n: &Node<'_, '_>, class: &str) -> bool {
    n.attribute("class")
        .is_some_and(|c| c.split(' ').any(|x| x == class))
}

/// The `<g class="node …">` of a picture.
fn nodes_of<'a, 'i>(svg: Node<'a, 'i>) -> Vec<Node<'a, 'i>> {
    svg.descendants()
        .filter(|n| n.has_tag_name("g") && has_class(n, "node"))
        .collect()
}

fn text_of(n: Node<'_, '_>) -> String {
    n.descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect()
}

/// The headline card with this label: its value.
fn card(doc: &Document<'_>, label: &str) -> Option<String> {
    let dt = doc
        .descendants()
        .find(|n| n.has_tag_name("dt") && n.text() == Some(label))?;
    let dd = dt.next_sibling_element()?;
    dd.text().map(str::to_owned)
}

#[test]
fn report_of_the_sample_has_its_headline_numbers() -> TestResult {
    let html = sample_report()?;
    let doc = parse(&html)?;
    assert_eq!(card(&doc, "Talks").as_deref(), Some("16"));
    assert_eq!(card(&doc, "Speakers").as_deref(), Some("23"));
    assert_eq!(card(&doc, "Institutions").as_deref(), Some("21"));
    assert_eq!(card(&doc, "Series").as_deref(), Some("2"));
    assert_eq!(card(&doc, "Topics").as_deref(), Some("61"));
    assert_eq!(card(&doc, "Sources").as_deref(), Some("1"));
    // the build time comes from the graph's provenance
    assert_eq!(card(&doc, "Built").as_deref(), Some("2026-01-02 03:04 UTC"));
    assert!(html.contains("<dd class=\"sub\">and 11 segments</dd>"));
    assert!(html.contains("16 talks and 11 segments by 23 speakers from 21 institutions"));
    Ok(())
}

#[test]
fn report_draws_every_node_of_the_network() -> TestResult {
    let store = sample_store()?;
    let html = render(&store, &ReportOptions::default())?;
    let network = Network::from_store(&store, &Scope::default())?;
    let doc = parse(&html)?;

    let svg = by_id(&doc, "network-svg")?;
    let nodes = nodes_of(svg);
    let b = &network.bipartite;
    assert_eq!(nodes.len(), b.node_count());
    assert_eq!(nodes.len(), 44);
    let people = b
        .node_weights()
        .filter(|n| n.kind == NodeKind::Person)
        .count();
    let circles = svg
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    let squares = svg.descendants().filter(|n| n.has_tag_name("rect")).count();
    assert_eq!((circles, squares), (people, b.node_count() - people));
    assert_eq!(svg.attribute("data-nodes"), Some("44"));
    let lines = svg.descendants().filter(|n| n.has_tag_name("line")).count();
    assert_eq!(lines, b.edge_count());
    // every node has a tooltip naming it
    for (node, weight) in nodes.iter().zip(b.node_weights()) {
        let title = node
            .children()
            .find(|c| c.has_tag_name("title"))
            .map(text_of)
            .unwrap_or_default();
        assert!(title.starts_with(&weight.label), "{title}");
    }
    // coordinates inside the viewBox
    for c in svg.descendants().filter(|n| n.has_tag_name("circle")) {
        let x: f64 = c.attribute("cx").unwrap_or("nan").parse()?;
        let y: f64 = c.attribute("cy").unwrap_or("nan").parse()?;
        assert!(
            (0.0..=1000.0).contains(&x) && (0.0..=700.0).contains(&y),
            "{x} {y}"
        );
    }

    // the institution picture: the institutions that share a speaker
    let svg = by_id(&doc, "institutions-svg")?;
    let ip = &network.institution_projection;
    let tied = ip
        .node_indices()
        .filter(|&n| ip.neighbors(n).next().is_some())
        .count();
    assert_eq!(nodes_of(svg).len(), tied);
    assert_eq!(tied, 6);
    assert!(html.contains("<title>TILOS – UC San Diego: 3 shared speakers</title>"));
    Ok(())
}

#[test]
fn report_has_charts_and_tables() -> TestResult {
    let html = sample_report()?;
    let doc = parse(&html)?;
    for id in ["talks-by-institution", "talks-by-topic"] {
        let svg = by_id(&doc, id)?;
        let bars = svg
            .descendants()
            .filter(|n| n.has_tag_name("g") && has_class(n, "bar"))
            .count();
        assert_eq!(bars, 20, "{id}");
    }
    let captions: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("caption"))
        .map(text_of)
        .collect();
    for expected in [
        "Talks of each series, in order",
        "Segments of each session, with their start offsets",
        "Institution pairs and the speakers affiliated with both",
        "Speakers affiliated with two or more institutions",
    ] {
        assert!(captions.iter().any(|c| c == expected), "{captions:?}");
    }
    // no institution is unresolved in the sample: the section says so
    assert!(html.contains("Every institution was found in the gazetteer."));
    // the series in order, the sessions with offsets, the ties with their speakers
    let part1 = html.find("Safety Vulnerabilities of Current Frontier Models");
    let part2 = html.find("Methodologies for AI Alignment</th>");
    assert!(part1.is_some() && part1 < part2, "series out of order");
    assert!(html.contains(
        "<td class=\"num\">0:01:23</td><td>Automating Analog Layout: Why This Time is Different</td>"
    ));
    assert!(html.contains(
        "<th scope=\"row\">TILOS</th><td>UC San Diego</td><td class=\"num\">3</td>\
         <td>Arya Mazumdar, Sicun Gao, Yian Ma</td>"
    ));
    // the extraction warnings kept in the store, with file and line
    assert!(
        html.contains(
            "recorded-talks.txt</th><td class=\"num\">49</td><td>timestamp 01:51:00 read as \
             MM:SS:FF (111 s) to keep the session in order</td>"
        ),
        "the sample's warning about line 49, with its file"
    );
    Ok(())
}

#[test]
fn report_is_well_formed_accessible_and_self_contained() -> TestResult {
    let html = sample_report()?;
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let doc = parse(&html)?;
    for n in doc.descendants().filter(|n| n.is_element()) {
        let tag = n.tag_name().name();
        assert!(
            !matches!(
                tag,
                "script" | "link" | "img" | "iframe" | "object" | "image"
            ),
            "<{tag}> fetches or runs something"
        );
        for a in n.attributes() {
            if matches!(a.name(), "src" | "href") {
                assert!(a.value().starts_with('#'), "{}={}", a.name(), a.value());
            }
        }
        if tag == "th" {
            assert!(n.attribute("scope").is_some(), "<th> without scope");
        }
    }
    assert!(!html.contains("url("), "CSS fetches nothing");
    // every picture has a role, a title and a description
    let pictures: Vec<Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg") && n.attribute("role") == Some("img"))
        .collect();
    assert_eq!(pictures.len(), 4);
    for svg in pictures {
        let id = svg.attribute("id").unwrap_or_default();
        assert_eq!(
            svg.attribute("aria-labelledby"),
            Some(format!("{id}-title {id}-desc").as_str())
        );
        assert!(!text_of(by_id(&doc, &format!("{id}-title"))?).is_empty());
        assert!(!text_of(by_id(&doc, &format!("{id}-desc"))?).is_empty());
        assert!(svg.attribute("viewBox").is_some());
    }
    // responsive: a viewport, pictures at full width, tables scroll sideways
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
    );
    assert!(html.contains("svg{display:block;width:100%;height:auto}"));
    assert!(html.contains(".scroll{overflow-x:auto"));
    Ok(())
}

#[test]
fn report_is_deterministic() -> TestResult {
    let first = sample_report()?;
    let second = sample_report()?;
    assert!(first == second, "two renders of the same store differ");
    let other_seed = render(
        &sample_store()?,
        &ReportOptions {
            seed: 7,
            ..ReportOptions::default()
        },
    )?;
    assert_ne!(first, other_seed);
    Ok(())
}

#[test]
fn report_escapes_names() -> TestResult {
    let listing = "Talk about <script>alert(\"x\")</script> & \"more\" 🎓\n\
                   Zoë O'Brien, Institute of <Things> & Stuff\n\
                   Second talk\n\
                   Ada Lovelace, Institute of <Things> & Stuff\n\
                   Ada Lovelace, University of Oxford\n";
    let store = store_of(vec![Source::from_text("nasty <&>.txt", listing)])?;
    let html = render(
        &store,
        &ReportOptions {
            title: "Talks & <friends>".into(),
            ..ReportOptions::default()
        },
    )?;
    let doc = parse(&html)?;
    assert!(
        !html.contains("<script"),
        "markup from the listing got through"
    );
    assert!(!html.contains("<Things>"));
    assert!(html.contains("Institute of &lt;Things&gt;"));
    assert!(html.contains("Zoë O&#39;Brien"));
    assert!(html.contains("<h1>Talks &amp; &lt;friends&gt;</h1>"));
    // the parsed text is the original
    let texts = text_of(doc.root());
    assert!(texts.contains("Institute of <Things>"));
    assert!(texts.contains("Zoë O'Brien"));
    assert!(texts.contains("Talks & <friends>"));
    Ok(())
}

#[test]
fn report_of_an_empty_store() -> TestResult {
    let html = render(&GraphStore::memory()?, &ReportOptions::default())?;
    let doc = parse(&html)?;
    assert_eq!(card(&doc, "Talks").as_deref(), Some("0"));
    assert_eq!(nodes_of(by_id(&doc, "network-svg")?).len(), 0);
    assert!(html.contains("No two institutions share a speaker."));
    assert!(html.contains("No series."));
    Ok(())
}

#[test]
fn report_of_a_large_store_is_bounded() -> TestResult {
    let listing = talkgraph::generate::generate(3000, 5);
    let store = store_of(vec![Source::from_text("generated.txt", &listing)])?;
    let network = Network::from_store(&store, &Scope::default())?;
    let options = ReportOptions {
        max_nodes: 150,
        max_rows: 40,
        ..ReportOptions::default()
    };
    let started = Instant::now();
    let html = render(&store, &options)?;
    let took = started.elapsed();
    eprintln!(
        "report of {} nodes: {} KB in {took:?}",
        network.bipartite.node_count(),
        html.len() / 1024
    );
    assert!(network.bipartite.node_count() > 150);
    let doc = parse(&html)?;
    assert_eq!(nodes_of(by_id(&doc, "network-svg")?).len(), 150);
    assert!(html.contains("The 150 of the largest components"));
    assert!(html.contains("The first 40 of"));
    Ok(())
}

// ---- headless Chromium ----

/// The browser, if one is installed: `chromium` (Debian), `chromium-browser`, `google-chrome`.
/// Without one the browser tests are skipped, unless `TALKGRAPH_REQUIRE_CHROMIUM` is set.
fn chromium() -> Res<Option<&'static str>> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let found = Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if found {
            return Ok(Some(name));
        }
    }
    if std::env::var_os("TALKGRAPH_REQUIRE_CHROMIUM").is_some() {
        return Err("chromium is required (TALKGRAPH_REQUIRE_CHROMIUM) but not installed".into());
    }
    eprintln!("chromium not installed: browser check of the report skipped");
    Ok(None)
}

/// Runs the browser headless on `page` with `args`, a fresh profile, logging to stderr, and
/// a time limit.
fn run_browser(browser: &str, dir: &Path, page: &Path, args: &[String]) -> Res<Output> {
    let profile = tempfile::tempdir_in(dir)?;
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-extensions",
            "--enable-logging=stderr",
            "--v=0",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let started = Instant::now();
    // read the pipes in threads so a full pipe cannot block the browser
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    let mut stderr = child.stderr.take().ok_or("no stderr")?;
    let out = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut b).map(|_| b)
    });
    let err = std::thread::spawn(move || {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut b).map(|_| b)
    });
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > Duration::from_secs(90) {
            child.kill()?;
            return Err(format!("{browser} did not finish in 90 s").into());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = out.join().map_err(|_| "stdout reader panicked")??;
    let stderr = err.join().map_err(|_| "stderr reader panicked")??;
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

/// A PNG's width and height, read from its header.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || &bytes[..8] != b"\x89PNG\r\n\x1a\n" {
        return None;
    }
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    Some((be(16), be(20)))
}

/// Screenshots the page at `width` × `height`; returns the PNG and the browser's log.
fn screenshot(
    browser: &str,
    dir: &Path,
    page: &Path,
    width: u32,
    height: u32,
) -> Res<(Vec<u8>, String)> {
    let shot: PathBuf = dir.join(format!("shot-{width}.png"));
    let output = run_browser(
        browser,
        dir,
        page,
        &[
            format!("--screenshot={}", shot.display()),
            format!("--window-size={width},{height}"),
        ],
    )?;
    let log = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{browser} failed: {log}");
    Ok((std::fs::read(&shot)?, log))
}

/// Console messages and uncaught errors the browser logged for the page.
fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect()
}

#[test]
fn report_in_chromium() -> TestResult {
    let Some(browser) = chromium()? else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let page = dir.path().join("report.html");
    let store = sample_store()?;
    let network = Network::from_store(&store, &Scope::default())?;
    std::fs::write(&page, render(&store, &ReportOptions::default())?)?;

    // The console check must be able to fail: a page that logs an error is caught.
    let bad = dir.path().join("bad.html");
    std::fs::write(
        &bad,
        "<!DOCTYPE html><html><body><script>console.error('boom'); undefinedCall();</script></body></html>",
    )?;
    let (_, log) = screenshot(browser, dir.path(), &bad, 200, 200)?;
    assert!(
        !console_errors(&log).is_empty(),
        "console errors are not logged: {log}"
    );

    // Desktop width: a full screenshot, no console output.
    let (png, log) = screenshot(browser, dir.path(), &page, 1280, 2260)?;
    assert_eq!(png_size(&png), Some((1280, 2260)));
    assert!(
        png.len() > 50_000,
        "screenshot of {} bytes looks blank",
        png.len()
    );
    assert!(
        console_errors(&log).is_empty(),
        "{:?}",
        console_errors(&log)
    );
    // TALKGRAPH_REPORT_KEEP=DIR keeps the page and its screenshots (docs/report.png is the
    // 1280 px one)
    let keep = std::env::var_os("TALKGRAPH_REPORT_KEEP").map(PathBuf::from);
    if let Some(keep) = &keep {
        std::fs::create_dir_all(keep)?;
        std::fs::copy(&page, keep.join("report.html"))?;
        std::fs::write(keep.join("report-1280.png"), &png)?;
    }

    // Phone width.
    let (png, log) = screenshot(browser, dir.path(), &page, 390, 844)?;
    assert_eq!(png_size(&png), Some((390, 844)));
    if let Some(keep) = &keep {
        std::fs::write(keep.join("report-390.png"), &png)?;
    }
    assert!(
        png.len() > 10_000,
        "phone screenshot of {} bytes looks blank",
        png.len()
    );
    assert!(
        console_errors(&log).is_empty(),
        "{:?}",
        console_errors(&log)
    );

    // The DOM as the browser built it: the network picture with one node per network node.
    let output = run_browser(browser, dir.path(), &page, &["--dump-dom".to_owned()])?;
    assert!(output.status.success());
    let dom = String::from_utf8(output.stdout)?;
    let start = dom
        .find("<svg id=\"network-svg\"")
        .ok_or("no network picture in the DOM")?;
    let end = start + dom[start..].find("</svg>").ok_or("unclosed picture")?;
    let picture = &dom[start..end];
    let b = &network.bipartite;
    assert_eq!(picture.matches("<g class=\"node ").count(), b.node_count());
    let people = b
        .node_weights()
        .filter(|n| n.kind == NodeKind::Person)
        .count();
    assert_eq!(picture.matches("<circle ").count(), people);
    assert!(dom.contains("<table>"), "tables missing from the DOM");
    Ok(())
}

// ---- the command ----

#[test]
#[cfg_attr(
    not(feature = "rocksdb"),
    ignore = "needs the rocksdb feature (an on-disk store)"
)]
fn cli_report_writes_the_page() -> TestResult {
    use assert_cmd::cargo::cargo_bin_cmd;
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    let talkgraph = || {
        let mut cmd = cargo_bin_cmd!("talkgraph");
        cmd.env("TALKGRAPH_STORE", &store)
            .env("SOURCE_DATE_EPOCH", "1795824000");
        cmd
    };
    // no store yet: the usual error
    talkgraph()
        .arg("report")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no store at"));
    talkgraph()
        .arg("build")
        .arg(sample_path())
        .assert()
        .success();

    let page = dir.path().join("report.html");
    let written = talkgraph()
        .args(["report", "-o"])
        .arg(&page)
        .assert()
        .success();
    let err = String::from_utf8_lossy(&written.get_output().stderr).into_owned();
    assert!(
        err.starts_with("talkgraph: wrote ") && err.contains("report.html"),
        "{err}"
    );
    assert!(written.get_output().stdout.is_empty());
    let html = std::fs::read_to_string(&page)?;
    assert!(!dir.path().join("report.partial").exists());
    let doc = parse(&html)?;
    assert_eq!(card(&doc, "Talks").as_deref(), Some("16"));
    assert_eq!(nodes_of(by_id(&doc, "network-svg")?).len(), 44);

    // standard output, with or without `-o -`: the same page, byte for byte
    for args in [&["report"][..], &["report", "-o", "-"][..]] {
        let printed = talkgraph().args(args).assert().success();
        assert!(printed.get_output().stdout == html.as_bytes(), "{args:?}");
    }
    Ok(())
}
