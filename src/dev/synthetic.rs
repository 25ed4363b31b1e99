//! A reproducible synthetic catalogue of vendor profiles, for benchmarks and property tests.
//!
//! Every profile is valid under SPEC §3 and varied the way hand-written ones are: every table,
//! durations both as minutes and as vendor wording, dotted keys and inline tables, comments,
//! Chinese names, `[extra]` facts, `[sources]`, and about a quarter of the facts left unknown.
//! A second [`Shape`], [`Shape::Plain`], writes plainer files (no comments, no blank lines, no
//! links, one-item lists), on which per-file costs weigh more. The same seed, index and shape always give the same text. This is developer tooling: the binary
//! users run has no command for it (see `examples/synthetic_catalogue.rs`).

use crate::model::builtin::{builtin, builtin_ids, Builtin};
use crate::model::schema::FieldType;
use crate::model::scorecard::Kind;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// SplitMix64: tiny, fast and good enough to vary test data reproducibly.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A few distinct items, in their original order.
    pub fn subset<'a>(&mut self, items: &[&'a str], max: usize) -> Vec<&'a str> {
        let wanted = 1 + self.below(max.min(items.len()));
        let mut chosen: Vec<usize> = Vec::with_capacity(wanted);
        while chosen.len() < wanted {
            let i = self.below(items.len());
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        chosen.into_iter().map(|i| items[i]).collect()
    }
}

const VENDORS: &[&str] = &[
    "Acme RTC",
    "Northwind Voice",
    "声网 Clone",
    "Blue Lantern IM",
    "Kestrel Live",
    "即构 Labs",
    "Orbit Meetings",
    "Cobalt Chat",
    "融云 Synthetic",
    "Tundra AI Voice",
    "Harbor Stream",
    "Quill Conferencing",
];
const PLANS: &[&str] = &[
    "Basic",
    "Business",
    "Enterprise",
    "Premier",
    "Developer",
    "企业版",
];
const PRODUCTS: &[&str] = &[
    "rtc",
    "im",
    "live-streaming",
    "conferencing",
    "conversational-ai",
];
const CHANNELS: &[&str] = &[
    "ticket", "email", "phone", "slack", "wechat", "chat", "wecom",
];
const LANGUAGES: &[&str] = &["en", "zh", "ja", "es", "pt", "id", "ar", "de"];
const CERTIFICATIONS: &[&str] = &["ISO 27001", "SOC 2", "HIPAA", "GDPR", "等保三级", "PCI DSS"];
const CUSTOMERS: &[&str] = &["Bigo", "Sample Games", "Tutor Co", "ClinicNet", "FinBank"];
const REGIONS: &[&str] = crate::model::schema::REGIONS;
const INDUSTRIES: &[&str] = crate::model::schema::INDUSTRIES;

/// Response times in minutes, best first; a profile picks an index and adds for lower severities.
const MINUTE_STEPS: &[u32] = &[5, 10, 15, 30, 60, 120, 240, 480, 1440, 2880];

/// The file name (without `.toml`) of the `index`-th profile.
pub fn profile_id(index: usize) -> String {
    format!("synthetic-{index:05}")
}

/// How the profiles of a catalogue are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    /// Like hand-written profiles: comments, every table, `[sources]`; about 1.3 KB each.
    #[default]
    Rich,
    /// Plainer files: no comments, no blank lines, no links (`website`, `sales_contact`,
    /// `[sources]`), lists of one item; about 0.8 KB each.
    Plain,
}

/// What a [`Shape`] changes in the writing of a profile.
struct Style {
    comments: bool,
    blank_lines: bool,
    links: bool,
    longest_list: usize,
}

impl Style {
    fn of(shape: Shape) -> Style {
        match shape {
            Shape::Rich => Style {
                comments: true,
                blank_lines: true,
                links: true,
                longest_list: usize::MAX,
            },
            Shape::Plain => Style {
                comments: false,
                blank_lines: false,
                links: false,
                longest_list: 1,
            },
        }
    }

    /// At most `max` list items, and no more than the style allows.
    fn most(&self, max: usize) -> usize {
        max.min(self.longest_list)
    }
}

impl Shape {
    /// Every shape, the default first.
    pub const ALL: [Shape; 2] = [Shape::Rich, Shape::Plain];

    /// `rich` or `plain`, as the example and the benchmark scripts name it.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Rich => "rich",
            Shape::Plain => "plain",
        }
    }

    /// The shape named `name` (see [`Shape::name`]).
    pub fn from_name(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|shape| shape.name() == name)
    }
}

/// The text of the `index`-th profile of the catalogue for `seed`, in the default shape.
pub fn profile_text(seed: u64, index: usize) -> String {
    shaped_profile_text(seed, index, Shape::Rich)
}

/// The text of the `index`-th profile of the catalogue for `seed`, written in `shape`.
pub fn shaped_profile_text(seed: u64, index: usize, shape: Shape) -> String {
    let style = Style::of(shape);
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    let mut out = String::with_capacity(3072);
    let vendor = rng.pick(VENDORS);
    let plan = rng.pick(PLANS);
    if style.comments {
        let _ = writeln!(
            out,
            "# Synthetic profile {index} (seed {seed}): {vendor}, {plan}."
        );
        let _ = writeln!(out, "# Generated for benchmarks; not a real vendor.\n");
    }
    let _ = writeln!(out, "name = \"{vendor} #{index}\"");
    let _ = writeln!(out, "plan = \"{plan}\"");
    if rng.chance(80) && style.links {
        let _ = writeln!(out, "website = \"https://vendor{index}.example.com\"");
    }
    list_line(&mut out, &mut rng, "products", PRODUCTS, style.most(3), 90);
    if rng.chance(85) {
        let _ = writeln!(
            out,
            "as_of = {}-{:02}-{:02}",
            2024 + rng.below(3),
            1 + rng.below(12),
            1 + rng.below(28)
        );
    }
    support(&mut out, &mut rng, &style);
    sla(&mut out, &mut rng);
    docs(&mut out, &mut rng);
    fit_and_overseas(&mut out, &mut rng, &style);
    security_lifecycle_process(&mut out, &mut rng, &style);
    extra_and_sources(&mut out, &mut rng, index, &style);
    if !style.blank_lines {
        out = out.replace("\n\n", "\n");
    }
    out
}

fn support(out: &mut String, rng: &mut Rng, style: &Style) {
    out.push_str("\n[support]\n");
    if rng.chance(90) {
        let level = rng.pick(&["24x7", "24x5", "business-hours", "none"]);
        let comment = if style.comments {
            "  # as stated by sales"
        } else {
            ""
        };
        let _ = writeln!(out, "coverage = \"{level}\"{comment}");
    }
    list_line(out, rng, "channels", CHANNELS, style.most(4), 80);
    for key in [
        "dedicated_engineer",
        "customer_success_manager",
        "in_house",
        "escalation_path",
    ] {
        bool_line(out, rng, key, 75);
    }
    list_line(out, rng, "languages", LANGUAGES, style.most(3), 70);
    if rng.chance(40) {
        let hours = rng.pick(&[40, 45, 50, 60, 120]);
        let _ = writeln!(out, "business_hours_per_week = {hours}");
    }
    let start = rng.below(MINUTE_STEPS.len() - 4);
    let opened_a_table = severity_table(out, rng, "support.first_response", start, false);
    if rng.chance(50) {
        severity_table(out, rng, "support.resolution", start + 3, opened_a_table);
    }
}

/// `[support.first_response]` written as a table, an inline table or dotted keys (only a
/// table once a table header was written); returns whether it wrote a table header.
fn severity_table(
    out: &mut String,
    rng: &mut Rng,
    table: &str,
    start: usize,
    header_only: bool,
) -> bool {
    let mut entries: Vec<(&str, String)> = Vec::new();
    for (step, severity) in crate::model::schema::SEVERITIES.iter().enumerate() {
        if rng.chance(80) {
            let minutes = MINUTE_STEPS[(start + step).min(MINUTE_STEPS.len() - 1)];
            entries.push((severity, duration_value(rng, minutes)));
        }
    }
    if entries.is_empty() {
        return header_only;
    }
    let form = if header_only { 0 } else { rng.below(3) };
    match form {
        0 => {
            let _ = writeln!(out, "\n[{table}]");
            for (severity, value) in &entries {
                let _ = writeln!(out, "{severity} = {value}");
            }
        }
        1 => {
            let leaf = table.rsplit('.').next().unwrap_or(table);
            let inner: Vec<String> = entries.iter().map(|(s, v)| format!("{s} = {v}")).collect();
            let _ = writeln!(out, "{leaf} = {{ {} }}", inner.join(", "));
        }
        _ => {
            let leaf = table.rsplit('.').next().unwrap_or(table);
            for (severity, value) in &entries {
                let _ = writeln!(out, "{leaf}.{severity} = {value}");
            }
        }
    }
    form == 0
}

/// A duration as a bare number of minutes or in vendor wording.
fn duration_value(rng: &mut Rng, minutes: u32) -> String {
    match rng.below(6) {
        0 | 1 => minutes.to_string(),
        2 if minutes % 60 == 0 => format!("\"{} hours\"", minutes / 60),
        3 if minutes % 60 == 0 => format!("\"< {} business hours\"", minutes / 60),
        4 if minutes >= 1440 => "\"next business day\"".to_string(),
        5 if minutes % 1440 == 0 => format!("\"{} days\"", minutes / 1440),
        _ => format!("\"{minutes} min\""),
    }
}

fn sla(out: &mut String, rng: &mut Rng) {
    out.push_str("\n[sla]\n");
    if rng.chance(80) {
        let availability = rng.pick(&["99", "99.5", "99.9", "99.95", "99.99", "99.999"]);
        let _ = writeln!(out, "availability = {availability}");
    }
    bool_line(out, rng, "written", 70);
    bool_line(out, rng, "service_credits", 60);
}

fn docs(out: &mut String, rng: &mut Rng) {
    if rng.chance(15) {
        return;
    }
    out.push_str("\n[docs]\n");
    if rng.chance(60) {
        let month = 1 + rng.below(12);
        let quoted = rng.chance(30);
        let date = format!(
            "{}-{month:02}-{:02}",
            2024 + rng.below(3),
            1 + rng.below(28)
        );
        if quoted {
            let _ = writeln!(out, "last_updated = \"{date}\"");
        } else {
            let _ = writeln!(out, "last_updated = {date}");
        }
    }
    for key in [
        "quickstart",
        "api_reference",
        "faq",
        "troubleshooting",
        "best_practices",
        "changelog",
    ] {
        bool_line(out, rng, key, 65);
    }
}

fn fit_and_overseas(out: &mut String, rng: &mut Rng, style: &Style) {
    let most = |max: usize| style.most(max);
    out.push_str("\n[fit]\n");
    list_line(out, rng, "industries", INDUSTRIES, most(4), 70);
    list_line(out, rng, "reference_customers", CUSTOMERS, most(3), 50);
    out.push_str("\n[overseas]\n");
    list_line(out, rng, "regions", REGIONS, most(6), 75);
    list_line(out, rng, "local_support", REGIONS, most(3), 55);
    list_line(out, rng, "data_residency", REGIONS, most(3), 45);
}

fn security_lifecycle_process(out: &mut String, rng: &mut Rng, style: &Style) {
    out.push_str("\n[security]\n");
    list_line(
        out,
        rng,
        "certifications",
        CERTIFICATIONS,
        style.most(3),
        60,
    );
    bool_line(out, rng, "encryption_in_transit", 70);
    out.push_str("\n[lifecycle]\n");
    if rng.chance(60) {
        let months = rng.pick(&[6, 12, 18, 24, 36]);
        let _ = writeln!(out, "version_support_months = {months}");
    }
    if rng.chance(55) {
        let days = rng.pick(&[0, 14, 30, 60, 90, 180]);
        let _ = writeln!(out, "upgrade_notice_days = {days}");
    }
    out.push_str("\n[process]\n");
    for key in ["ticket_tracking", "post_incident_reports"] {
        bool_line(out, rng, key, 70);
    }
    if rng.chance(60) {
        let level = rng.pick(&["monthly", "quarterly", "none"]);
        let _ = writeln!(out, "service_reports = \"{level}\"");
    }
    for key in ["status_page", "training"] {
        bool_line(out, rng, key, 70);
    }
}

/// `[extra]`, then `[sources]` when the style has links.
fn extra_and_sources(out: &mut String, rng: &mut Rng, index: usize, style: &Style) {
    out.push_str("\n[extra]\n");
    let _ = writeln!(out, "annual_price_usd = {}", 5_000 + 1_000 * rng.below(200));
    bool_line(out, rng, "china_mainland_team", 60);
    if rng.chance(40) && style.links {
        let _ = writeln!(out, "sales_contact = \"sales{index}@example.com\"");
    }
    if !style.links {
        return;
    }
    out.push_str("\n[sources]\n");
    for path in ["support.coverage", "sla.availability", "plan"] {
        if rng.chance(70) {
            let _ = writeln!(
                out,
                "\"{path}\" = \"https://vendor{index}.example.com/support#{path} (synthetic)\""
            );
        }
    }
}

/// `key = true|false`, present with probability `known` percent (absent means unknown).
fn bool_line(out: &mut String, rng: &mut Rng, key: &str, known: u64) {
    if rng.chance(known) {
        let _ = writeln!(out, "{key} = {}", rng.chance(60));
    }
}

fn list_line(out: &mut String, rng: &mut Rng, key: &str, items: &[&str], max: usize, known: u64) {
    if rng.chance(known) {
        let chosen: Vec<String> = rng
            .subset(items, max)
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect();
        let _ = writeln!(out, "{key} = [{}]", chosen.join(", "));
    }
}

/// Built-in criteria with a knock-out each may carry (TOML lines), for [`scorecard_text`].
/// Knock-outs a scorecard may set on a built-in criterion, from the built-in table's kind.
fn example_knockouts(b: &Builtin) -> Vec<String> {
    match b.kind {
        Kind::Bool => vec!["require = true".into()],
        Kind::Level => level_requirements(b.fields[0]),
        Kind::Duration => vec!["max = 60".into(), "max = \"4 hours\"".into()],
        Kind::Age => vec!["max = 365".into()],
        Kind::Availability => vec!["min = 99.9".into(), "min = 99.99".into()],
        Kind::Number => vec!["min = 12".into()],
        _ => vec!["min_score = 50".into()],
    }
}

/// `require` of every level of the field's scale but the lowest.
fn level_requirements(field: &str) -> Vec<String> {
    let Some(FieldType::Level(scale)) = crate::model::schema::field(field).map(|f| f.ty) else {
        return vec!["min_score = 50".into()];
    };
    let names = scale.names();
    names[..names.len() - 1]
        .iter()
        .map(|name| format!("require = \"{name}\""))
        .collect()
}

/// A valid scorecard for `seed`: a few built-in criteria (sometimes with a knock-out, a
/// severity, a scale), sometimes a custom criterion over `[extra]`, any unknown policy.
pub fn scorecard_text(seed: u64) -> String {
    let mut rng = Rng::new(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0x5DEE_CE66);
    let mut out = String::with_capacity(1024);
    let _ = writeln!(out, "name = \"Synthetic scorecard {seed}\"");
    let _ = writeln!(out, "industry = \"{}\"", rng.pick(INDUSTRIES));
    let regions: Vec<String> = rng
        .subset(REGIONS, 3)
        .iter()
        .map(|r| format!("\"{r}\""))
        .collect();
    let _ = writeln!(out, "regions = [{}]", regions.join(", "));
    let _ = writeln!(out, "unknown = \"{}\"", rng.pick(&["zero", "half", "skip"]));
    // The cost criterion needs its own `best`, `worst` and a `[cost]` table.
    let ids: Vec<&str> = builtin_ids().filter(|id| *id != "expected_cost").collect();
    for id in rng.subset(&ids, 8) {
        let _ = writeln!(out, "\n[criteria.{id}]\nweight = {}", rng.below(40));
        let knockouts = builtin(id).map(example_knockouts).unwrap_or_default();
        if rng.chance(25) && !knockouts.is_empty() {
            let _ = writeln!(out, "{}", rng.pick(&knockouts));
        }
        if id == "response_sla" && rng.chance(40) {
            let _ = writeln!(
                out,
                "severity = \"{}\"",
                rng.pick(crate::model::schema::SEVERITIES)
            );
        }
        if id == "availability" && rng.chance(40) {
            let _ = writeln!(out, "scale = \"linear\"");
        }
    }
    if rng.chance(40) {
        out.push_str("\n[criteria.price]\nweight = 10\nfield = \"extra.annual_price_usd\"\nkind = \"number\"\nbest = 5000\nworst = 200000\n");
    }
    // At least one weight above 0, as the spec asks.
    out.push_str("\n[criteria.status_page_floor]\nweight = 1\nfield = \"process.status_page\"\nkind = \"bool\"\n");
    out
}

/// Writes profiles `0..count` of the catalogue for `seed` into `dir` (created if missing).
pub fn write_catalogue(dir: &Path, seed: u64, count: usize) -> io::Result<()> {
    write_shaped_catalogue(dir, seed, count, Shape::Rich)
}

/// Writes profiles `0..count` of the catalogue for `seed`, in `shape`, into `dir`.
pub fn write_shaped_catalogue(dir: &Path, seed: u64, count: usize, shape: Shape) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for index in 0..count {
        let path = dir.join(format!("{}.toml", profile_id(index)));
        std::fs::write(path, shaped_profile_text(seed, index, shape))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::profile::load_profile;
    use crate::load::source::SourceFile;

    #[test]
    fn the_same_seed_gives_the_same_text() {
        assert_eq!(profile_text(7, 3), profile_text(7, 3));
        assert_ne!(profile_text(7, 3), profile_text(8, 3));
        assert_ne!(profile_text(7, 3), profile_text(7, 4));
    }

    #[test]
    fn every_generated_profile_loads_without_problems() {
        for shape in Shape::ALL {
            for index in 0..300 {
                let path = format!("{}.toml", profile_id(index));
                let text = shaped_profile_text(42, index, shape);
                let source = SourceFile::from_text(Path::new(&path), text);
                let (profile, diagnostics) = load_profile(&source);
                let problems: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
                assert!(problems.is_empty(), "{}\n{problems:?}", source.text);
                assert!(profile.is_some());
            }
        }
    }

    #[test]
    fn the_plain_shape_is_smaller_and_has_no_comments_blank_lines_or_links() {
        let texts = |shape| (0..200).map(move |i| shaped_profile_text(42, i, shape));
        assert_eq!(profile_text(42, 5), shaped_profile_text(42, 5, Shape::Rich));
        for text in texts(Shape::Plain) {
            let comment = |line: &str| line.starts_with('#') || line.contains("  #");
            assert!(
                !text.lines().any(comment) && !text.contains("\n\n"),
                "{text}"
            );
            assert!(!text.contains("[sources]") && !text.contains("example.com"));
        }
        let bytes = |shape| texts(shape).map(|t| t.len()).sum::<usize>() / 200;
        let (rich, plain) = (bytes(Shape::Rich), bytes(Shape::Plain));
        assert!((700..900).contains(&plain) && rich > 1200, "{plain} {rich}");
        assert_eq!(Shape::from_name("plain"), Some(Shape::Plain));
        assert_eq!(Shape::from_name(Shape::Rich.name()), Some(Shape::Rich));
        assert_eq!(Shape::from_name("fancy"), None);
    }

    #[test]
    fn every_generated_scorecard_loads_without_errors() {
        for seed in 0..300 {
            let source = SourceFile::from_text(Path::new("s.toml"), scorecard_text(seed));
            let (card, diagnostics) =
                crate::load::scorecard::load_scorecard(&source, &Default::default());
            let problems: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            assert!(card.is_some(), "{}\n{problems:?}", source.text);
        }
    }

    #[test]
    fn the_catalogue_is_varied() {
        let texts: Vec<String> = (0..200).map(|i| profile_text(1, i)).collect();
        let has = |needle: &str| texts.iter().any(|t| t.contains(needle));
        assert!(has("business hours") && has("next business day") && has(" min\""));
        assert!(has("first_response = {") && has("first_response.critical"));
        assert!(has("[support.first_response]") && has("[support.resolution]"));
        assert!(
            texts.iter().any(|t| !t.contains("coverage =")),
            "some unknowns"
        );
        assert!(has("last_updated = \"") && has("声网"));
    }
}
