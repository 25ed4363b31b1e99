//! The scorecard loader (SPEC §4): reads the buyer's weighted criteria, applies the built-in
//! defaults and the `--industry`/`--region` overrides, checks every parameter against its
//! kind, reports every problem at once, and builds typed rules with the weights apart.

use crate::i18n::scorecard as words;
use crate::i18n::Text;
use crate::load::diag::Diagnostics;
use crate::load::profile::{duration, warn_outside_vocabulary};
use crate::load::source::{join_path, Reporter, SourceFile};
use crate::load::tree::{self, describe, expected, finite_number, Node, Table, Value};
use crate::model::builtin::{builtin, builtin_ids, default_range, Builtin};
use crate::model::duration::{Duration, DEFAULT_BUSINESS_HOURS_PER_WEEK};
use crate::model::fact::LevelScale;
use crate::model::profile::vendor_id;
use crate::model::schema::{self, FieldType, Range};
use crate::model::scorecard::{
    Audience, Bound, Criterion, Kind, NumberRule, Requirement, Rule, Scale, Scorecard,
    UnknownPolicy, KINDS, POLICIES,
};
use crate::util::suggest::closest;
use std::collections::HashSet;

/// A criterion while it is read: every parameter any kind may take, checked against the
/// kind before it becomes a typed [`Criterion`].
#[derive(Debug, Clone)]
struct Draft {
    id: String,
    weight: f64,
    fields: Vec<String>,
    kind: Kind,
    range: Option<NumberRule>,
    want: Vec<String>,
    levels: Option<LevelScale>,
    require: Option<Requirement>,
    max: Option<Bound>,
    min: Option<Bound>,
    min_score: Option<f64>,
}

impl Draft {
    fn field_label(&self) -> String {
        self.fields.join(", ")
    }

    /// The typed criterion; its parameters were checked against the kind while reading.
    fn into_criterion(self) -> (Criterion, f64) {
        let field = self.fields.first().cloned().unwrap_or_default();
        let rule = match self.kind {
            Kind::Bool => Rule::Bool {
                field,
                require: match self.require {
                    Some(Requirement::Bool(b)) => Some(b),
                    _ => None,
                },
            },
            Kind::Level => Rule::Level {
                field,
                scale: self.levels.unwrap_or(LevelScale::Coverage),
                require: match self.require {
                    Some(Requirement::Level(level)) => Some(level),
                    _ => None,
                },
            },
            Kind::Member => Rule::Member { field },
            Kind::CoverageOf => Rule::CoverageOf {
                field,
                want: self.want,
            },
            Kind::Share => Rule::Share {
                fields: self.fields,
            },
            Kind::Regions => Rule::Regions,
            measured => Rule::Measure {
                field,
                measure: measured
                    .measure()
                    .expect("the other kinds are matched above"),
                range: self
                    .range
                    .expect("a numeric criterion without a range is an error"),
                max: self.max,
                min: self.min,
            },
        };
        let criterion = Criterion {
            id: self.id,
            rule,
            min_score: self.min_score,
        };
        (criterion, self.weight)
    }
}

/// The largest weight: weights are relative, and sums of larger ones could overflow.
pub const MAX_WEIGHT: f64 = 1_000_000.0;

/// The longest criterion id, in characters (SPEC §4).
pub const MAX_ID_CHARS: usize = 64;

/// The largest magnitude of a number in a scorecard (SPEC §4).
pub const MAX_MAGNITUDE: f64 = 1e12;

/// The smallest `best` and `worst` of a log scale (SPEC §4).
pub const MIN_LOG_BOUND: f64 = 1e-6;

const TOP_KEYS: &[&str] = &["name", "industry", "regions", "unknown", "criteria"];
const CRITERION_KEYS: &[&str] = &[
    "weight",
    "field",
    "kind",
    "severity",
    "best",
    "worst",
    "scale",
    "require",
    "max",
    "min",
    "min_score",
    "want",
];

/// Whether a file looks like a scorecard: it has a top-level `criteria` table.
pub fn looks_like_scorecard(source: &SourceFile) -> bool {
    source
        .parse()
        .is_ok_and(|document| has_criteria_table(&document))
}

/// Whether a parsed file has a top-level `criteria` table, the mark of a scorecard.
pub fn has_criteria_table(top: &Table) -> bool {
    top.get("criteria").is_some_and(|c| c.get_ref().is_table())
}

/// Loads a scorecard, applying the audience overrides; `None` when it has errors.
pub fn load_scorecard(
    source: &SourceFile,
    audience: &Audience,
) -> (Option<Scorecard>, Diagnostics) {
    let mut reporter = Reporter::new(source);
    let Some(document) = reporter.parse() else {
        return (None, reporter.finish());
    };
    let scorecard = read_scorecard(&mut reporter, &document, audience);
    let diagnostics = reporter.finish();
    let scorecard = (!diagnostics.has_errors()).then_some(scorecard);
    (scorecard, diagnostics)
}

fn read_scorecard(r: &mut Reporter, top: &Table, audience: &Audience) -> Scorecard {
    check_keys(r, top, "", TOP_KEYS);
    let mut card = Scorecard {
        name: vendor_id(&r.source.path),
        path: r.source.path.clone(),
        industry: None,
        regions: Vec::new(),
        unknown: UnknownPolicy::Zero,
        criteria: Vec::new(),
        weights: Vec::new(),
    };
    if let Some(name) = top.get("name").and_then(|item| text(r, item, "name")) {
        card.name = name.to_string();
    }
    card.industry = read_industry(r, top);
    card.regions = read_regions(r, top);
    if let Some(policy) = top
        .get("unknown")
        .and_then(|item| choice(r, item, "unknown", POLICIES, "unknown policy"))
    {
        card.unknown = policy;
    }
    if let Some(industry) = &audience.industry {
        card.industry = Some(industry.clone());
    }
    if !audience.regions.is_empty() {
        card.regions = distinct_values(&audience.regions);
    }
    let drafts = read_criteria(r, top, &card);
    (card.criteria, card.weights) = drafts.into_iter().map(Draft::into_criterion).unzip();
    card
}

fn read_industry(r: &mut Reporter, top: &Table) -> Option<String> {
    let item = top.get("industry")?;
    let industry = text(r, item, "industry")?;
    warn_outside_vocabulary(r, item, "industry", industry, schema::INDUSTRIES);
    Some(industry.to_string())
}

fn read_regions(r: &mut Reporter, top: &Table) -> Vec<String> {
    let Some(item) = top.get("regions") else {
        return Vec::new();
    };
    let Some(array) = item.get_ref().as_array() else {
        let found = describe(item.get_ref());
        let message = Text::new(|lang| words::not_a_region_list(lang, Some(found)));
        r.error(item, "regions", message);
        return Vec::new();
    };
    let mut regions = Distinct::default();
    for element in array.iter() {
        match element.get_ref().as_str() {
            Some(region) => {
                warn_outside_vocabulary(r, element, "regions", region, schema::REGIONS);
                regions.push(r, element, "regions", region);
            }
            None => r.error_at(
                tree::start(element),
                "regions",
                Text::new(|lang| words::not_a_region_list(lang, None)),
            ),
        }
    }
    regions.items
}

/// The values of a list each once, in the order written: lists are sets, so a repeat adds
/// nothing, and is a warning at the repeat.
#[derive(Default)]
struct Distinct<'i> {
    seen: HashSet<&'i str>,
    items: Vec<String>,
}

impl<'i> Distinct<'i> {
    fn push(&mut self, r: &mut Reporter, element: &Node, key: &str, value: &'i str) {
        if self.seen.insert(value) {
            self.items.push(value.to_string());
        } else {
            let message = Text::new(|lang| words::listed_twice(lang, value));
            r.warning(element, key, message);
        }
    }
}

/// The same values each once, in the order given (`--region` given twice).
fn distinct_values(values: &[String]) -> Vec<String> {
    let mut seen = HashSet::with_capacity(values.len());
    values
        .iter()
        .filter(|value| seen.insert(value.as_str()))
        .cloned()
        .collect()
}

fn read_criteria(r: &mut Reporter, top: &Table, card: &Scorecard) -> Vec<Draft> {
    let Some(item) = top.get("criteria") else {
        r.error_at(0, "criteria", Text::new(words::no_criteria));
        return Vec::new();
    };
    let Some(table) = item.get_ref().as_table() else {
        let found = describe(item.get_ref());
        let message = Text::new(|lang| words::criteria_not_a_table(lang, found));
        r.error(item, "criteria", message);
        return Vec::new();
    };
    let criteria: Vec<Draft> = table
        .iter()
        .filter_map(|(id, item)| {
            let (id, offset) = (id.get_ref(), id.span().start);
            valid_id(r, id, offset)
                .then(|| read_criterion(r, id, item, offset, card))
                .flatten()
        })
        .collect();
    check_weights(r, table, item, &criteria);
    criteria
}

/// Whether `id` is a criterion id (SPEC §4: 1–64 ASCII letters, digits, `_` and `-`); an
/// error at it when not.
fn valid_id(r: &mut Reporter, id: &str, offset: usize) -> bool {
    let valid = (1..=MAX_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !valid {
        let message = Text::new(|lang| words::invalid_id(lang, id, MAX_ID_CHARS));
        r.error_at(offset, &format!("criteria.{id}"), message);
    }
    valid
}

fn check_weights(r: &mut Reporter, table: &Table, item: &Node, criteria: &[Draft]) {
    if table.is_empty() {
        r.error(item, "criteria", Text::new(words::no_criteria));
    } else if !criteria.is_empty() && criteria.iter().all(|c| c.weight == 0.0) {
        r.error(item, "criteria", Text::new(words::all_weights_zero));
    }
}

fn read_criterion(
    r: &mut Reporter,
    id: &str,
    item: &Node,
    offset: usize,
    card: &Scorecard,
) -> Option<Draft> {
    let path = format!("criteria.{id}");
    let Some(table) = item.get_ref().as_table() else {
        r.error(item, &path, expected(&path, item.get_ref()));
        return None;
    };
    check_keys(r, table, &path, CRITERION_KEYS);
    let base = base_criterion(r, id, table, &path, offset)?;
    let criterion = with_parameters(r, table, &path, base);
    check_audience(r, &criterion, card, &path, offset);
    criterion
}

/// The criterion as its built-in (or its `field` and `kind`) defines it, with its weight.
fn base_criterion(
    r: &mut Reporter,
    id: &str,
    table: &Table,
    path: &str,
    offset: usize,
) -> Option<Draft> {
    let builtin = builtin(id);
    let weight = read_weight(r, table, path, offset);
    let kind = match table.get("kind") {
        Some(item) => choice(r, item, &join_path(path, "kind"), KINDS, "kind"),
        None => builtin.map(|b| b.kind),
    };
    let fields = read_fields(r, table, path, builtin);
    let (Some(kind), Some(fields)) = (kind, fields) else {
        if builtin.is_none() {
            report_custom_without_field_or_kind(r, id, table, path, offset);
        }
        return None;
    };
    let from_builtin = builtin.filter(|b| b.kind == kind);
    Some(Draft {
        id: id.to_string(),
        weight: weight?,
        fields,
        kind,
        range: from_builtin
            .and_then(|b| b.range)
            .or_else(|| default_range(kind)),
        want: from_builtin
            .map_or_else(Vec::new, |b| b.want.iter().map(|w| w.to_string()).collect()),
        levels: None,
        require: None,
        max: None,
        min: None,
        min_score: None,
    })
}

fn report_custom_without_field_or_kind(
    r: &mut Reporter,
    id: &str,
    table: &Table,
    path: &str,
    offset: usize,
) {
    let missing: Vec<&str> = ["field", "kind"]
        .into_iter()
        .filter(|key| !table.contains_key(*key))
        .collect();
    if missing.is_empty() {
        return;
    }
    let close = closest(id, builtin_ids());
    let builtins: Vec<&str> = builtin_ids().collect();
    let message = Text::new(|lang| words::custom_needs(lang, id, &missing, close, &builtins));
    r.error_at(offset, path, message);
}

fn read_weight(r: &mut Reporter, table: &Table, path: &str, offset: usize) -> Option<f64> {
    let key = join_path(path, "weight");
    let Some(item) = table.get("weight") else {
        r.error_at(offset, &key, Text::new(words::weight_missing));
        return None;
    };
    let weight = finite(r, item, &key)?;
    if weight < 0.0 {
        let shown = fmt_num(weight);
        r.error(
            item,
            &key,
            Text::new(|lang| words::weight_negative(lang, &shown)),
        );
        return None;
    }
    if weight > MAX_WEIGHT {
        let (shown, max) = (tree::number_text(item.get_ref()), fmt_num(MAX_WEIGHT));
        let message = Text::new(|lang| words::weight_too_large(lang, &shown, &max));
        r.error(item, &key, message);
        return None;
    }
    Some(weight)
}

fn read_fields(
    r: &mut Reporter,
    table: &Table,
    path: &str,
    builtin: Option<&Builtin>,
) -> Option<Vec<String>> {
    let severity = read_severity(r, table, path, builtin);
    let Some(item) = table.get("field") else {
        let builtin = builtin?;
        let mut fields: Vec<String> = builtin.fields.iter().map(|f| f.to_string()).collect();
        if let (Some(severity), [only]) = (severity, fields.as_mut_slice()) {
            *only = format!("{}.{severity}", schema::parent(only));
        }
        return Some(fields);
    };
    let key = join_path(path, "field");
    let fields: Vec<String> = match item.get_ref() {
        Value::String(s) => vec![s.to_string()],
        Value::Array(array) if array.iter().all(|v| v.get_ref().as_str().is_some()) => array
            .iter()
            .filter_map(|v| v.get_ref().as_str().map(str::to_string))
            .collect(),
        _ => {
            let found = describe(item.get_ref());
            let message = Text::new(|lang| words::field_not_a_path(lang, found));
            r.error(item, &key, message);
            return None;
        }
    };
    let mut ok = !fields.is_empty();
    for field in &fields {
        if !schema::is_fact_path(field) {
            let close = closest(field, schema::FIELDS.iter().map(|f| f.path));
            let message = Text::new(|lang| words::not_a_profile_field(lang, field, close));
            r.error(item, &key, message);
            ok = false;
        }
    }
    ok.then_some(fields)
}

fn read_severity(
    r: &mut Reporter,
    table: &Table,
    path: &str,
    builtin: Option<&Builtin>,
) -> Option<&'static str> {
    let item = table.get("severity")?;
    let key = join_path(path, "severity");
    let takes_severity = builtin.is_some_and(|b| {
        b.fields.len() == 1 && schema::SEVERITY_TABLES.contains(&schema::parent(b.fields[0]))
    });
    if !takes_severity {
        r.error(item, &key, Text::new(words::severity_not_here));
        return None;
    }
    let pairs: Vec<(&str, &'static str)> = schema::SEVERITIES.iter().map(|s| (*s, *s)).collect();
    choice(r, item, &key, &pairs, "severity")
}

/// Applies `best`, `worst`, `scale`, `want` and the knock-outs; checks they fit the kind and field.
fn with_parameters(r: &mut Reporter, table: &Table, path: &str, mut c: Draft) -> Option<Draft> {
    let errors_before = r.diagnostics.errors().count();
    check_field_types(r, table, path, &mut c);
    read_rule(r, table, path, &mut c);
    read_want(r, table, path, &mut c);
    read_require(r, table, path, &mut c);
    c.max = read_bound(r, table, path, "max", c.kind);
    c.min = read_bound(r, table, path, "min", c.kind);
    c.min_score = read_min_score(r, table, path);
    (r.diagnostics.errors().count() == errors_before).then_some(c)
}

/// Checks that each schema field holds what the kind scores; sets a level kind's levels.
fn check_field_types(r: &mut Reporter, table: &Table, path: &str, c: &mut Draft) {
    let at = table
        .get("field")
        .or_else(|| table.get("kind"))
        .map(tree::start);
    let offset = at.unwrap_or_else(|| tree::first_key_start(table));
    if c.kind == Kind::Level {
        c.levels = match c.fields.as_slice() {
            [one] => level_scale(one),
            _ => None,
        };
        if c.levels.is_none() {
            let field = c.field_label();
            r.error_at(
                offset,
                path,
                Text::new(|lang| words::no_levels(lang, &field)),
            );
        }
        return;
    }
    if c.kind == Kind::Regions {
        return;
    }
    if c.kind != Kind::Share && c.fields.len() != 1 {
        let kind = c.kind.name();
        r.error_at(
            offset,
            path,
            Text::new(|lang| words::one_field_only(lang, kind)),
        );
        return;
    }
    for field in &c.fields {
        if let Some(spec) = schema::field(field) {
            if !kind_fits(c.kind, spec.ty) {
                let (ty, kind) = (type_tag(spec.ty), c.kind.name());
                let message = Text::new(|lang| words::kind_cannot_score(lang, field, ty, kind));
                r.error_at(offset, path, message);
            }
        }
    }
}

fn level_scale(field: &str) -> Option<LevelScale> {
    match schema::field(field)?.ty {
        FieldType::Level(scale) => Some(scale),
        _ => None,
    }
}

fn kind_fits(kind: Kind, ty: FieldType) -> bool {
    match kind {
        Kind::Number => matches!(ty, FieldType::Number(_)),
        Kind::Availability => ty == FieldType::Number(Range::Percent),
        Kind::Duration => ty == FieldType::Duration,
        Kind::Age => ty == FieldType::Date,
        Kind::Bool | Kind::Share => ty == FieldType::Bool,
        Kind::Member | Kind::CoverageOf => matches!(ty, FieldType::List(_)),
        Kind::Level => matches!(ty, FieldType::Level(_)),
        Kind::Regions => true,
    }
}

/// The catalogue's tag of a field type ([`words::kind_cannot_score`]).
fn type_tag(ty: FieldType) -> &'static str {
    match ty {
        FieldType::Text => "text",
        FieldType::Bool => "bool",
        FieldType::Number(Range::Percent) => "percent",
        FieldType::Number(_) => "number",
        FieldType::Date => "date",
        FieldType::Duration => "duration",
        FieldType::Level(_) => "level",
        FieldType::List(_) => "list",
    }
}

fn read_rule(r: &mut Reporter, table: &Table, path: &str, c: &mut Draft) {
    let given = ["best", "worst", "scale"]
        .iter()
        .find_map(|k| table.get(*k).map(|item| (*k, item)));
    if !c.kind.is_numeric() {
        if let Some((key, item)) = given {
            let kind = c.kind.name();
            let message = Text::new(|lang| words::range_not_for_kind(lang, key, kind));
            r.error(item, &join_path(path, key), message);
        }
        return;
    }
    let best = table
        .get("best")
        .and_then(|i| measure(r, i, &join_path(path, "best"), c.kind));
    let worst = table
        .get("worst")
        .and_then(|i| measure(r, i, &join_path(path, "worst"), c.kind));
    let scale = table.get("scale").and_then(|i| {
        choice(
            r,
            i,
            &join_path(path, "scale"),
            &[("linear", Scale::Linear), ("log", Scale::Log)],
            "scale",
        )
    });
    let defaults = c.range;
    let (Some(best), Some(worst)) = (
        best.or(defaults.map(|d| d.best)),
        worst.or(defaults.map(|d| d.worst)),
    ) else {
        if table.get("best").is_none() || table.get("worst").is_none() {
            let offset = tree::first_key_start(table);
            let kind = c.kind.name();
            let message = Text::new(|lang| words::needs_best_and_worst(lang, kind));
            r.error_at(offset, path, message);
        }
        return;
    };
    let scale = scale.or(defaults.map(|d| d.scale)).unwrap_or(Scale::Linear);
    let rule = NumberRule { best, worst, scale };
    check_range(r, table, path, rule);
    c.range = Some(rule);
}

/// `best` and `worst` differ; on a log scale both are at least [`MIN_LOG_BOUND`] (the error
/// is at the one that is not, when the file gives it).
fn check_range(r: &mut Reporter, table: &Table, path: &str, rule: NumberRule) {
    let NumberRule { best, worst, scale } = rule;
    let at_key = |key: &str| table.get(key).map(tree::start);
    let first_key = tree::first_key_start(table);
    if best == worst {
        let at = at_key("worst")
            .or_else(|| at_key("best"))
            .unwrap_or(first_key);
        let shown = fmt_num(best);
        let message = Text::new(|lang| words::best_equals_worst(lang, &shown));
        r.error_at(at, path, message);
        return;
    }
    let too_small = [("best", best), ("worst", worst)]
        .into_iter()
        .find(|(_, value)| *value < MIN_LOG_BOUND);
    if let (Scale::Log, Some((key, value))) = (scale, too_small) {
        let (at, key) = match at_key(key) {
            Some(at) => (at, join_path(path, key)),
            None => (first_key, path.to_string()),
        };
        let shown = fmt_num(value);
        let message = Text::new(|lang| words::too_small_for_log(lang, &shown));
        r.error_at(at, &key, message);
    }
}

/// A number in the unit the kind scores: durations become minutes (40-hour week).
fn measure(r: &mut Reporter, item: &Node, key: &str, kind: Kind) -> Option<f64> {
    bound(r, item, key, kind).map(|b| b.value)
}

fn bound(r: &mut Reporter, item: &Node, key: &str, kind: Kind) -> Option<Bound> {
    if kind != Kind::Duration {
        let value = number(r, item, key)?;
        return Some(Bound {
            value,
            text: fmt_num(value),
        });
    }
    let parsed = duration(item.get_ref());
    match parsed {
        Ok(d) => Some(Bound {
            value: d.minutes(DEFAULT_BUSINESS_HOURS_PER_WEEK),
            text: duration_text(&d),
        }),
        Err(message) => {
            r.error(item, key, message);
            None
        }
    }
}

fn duration_text(d: &Duration) -> String {
    if d.is_bare_minutes() {
        format!("{} min", d.text)
    } else {
        d.text.clone()
    }
}

fn read_want(r: &mut Reporter, table: &Table, path: &str, c: &mut Draft) {
    let key = join_path(path, "want");
    match (table.get("want"), c.kind) {
        (Some(item), Kind::CoverageOf) => match item.get_ref().as_array() {
            Some(array)
                if !array.is_empty() && array.iter().all(|v| v.get_ref().as_str().is_some()) =>
            {
                let mut want = Distinct::default();
                for element in array.iter() {
                    let value = element.get_ref().as_str().unwrap_or_default();
                    want.push(r, element, &key, value);
                }
                c.want = want.items;
            }
            _ => r.error(item, &key, Text::new(words::want_not_a_list)),
        },
        (Some(item), kind) => {
            let message = Text::new(|lang| words::want_not_for_kind(lang, kind.name()));
            r.error(item, &key, message);
        }
        (None, Kind::CoverageOf) if c.want.is_empty() => {
            let at = tree::first_key_start(table);
            r.error_at(at, path, Text::new(words::want_missing));
        }
        (None, _) => {}
    }
}

fn read_require(r: &mut Reporter, table: &Table, path: &str, c: &mut Draft) {
    let Some(item) = table.get("require") else {
        return;
    };
    let key = join_path(path, "require");
    match (c.kind, item.get_ref()) {
        (Kind::Bool, Value::Boolean(b)) => c.require = Some(Requirement::Bool(*b)),
        (Kind::Level, Value::String(s)) => {
            let names = c.levels.map(LevelScale::names).unwrap_or_default();
            if let Some(level) = c.levels.and_then(|scale| scale.level(s)) {
                c.require = Some(Requirement::Level(level));
            } else if !names.is_empty() {
                let (close, field) = (closest(s, names.iter().copied()), c.field_label());
                let message =
                    Text::new(|lang| words::not_a_level_of(lang, s, &field, &names, close));
                r.error(item, &key, message);
            }
        }
        (kind, value) => {
            let (kind, found) = (kind.name(), describe(value));
            r.error(
                item,
                &key,
                Text::new(|lang| words::bad_require(lang, kind, found)),
            );
        }
    }
}

fn read_bound(r: &mut Reporter, table: &Table, path: &str, key: &str, kind: Kind) -> Option<Bound> {
    let item = table.get(key)?;
    let full = join_path(path, key);
    if !kind.is_numeric() {
        let message = Text::new(|lang| words::bound_not_for_kind(lang, key, kind.name()));
        r.error(item, &full, message);
        return None;
    }
    bound(r, item, &full, kind)
}

fn read_min_score(r: &mut Reporter, table: &Table, path: &str) -> Option<f64> {
    let item = table.get("min_score")?;
    let key = join_path(path, "min_score");
    let score = number(r, item, &key)?;
    if !(0.0..=100.0).contains(&score) {
        let shown = fmt_num(score);
        r.error(
            item,
            &key,
            Text::new(|lang| words::min_score_outside(lang, &shown)),
        );
        return None;
    }
    Some(score)
}

fn check_audience(
    r: &mut Reporter,
    c: &Option<Draft>,
    card: &Scorecard,
    path: &str,
    offset: usize,
) {
    let Some(c) = c else { return };
    let missing = match c.kind {
        Kind::Member => card.industry.is_none().then_some(false),
        Kind::Regions => card.regions.is_empty().then_some(true),
        _ => None,
    };
    if let Some(regions) = missing {
        let message = Text::new(|lang| words::needs_audience(lang, &c.id, regions));
        r.error_at(offset, path, message);
    }
}

/// Reports keys outside `valid`, with the closest valid key.
fn check_keys(r: &mut Reporter, table: &Table, path: &str, valid: &[&str]) {
    for (key, _) in table.iter() {
        let (at, key): (usize, &str) = (key.span().start, key.get_ref());
        if !valid.contains(&key) {
            let close = closest(key, valid.iter().copied());
            let message = Text::new(|lang| words::unknown_key(lang, close, valid));
            r.error_at(at, &join_path(path, key), message);
        }
    }
}

fn text<'i>(r: &mut Reporter, item: &'i Node, key: &str) -> Option<&'i str> {
    let text = item.get_ref().as_str();
    if text.is_none() {
        r.error(item, key, expected("string", item.get_ref()));
    }
    text
}

/// A finite number of at most [`MAX_MAGNITUDE`] either side of 0.
fn number(r: &mut Reporter, item: &Node, key: &str) -> Option<f64> {
    let number = finite(r, item, key)?;
    if number.abs() > MAX_MAGNITUDE {
        let text = tree::number_text(item.get_ref());
        let message = Text::new(|lang| words::number_too_large(lang, &text));
        r.error(item, key, message);
        return None;
    }
    Some(number)
}

fn finite(r: &mut Reporter, item: &Node, key: &str) -> Option<f64> {
    let result = finite_number(item.get_ref());
    result.map_err(|message| r.error(item, key, message)).ok()
}

/// A string that must be one of `choices`; the error lists them and suggests the closest.
fn choice<T: Copy>(
    r: &mut Reporter,
    item: &Node,
    key: &str,
    choices: &[(&str, T)],
    what: &str,
) -> Option<T> {
    let text = text(r, item, key)?;
    let found = choices
        .iter()
        .find(|(name, _)| *name == text)
        .map(|(_, value)| *value);
    if found.is_none() {
        let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
        let close = closest(text, names.iter().copied());
        let message = Text::new(|lang| words::not_a_choice(lang, text, what, &names, close));
        r.error(item, key, message);
    }
    found
}

fn fmt_num(value: f64) -> String {
    crate::util::number::format_number(value)
}

#[cfg(test)]
mod tests;
