//! `sdkvet report` (SPEC §11): the HTML page parsed with an HTML5 parser (scraper, html5ever),
//! as a browser would — its sections in order, nothing loaded from outside, text from hostile
//! profiles shown as text, links only for http/https sources — and what it says, as text
//! snapshots in both languages.

use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};

mod common;
use common::{sdkvet_in, AS_OF};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The report of a fixture folder under its `card` scorecard, as text.
fn report(folder: &str, lang: &str, extra: &[&str]) -> String {
    let output = sdkvet_in(&fixture(folder))
        .args([
            "report",
            "--scorecard",
            "scorecards/card.toml",
            "--as-of",
            AS_OF,
        ])
        .args(["--lang", lang])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn select<'a>(page: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

/// An element's text, its text nodes joined by a space (cells hold one block per part of
/// the evidence), white space collapsed.
fn text(element: &ElementRef) -> String {
    let joined = element.text().collect::<Vec<_>>().join(" ");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn texts(page: &Html, css: &str) -> Vec<String> {
    select(page, css).iter().map(text).collect()
}

#[test]
fn the_sections_come_in_the_order_of_the_spec() {
    for lang in ["en", "zh"] {
        let page = Html::parse_document(&report("report", lang, &[]));
        assert!(page.errors.is_empty(), "{lang}: {:?}", page.errors);
        let ids: Vec<&str> = select(&page, "main > section")
            .iter()
            .map(|s| s.value().attr("id").unwrap())
            .collect();
        assert_eq!(
            ids,
            [
                "summary",
                "ranking",
                "evaluation",
                "robustness",
                "cost",
                "trial",
                "vendors"
            ],
            "{lang}"
        );
        let html_lang = select(&page, "html")[0].value().attr("lang").unwrap();
        assert_eq!(html_lang, if lang == "en" { "en" } else { "zh-CN" });
        // Ranked vendors first, the disqualified one last, in the chart, the table and the
        // vendor sections alike.
        let order = ["Acme RTC", "Orbit 轨道云", "Nova Cloud"];
        let chart = texts(&page, "#ranking .label a");
        let table = texts(&page, "#evaluation tbody tr td:nth-child(2)");
        let sections = texts(&page, "#vendors article h3");
        for (i, name) in order.iter().enumerate() {
            assert!(chart[i].starts_with(name), "{lang}: {chart:?}");
            assert_eq!(&table[i], name, "{lang}");
            assert!(sections[i].starts_with(name), "{lang}: {sections:?}");
        }
    }
}

#[test]
fn cost_and_trial_sections_only_when_there_is_a_cost_model_and_tickets() {
    let page = Html::parse_document(&report("report", "en", &[]));
    let costs = texts(&page, "#cost tbody tr");
    assert!(
        costs[0].starts_with("acme-gold Acme RTC Gold USD 30000.00 "),
        "{costs:?}"
    );
    assert!(costs[1].contains("baseline"), "{costs:?}");
    let tickets = texts(&page, "#trial tbody tr");
    assert_eq!(tickets.len(), 2);
    assert!(tickets[0].ends_with(" 15 kept"), "{tickets:?}");
    assert!(tickets[1].ends_with(" broken"), "{tickets:?}");
    let hostile = Html::parse_document(&report("report-hostile", "en", &[]));
    let ids: Vec<&str> = select(&hostile, "main > section")
        .iter()
        .map(|s| s.value().attr("id").unwrap())
        .collect();
    assert_eq!(
        ids,
        ["summary", "ranking", "evaluation", "robustness", "vendors"]
    );
}

#[test]
fn the_summary_names_the_scorecard_date_buyer_and_winner() {
    let page = Html::parse_document(&report("report", "en", &[]));
    let facts = texts(&page, "#summary dd");
    assert_eq!(facts[0], "Social app in Southeast Asia");
    assert_eq!(facts[1], AS_OF);
    assert_eq!(facts[2], "social");
    assert_eq!(facts[3], "southeast-asia, europe");
    let lead = texts(&page, "#summary p.lead");
    assert!(
        lead[0].starts_with("Acme RTC · Gold ranks first"),
        "{lead:?}"
    );
}

#[test]
fn the_page_loads_nothing_from_outside() {
    for (folder, lang) in [("report", "en"), ("report", "zh"), ("report-hostile", "en")] {
        let source = report(folder, lang, &[]);
        let page = Html::parse_document(&source);
        for css in [
            "script",
            "link",
            "img",
            "iframe",
            "object",
            "embed",
            "base",
            "video",
            "audio",
            "source",
            "[src]",
            "[srcset]",
            "meta[http-equiv]",
            "form",
        ] {
            assert!(select(&page, css).is_empty(), "{folder} {lang}: {css}");
        }
        for element in select(&page, "[href]") {
            let href = element.value().attr("href").unwrap();
            let local = href.starts_with('#') && element.value().name() == "a";
            let web = href.starts_with("https://") || href.starts_with("http://");
            assert!(local || web, "{folder}: href {href}");
            if web {
                assert_eq!(element.value().name(), "a", "{href}");
                assert_eq!(element.value().attr("rel"), Some("noopener noreferrer"));
            }
        }
        let styles = texts(&page, "style").join("\n").to_lowercase();
        for bad in ["@import", "url(", "@font-face"] {
            assert!(!styles.contains(bad), "{folder}: {bad}");
        }
        assert!(
            select(&page, "[style]").is_empty(),
            "{folder}: style attribute"
        );
        let lower = source.to_lowercase();
        assert!(!lower.contains("<script"), "{folder}");
    }
}

#[test]
fn hostile_profiles_show_as_text_and_run_nothing() {
    let page = Html::parse_document(&report("report-hostile", "en", &[]));
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    let names = texts(&page, "#evaluation tbody tr td:nth-child(2)");
    assert!(
        names.contains(&"<script>alert(1)</script>".to_string()),
        "{names:?}"
    );
    let plans = texts(&page, "#evaluation tbody tr td:nth-child(3)");
    assert!(
        plans.contains(&"<img src=x onerror=alert(1)>".to_string()),
        "{plans:?}"
    );
    let title = texts(&page, "title");
    assert_eq!(
        title[0],
        "Vendor support report · </style><script>alert(\"card\")</script>"
    );
    // No event handler or other attribute came from a file.
    for element in select(&page, "*") {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "{name}={value}");
        }
    }
    // Only the http(s) source is a link, with its quotes inside the href, not as attributes.
    let links: Vec<&str> = select(&page, "a[href^='http']")
        .iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(links, ["https://ok.example/\"onmouseover=\"alert(1)"]);
    let evidence = texts(&page, "td.evidence").join("\n");
    for source in [
        "javascript:alert(1)",
        "<a href=\"https://evil.example/track.png\">contract</a>",
        "data:text/html,<script>alert(1)</script>",
    ] {
        assert!(evidence.contains(source), "{source} in {evidence}");
    }
    // A bidi override or a bell in a name shows escaped, as on a terminal.
    let all = texts(&page, "body").join(" ");
    assert!(
        all.contains("Bidi \\u{202e}gnp.exe\\u{202c} & <b>bold</b>"),
        "{all}"
    );
    assert!(!all.contains('\u{202e}') && !all.contains('\u{7}'));
}

#[test]
fn evidence_links_web_sources_and_marks_stale_and_unconfirmed_facts() {
    let page = Html::parse_document(&report("report", "en", &[]));
    let acme = select(&page, "#vendor-1")[0];
    let rows: Vec<ElementRef> = acme.select(&Selector::parse("tbody tr").unwrap()).collect();
    let row = |id: &str| {
        rows.iter()
            .find(|r| text(r).starts_with(id))
            .map(text)
            .unwrap()
    };
    let coverage = row("coverage");
    assert!(
        coverage.contains("https://acme.example/support-plans — Gold: 24/7 by phone"),
        "{coverage}"
    );
    assert!(coverage.contains("kind: contract") && coverage.contains("checked 2026-10-01"));
    assert!(!coverage.contains("stale") && !coverage.contains("unconfirmed"));
    assert!(row("response_sla").contains("checked 2025-01-10 stale"));
    assert!(row("availability").contains("kind: vendor marketing"));
    assert!(row("availability").contains("unconfirmed"));
    // The web address that starts a source is the link; the words after it stay text.
    let links: Vec<(&str, String)> = acme
        .select(&Selector::parse("td.evidence a").unwrap())
        .map(|a| (a.value().attr("href").unwrap(), text(&a)))
        .collect();
    let plans = "https://acme.example/support-plans";
    assert_eq!(
        links,
        [
            (
                "https://acme.example/sla",
                "https://acme.example/sla".to_string()
            ),
            (plans, plans.to_string())
        ]
    );
    let sources = texts(&page, "#vendor-2 td.evidence");
    assert!(sources.iter().any(|s| s.contains("third-party review")
        && s.contains("kind: a third party")
        && s.contains("unconfirmed")));
}

#[test]
fn disqualified_vendors_are_greyed_with_their_reason() {
    let page = Html::parse_document(&report("report", "en", &[]));
    let out = select(&page, "#ranking .row.out");
    assert_eq!(out.len(), 1);
    let reason = texts(&page, "#ranking .row.out .reason");
    assert!(reason[0].contains("coverage"), "{reason:?}");
    let rows = select(&page, "#evaluation tbody tr.disqualified");
    assert_eq!(rows.len(), 1);
    assert!(text(&rows[0]).contains("Nova Cloud"));
    let notes = texts(&page, "#evaluation ul.notes li").join("\n");
    assert!(notes.contains("Nova Cloud · Basic:"), "{notes}");
}

#[test]
fn each_vendor_lists_its_first_open_questions() {
    let page = Html::parse_document(&report("report", "en", &[]));
    for article in select(&page, "#vendors article") {
        let questions = article
            .select(&Selector::parse("ol.questions > li").unwrap())
            .count();
        assert!((1..=5).contains(&questions), "{}", text(&article));
    }
    let orbit = texts(&page, "#vendor-2 h5");
    assert_eq!(
        orbit[0], "Could disqualify: unknown knock-out facts",
        "{orbit:?}"
    );
}

#[test]
fn vendor_filters_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let stdout = report("report", "en", &["--vendor", "acme-gold"]);
    let page = Html::parse_document(&stdout);
    assert_eq!(select(&page, "#vendors article").len(), 1);
    report(
        "report",
        "en",
        &["--vendor", "acme-gold", "--output", out.to_str().unwrap()],
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), stdout);
    sdkvet_in(&fixture("report"))
        .args([
            "report",
            "--scorecard",
            "scorecards/card.toml",
            "--as-of",
            AS_OF,
        ])
        .args(["--output", "scorecards/card.toml"])
        .assert()
        .code(1);
    sdkvet_in(&fixture("report"))
        .args([
            "report",
            "--scorecard",
            "scorecards/card.toml",
            "--vendor",
            "acme",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("acme-gold"));
}

/// What a reader sees, a line per heading, paragraph, list item, table row or fact.
fn visible_text(source: &str) -> String {
    let page = Html::parse_document(source);
    let css = "h1, h2, h3, h4, h5, p, li, tr, dt, dd, div.row, footer";
    select(&page, css)
        .iter()
        .map(|element| match element.value().name() {
            "tr" => element
                .children()
                .filter_map(ElementRef::wrap)
                .map(|cell| text(&cell))
                .collect::<Vec<_>>()
                .join(" | "),
            name => format!("{name}: {}", text(element)),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn report_text_en() {
    insta::assert_snapshot!(visible_text(&report("report", "en", &[])));
}

#[test]
fn report_text_zh() {
    insta::assert_snapshot!(visible_text(&report("report", "zh", &[])));
}

#[test]
fn the_robustness_section_shows_thresholds_and_the_acceptability_heat_map() {
    let page = Html::parse_document(&report("report", "en", &["--samples", "2000"]));
    let thresholds = select(&page, "#robustness table.thresholds tbody tr");
    assert_eq!(thresholds.len(), 6, "one row per criterion");
    assert!(text(&thresholds[0]).starts_with("docs_freshness 10 10.0% none 383.09"));
    // Two ranked vendors: a 2 × 2 matrix, every row's shares adding up to 100%.
    let rows = select(&page, "#robustness table.heat tbody tr");
    assert_eq!(rows.len(), 2);
    for row in &rows {
        let cells: Vec<f64> = row
            .select(&Selector::parse("td.cell").unwrap())
            .map(|cell| {
                let title = cell.value().attr("title").unwrap();
                title.trim_end_matches('%').parse::<f64>().unwrap()
            })
            .collect();
        assert_eq!(cells.len(), 2);
        assert!((cells.iter().sum::<f64>() - 100.0).abs() < 0.2, "{cells:?}");
    }
    let heading = texts(&page, "#robustness h3");
    assert_eq!(heading[1], "Rank acceptability over 2000 weight draws");
    let lead = texts(&page, "#summary p.lead");
    assert!(
        lead[0].ends_with("Drawing 2000 sets of weights around the scorecard's, it stays first in 100.0% of them."),
        "{lead:?}"
    );
}

#[test]
fn a_bar_extends_in_a_lighter_shade_to_the_best_case_under_unknowns() {
    let page = Html::parse_document(&report("report", "en", &[]));
    let bars = select(&page, "#ranking svg.bar");
    let rect = |bar: &ElementRef, class: &str| {
        bar.select(&Selector::parse(&format!("rect.{class}")).unwrap())
            .next()
            .map(|r| {
                let attr = |name| r.value().attr(name).unwrap().parse::<f64>().unwrap();
                (attr("x"), attr("width"))
            })
    };
    // Acme knows every fact: no lighter part.
    assert_eq!(rect(&bars[0], "score"), Some((0.0, 87.09)));
    assert_eq!(rect(&bars[0], "upside"), None);
    // Orbit: 45.9 now, 100 if its three unknown facts (weight 45 of 100) scored 100.
    let (_, score) = rect(&bars[1], "score").unwrap();
    let (x, upside) = rect(&bars[1], "upside").unwrap();
    assert_eq!(x, score);
    assert!(
        (score + upside - (score + 45.0)).abs() < 0.01,
        "{score} {upside}"
    );
    // A disqualified vendor has no rank to move.
    assert_eq!(rect(&bars[2], "upside"), None);
    let ranges = texts(&page, "#ranking .range");
    assert_eq!(ranges, ["Range 1–2", "Range 1–2 or disqualified"]);
}

#[test]
fn samples_and_seed_are_checked_and_threads_do_not_change_the_page() {
    let run = |threads: &str, seed: &str| {
        let output = sdkvet_in(&fixture("report"))
            .args([
                "report",
                "--scorecard",
                "scorecards/card.toml",
                "--as-of",
                AS_OF,
            ])
            .args(["--samples", "3000", "--seed", seed])
            .env("SDKVET_THREADS", threads)
            .output()
            .unwrap();
        assert!(output.status.success());
        output.stdout
    };
    assert_eq!(run("1", "7"), run("2", "7"));
    sdkvet_in(&fixture("report"))
        .args(["report", "--samples", "0"])
        .assert()
        .code(2);
}
