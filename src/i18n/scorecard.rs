//! The words of scorecard problems (SPEC §4): criteria, weights, parameters that do not fit a
//! kind, knock-outs, the buyer's industry and regions, in English and Chinese. The loader words
//! each problem in both languages; the command layer shows one.

use super::diagnostics::{did_you_mean, one_of, value_kind};
use super::Lang;

pub fn listed_twice(lang: Lang, value: &str) -> String {
    match lang {
        Lang::En => format!("`{value}` is listed twice; it counts once"),
        Lang::Zh => format!("`{value}` 列出了两次，只算一次"),
    }
}

/// A list of regions (or `want`) that is not one, or an item that is not a string.
pub fn not_a_region_list(lang: Lang, found: Option<&str>) -> String {
    match (lang, found) {
        (Lang::En, Some(found)) => format!(
            "expected a list of regions, found {}",
            value_kind(lang, found)
        ),
        (Lang::En, None) => "each region is a string".into(),
        (Lang::Zh, Some(found)) => format!("应为地区列表，实际是{}", value_kind(lang, found)),
        (Lang::Zh, None) => "每个地区都应是字符串".into(),
    }
}

pub fn no_criteria(lang: Lang) -> String {
    match lang {
        Lang::En => "the scorecard has no criteria; add at least one table like [criteria.response_sla] with a weight".into(),
        Lang::Zh => "评分卡没有任何评分项；请至少添加一个带权重的表，如 [criteria.response_sla]".into(),
    }
}

pub fn criteria_not_a_table(lang: Lang, found: &str) -> String {
    match lang {
        Lang::En => format!(
            "expected a table of criteria, found {}",
            value_kind(lang, found)
        ),
        Lang::Zh => format!("应为评分项的表，实际是{}", value_kind(lang, found)),
    }
}

pub fn invalid_id(lang: Lang, id: &str, max: usize) -> String {
    match lang {
        Lang::En => format!("`{id}` is not a valid criterion id; an id is 1 to {max} characters, each an ASCII letter, a digit, `_` or `-`"),
        Lang::Zh => format!("`{id}` 不是有效的评分项 id；id 由 1 到 {max} 个字符组成，每个字符是 ASCII 字母、数字、`_` 或 `-`"),
    }
}

pub fn all_weights_zero(lang: Lang) -> String {
    match lang {
        Lang::En => "every weight is 0; give at least one criterion a weight above 0".into(),
        Lang::Zh => "所有权重都是 0；请至少给一个评分项大于 0 的权重".into(),
    }
}

/// A custom criterion missing `field` and/or `kind`: the closest built-in, or all of them.
pub fn custom_needs(
    lang: Lang,
    id: &str,
    missing: &[&str],
    closest: Option<&str>,
    builtins: &[&str],
) -> String {
    let quoted: Vec<String> = missing.iter().map(|k| format!("`{k}`")).collect();
    let hint = match closest {
        Some(_) => did_you_mean(lang, closest),
        None => match lang {
            Lang::En => format!("; built-in criteria are {}", builtins.join(", ")),
            Lang::Zh => format!("；内置评分项有 {}", builtins.join("、")),
        },
    };
    match lang {
        Lang::En => format!(
            "`{id}` is not a built-in criterion, so it needs {}{hint}",
            quoted.join(" and ")
        ),
        Lang::Zh => format!(
            "`{id}` 不是内置评分项，因此需要 {}{hint}",
            quoted.join(" 和 ")
        ),
    }
}

pub fn weight_missing(lang: Lang) -> String {
    match lang {
        Lang::En => "missing; give the criterion a weight, e.g. `weight = 10`".into(),
        Lang::Zh => "缺少权重；请给评分项一个权重，如 `weight = 10`".into(),
    }
}

pub fn weight_negative(lang: Lang, weight: &str) -> String {
    match lang {
        Lang::En => format!("{weight} is negative; weights are 0 or more"),
        Lang::Zh => format!("{weight} 是负数；权重不能小于 0"),
    }
}

pub fn weight_too_large(lang: Lang, weight: &str, max: &str) -> String {
    match lang {
        Lang::En => format!("{weight} is too large; weights are relative (only their ratios count), so use numbers up to {max}, like 10 or 25"),
        Lang::Zh => format!("{weight} 太大了；权重是相对的（只看比例），请用不超过 {max} 的数，如 10 或 25"),
    }
}

pub fn field_not_a_path(lang: Lang, found: &str) -> String {
    match lang {
        Lang::En => format!(
            "expected a profile path like \"extra.annual_price_usd\", found {}",
            value_kind(lang, found)
        ),
        Lang::Zh => format!(
            "应为资料字段路径，如 \"extra.annual_price_usd\"，实际是{}",
            value_kind(lang, found)
        ),
    }
}

pub fn not_a_profile_field(lang: Lang, field: &str, closest: Option<&str>) -> String {
    let hint = match (lang, closest) {
        (_, Some(_)) => did_you_mean(lang, closest),
        (Lang::En, None) => "; use a field of the vendor profile or `extra.<your key>`".into(),
        (Lang::Zh, None) => "；请用厂商资料中的字段，或 `extra.<自定义键>`".into(),
    };
    match lang {
        Lang::En => format!("`{field}` is not a profile field{hint}"),
        Lang::Zh => format!("`{field}` 不是资料中的字段{hint}"),
    }
}

pub fn severity_not_here(lang: Lang) -> String {
    match lang {
        Lang::En => "`severity` applies to response_sla and resolution_sla only; name the field with `field` instead".into(),
        Lang::Zh => "`severity` 只适用于 response_sla 和 resolution_sla；其他评分项请用 `field` 指定字段".into(),
    }
}

pub fn no_levels(lang: Lang, field: &str) -> String {
    match lang {
        Lang::En => format!("kind `level` scores a field with ordered levels (support.coverage, process.service_reports); `{field}` has none"),
        Lang::Zh => format!("kind `level` 只能给有等级之分的字段打分（support.coverage、process.service_reports）；`{field}` 没有等级"),
    }
}

pub fn one_field_only(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::En => {
            format!("kind `{kind}` reads one field; several are given only to kind `share`")
        }
        Lang::Zh => format!("kind `{kind}` 只读取一个字段；只有 kind `share` 可以给多个字段"),
    }
}

/// What a field holds, by type tag: `text`, `bool`, `number`, `percent`, `date`, `duration`,
/// `level`, `list`.
fn holds(lang: Lang, ty: &str) -> &'static str {
    match (lang, ty) {
        (Lang::En, "text") => "text",
        (Lang::En, "bool") => "a boolean",
        (Lang::En, "number" | "percent") => "a number",
        (Lang::En, "date") => "a date",
        (Lang::En, "duration") => "a duration",
        (Lang::En, "level") => "a level",
        (Lang::En, _) => "a list",
        (Lang::Zh, "text") => "文字",
        (Lang::Zh, "bool") => "布尔值",
        (Lang::Zh, "number" | "percent") => "数字",
        (Lang::Zh, "date") => "日期",
        (Lang::Zh, "duration") => "时长",
        (Lang::Zh, "level") => "等级",
        (Lang::Zh, _) => "列表",
    }
}

/// The kinds that can score a field of type `ty`.
fn fitting_kinds(ty: &str) -> &'static [&'static str] {
    match ty {
        "bool" => &["bool"],
        "percent" => &["availability", "number"],
        "number" => &["number"],
        "date" => &["age"],
        "duration" => &["duration"],
        "level" => &["level"],
        "list" => &["member", "coverage_of"],
        _ => &[],
    }
}

/// A field whose type the criterion's kind cannot score, with the kinds that can.
pub fn kind_cannot_score(lang: Lang, field: &str, ty: &str, kind: &str) -> String {
    let held = holds(lang, ty);
    let kinds = fitting_kinds(ty);
    match lang {
        Lang::En => {
            let hint = if kinds.is_empty() {
                String::new()
            } else {
                format!("; use kind {}", one_of(lang, kinds))
            };
            format!("`{field}` holds {held}, which kind `{kind}` cannot score{hint}")
        }
        Lang::Zh => {
            let hint = if kinds.is_empty() {
                String::new()
            } else {
                format!("；请用 kind {}", one_of(lang, kinds))
            };
            format!("`{field}` 存的是{held}，kind `{kind}` 无法给它打分{hint}")
        }
    }
}

pub fn range_not_for_kind(lang: Lang, key: &str, kind: &str) -> String {
    match lang {
        Lang::En => format!("`{key}` applies to number, duration, age and availability criteria, not to kind `{kind}`"),
        Lang::Zh => format!("`{key}` 只适用于 number、duration、age 和 availability 类评分项，不适用于 kind `{kind}`"),
    }
}

pub fn needs_best_and_worst(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::En => {
            format!("kind `{kind}` needs `best` and `worst` (the values scoring 100 and 0)")
        }
        Lang::Zh => format!("kind `{kind}` 需要 `best` 和 `worst`（分别得 100 分和 0 分的值）"),
    }
}

pub fn best_equals_worst(lang: Lang, value: &str) -> String {
    match lang {
        Lang::En => format!("`best` and `worst` are both {value}; they must differ"),
        Lang::Zh => format!("`best` 和 `worst` 都是 {value}；两者必须不同"),
    }
}

pub fn too_small_for_log(lang: Lang, value: &str) -> String {
    match lang {
        Lang::En => format!("{value} is too small for a log scale: `best` and `worst` are at least 0.000001 (10⁻⁶) there; use scale = \"linear\" or raise it"),
        Lang::Zh => format!("{value} 对对数刻度来说太小：对数刻度下 `best` 和 `worst` 至少为 0.000001（10⁻⁶）；请改用 scale = \"linear\"，或调大该值"),
    }
}

pub fn want_not_a_list(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "expected a non-empty list of strings, e.g. want = [\"ticket\", \"phone\"]".into()
        }
        Lang::Zh => "应为非空的字符串列表，如 want = [\"ticket\", \"phone\"]".into(),
    }
}

pub fn want_not_for_kind(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::En => format!("`want` applies to kind `coverage_of`, not `{kind}`"),
        Lang::Zh => format!("`want` 只适用于 kind `coverage_of`，不适用于 `{kind}`"),
    }
}

pub fn want_missing(lang: Lang) -> String {
    match lang {
        Lang::En => "kind `coverage_of` needs `want`, the values to look for".into(),
        Lang::Zh => "kind `coverage_of` 需要 `want`，即要查找的取值".into(),
    }
}

pub fn not_a_level_of(
    lang: Lang,
    text: &str,
    field: &str,
    names: &[&str],
    closest: Option<&str>,
) -> String {
    let (all, hint) = (one_of(lang, names), did_you_mean(lang, closest));
    match lang {
        Lang::En => format!("`{text}` is not a level of {field}; use {all}{hint}"),
        Lang::Zh => format!("`{text}` 不是 {field} 的等级；请用 {all}{hint}"),
    }
}

/// `require` of the wrong type: `bool` and `level` criteria, or another kind.
pub fn bad_require(lang: Lang, kind: &str, found: &str) -> String {
    let found = value_kind(lang, found);
    match (lang, kind) {
        (Lang::En, "bool") => format!("a bool criterion requires true or false, found {found}"),
        (Lang::En, "level") => format!("a level criterion requires a level name, found {found}"),
        (Lang::En, _) => format!("`require` fits bool and level criteria; for kind `{kind}` use `max`, `min` or `min_score`"),
        (Lang::Zh, "bool") => format!("bool 类评分项的 require 应为 true 或 false，实际是{found}"),
        (Lang::Zh, "level") => format!("level 类评分项的 require 应为等级名称，实际是{found}"),
        (Lang::Zh, _) => format!("`require` 只适用于 bool 和 level 类评分项；kind `{kind}` 请用 `max`、`min` 或 `min_score`"),
    }
}

pub fn bound_not_for_kind(lang: Lang, key: &str, kind: &str) -> String {
    match lang {
        Lang::En => format!("`{key}` fits number, duration, age and availability criteria; for kind `{kind}` use `require` or `min_score`"),
        Lang::Zh => format!("`{key}` 只适用于 number、duration、age 和 availability 类评分项；kind `{kind}` 请用 `require` 或 `min_score`"),
    }
}

pub fn min_score_outside(lang: Lang, score: &str) -> String {
    match lang {
        Lang::En => format!("{score} is outside 0..100; scores run from 0 to 100"),
        Lang::Zh => format!("{score} 不在 0 到 100 之间；得分范围是 0 到 100"),
    }
}

/// `industry_fit` without the buyer's industry, or `overseas_support` without regions.
pub fn needs_audience(lang: Lang, id: &str, regions: bool) -> String {
    match (lang, regions) {
        (Lang::En, false) => format!("`{id}` scores the buyer's industry, and the scorecard has none; add `industry = \"social\"` at the top or pass --industry"),
        (Lang::En, true) => format!("`{id}` scores the buyer's regions, and the scorecard has none; add `regions = [\"southeast-asia\"]` at the top or pass --region"),
        (Lang::Zh, false) => format!("`{id}` 按买方所在行业打分，但评分卡没有设定行业；请在开头加上 `industry = \"social\"`，或传入 --industry"),
        (Lang::Zh, true) => format!("`{id}` 按买方的目标地区打分，但评分卡没有设定地区；请在开头加上 `regions = [\"southeast-asia\"]`，或传入 --region"),
    }
}

pub fn unknown_key(lang: Lang, closest: Option<&str>, valid: &[&str]) -> String {
    match (lang, closest) {
        (_, Some(_)) => match lang {
            Lang::En => format!("unknown key{}", did_you_mean(lang, closest)),
            Lang::Zh => format!("未知的键{}", did_you_mean(lang, closest)),
        },
        (Lang::En, None) => format!("unknown key; valid keys are {}", valid.join(", ")),
        (Lang::Zh, None) => format!("未知的键；可用的键有 {}", valid.join("、")),
    }
}

pub fn number_too_large(lang: Lang, number: &str) -> String {
    match lang {
        Lang::En => format!("{number} is too large; numbers in a scorecard are at most 1000000000000 (10¹²) either side of 0"),
        Lang::Zh => format!("{number} 太大了；评分卡中的数值绝对值最多为 1000000000000（10¹²）"),
    }
}

/// A value outside a set of choices; `what` names the set (`kind`, `scale`, `severity`,
/// `unknown policy`).
pub fn not_a_choice(
    lang: Lang,
    text: &str,
    what: &str,
    names: &[&str],
    closest: Option<&str>,
) -> String {
    let (all, hint) = (one_of(lang, names), did_you_mean(lang, closest));
    match lang {
        Lang::En => format!("`{text}` is not a valid {what}; use {all}{hint}"),
        Lang::Zh => {
            let what = match what {
                "kind" => "评分类型（kind）",
                "scale" => "刻度",
                "severity" => "严重级别",
                _ => "未知项处理方式",
            };
            format!("`{text}` 不是有效的{what}；请用 {all}{hint}")
        }
    }
}

/// Every phrase, filled with sample values (for the catalogue's tests).
#[cfg(test)]
pub(crate) fn every_phrase(lang: Lang) -> Vec<String> {
    let mut all = vec![
        listed_twice(lang, "a"),
        not_a_region_list(lang, Some("string")),
        not_a_region_list(lang, None),
        no_criteria(lang),
        criteria_not_a_table(lang, "array"),
        invalid_id(lang, "a b", 64),
        all_weights_zero(lang),
        custom_needs(
            lang,
            "price",
            &["field", "kind"],
            None,
            &["coverage", "channels"],
        ),
        custom_needs(lang, "covrage", &["kind"], Some("coverage"), &[]),
        weight_missing(lang),
        weight_negative(lang, "-3"),
        weight_too_large(lang, "1e9", "1000000"),
        field_not_a_path(lang, "integer"),
        not_a_profile_field(lang, "x.y", None),
        not_a_profile_field(lang, "sla.writen", Some("sla.written")),
        severity_not_here(lang),
        no_levels(lang, "sla.written"),
        one_field_only(lang, "bool"),
        range_not_for_kind(lang, "best", "bool"),
        needs_best_and_worst(lang, "number"),
        best_equals_worst(lang, "12"),
        too_small_for_log(lang, "0"),
        want_not_a_list(lang),
        want_not_for_kind(lang, "bool"),
        want_missing(lang),
        not_a_level_of(
            lang,
            "24x6",
            "support.coverage",
            &["24x7", "none"],
            Some("24x7"),
        ),
        bound_not_for_kind(lang, "max", "bool"),
        min_score_outside(lang, "120"),
        needs_audience(lang, "industry_fit", false),
        needs_audience(lang, "overseas_support", true),
        unknown_key(lang, Some("weight"), &[]),
        unknown_key(lang, None, &["weight", "field"]),
        number_too_large(lang, "1e13"),
    ];
    for ty in [
        "text", "bool", "number", "percent", "date", "duration", "level", "list",
    ] {
        all.push(kind_cannot_score(lang, "sla.written", ty, "number"));
    }
    for kind in ["bool", "level", "number"] {
        all.push(bad_require(lang, kind, "string"));
    }
    for what in ["kind", "scale", "severity", "unknown policy"] {
        all.push(not_a_choice(lang, "x", what, &["a", "b"], Some("a")));
    }
    all
}
