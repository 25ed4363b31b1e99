//! The words of data-file diagnostics: the line that names file, position and key, the summary
//! of a failed load, and every problem the loaders find in profiles and scorecards, in English
//! and Chinese. Loaders word a problem in both languages ([`super::Text`]); the command layer
//! shows the one `--lang` asks for. Values quoted here come escaped by the caller or are
//! escaped when the line is rendered.

use super::Lang;

/// `file:3:5: error: `key`: message`, or in Chinese `file:3:5：错误：`key`：message`.
pub fn diagnostic_line(
    lang: Lang,
    position: &str,
    error: bool,
    key: Option<&str>,
    message: &str,
) -> String {
    match lang {
        Lang::En => {
            let severity = if error { "error" } else { "warning" };
            let key = key.map(|k| format!("`{k}`: ")).unwrap_or_default();
            format!("{position}: {severity}: {key}{message}")
        }
        Lang::Zh => {
            let severity = if error { "错误" } else { "警告" };
            let key = key.map(|k| format!("`{k}`：")).unwrap_or_default();
            format!("{position}：{severity}：{key}{message}")
        }
    }
}

/// The first line of a failed load: how many errors in how many files.
pub fn load_failure(lang: Lang, errors: usize, files: usize) -> String {
    match lang {
        Lang::En => format!(
            "{} in {}; fix {} and run again",
            plural(errors, "error"),
            plural(files, "file"),
            if errors == 1 { "it" } else { "them" }
        ),
        Lang::Zh => format!("{files} 个文件中有 {errors} 处错误，请改正后重新运行"),
    }
}

/// `1 error`, `2 errors`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

pub fn not_utf8(lang: Lang) -> String {
    match lang {
        Lang::En => "the file is not valid UTF-8; save it as UTF-8".into(),
        Lang::Zh => "文件不是有效的 UTF-8 编码，请另存为 UTF-8".into(),
    }
}

/// A TOML syntax error: the parser's own words (English, from the TOML library), or the
/// nesting limit, and the decimal-comma hint (`99,9` → `99.9`).
pub fn invalid_toml(lang: Lang, parser: &str, too_deep: bool, point: Option<&str>) -> String {
    let (what, hint) = match lang {
        Lang::En if too_deep => ("values, tables or dotted keys are nested deeper than the TOML parser allows; profiles and scorecards are a few levels deep, so check that this is the right file".to_string(), point.map(|p| format!("; a decimal number takes a point, not a comma: write {p}"))),
        Lang::En => (parser.to_string(), point.map(|p| format!("; a decimal number takes a point, not a comma: write {p}"))),
        Lang::Zh if too_deep => ("值、表或点分键的嵌套层数超过了 TOML 解析器的上限；资料和评分卡只有几层，请确认是不是选错了文件".to_string(), point.map(|p| format!("；小数要用小数点而不是逗号：写成 {p}"))),
        Lang::Zh => (format!("解析器提示“{parser}”"), point.map(|p| format!("；小数要用小数点而不是逗号：写成 {p}"))),
    };
    let hint = hint.unwrap_or_default();
    match lang {
        Lang::En => format!("invalid TOML: {what}{hint}"),
        Lang::Zh => format!("TOML 格式错误：{what}{hint}"),
    }
}

/// A key defined twice; `quoted` is the key as written and as it is, when it was quoted.
pub fn duplicate_key(lang: Lang, quoted: Option<(&str, &str)>) -> String {
    match (lang, quoted) {
        (Lang::En, None) => "invalid TOML: duplicate key: it is already defined above; keep one of them".into(),
        (Lang::En, Some((written, key))) => format!("invalid TOML: duplicate key: it is already defined above; `{written}` is the same key as `{key}` (quotes do not make another key); keep one of them"),
        (Lang::Zh, None) => "TOML 格式错误：键重复，上文已经定义过；请只保留一个".into(),
        (Lang::Zh, Some((written, key))) => format!("TOML 格式错误：键重复，上文已经定义过；`{written}` 和 `{key}` 是同一个键（加引号不会变成另一个键）；请只保留一个"),
    }
}

pub fn is_folder(lang: Lang) -> String {
    match lang {
        Lang::En => "this is a folder, not a file; rename it or move it out of the way".into(),
        Lang::Zh => "这是文件夹，不是文件；请改名或移走".into(),
    }
}

pub fn not_regular_file(lang: Lang) -> String {
    match lang {
        Lang::En => "this is not a regular file (a pipe, socket or device); profiles and scorecards are files".into(),
        Lang::Zh => "这不是普通文件（而是管道、套接字或设备）；资料和评分卡都应是普通文件".into(),
    }
}

pub fn file_too_large(lang: Lang, kib: u64) -> String {
    match lang {
        Lang::En => format!("the file is larger than {kib} KiB, the most sdkvet reads; a profile or scorecard is a few KiB, so check that this is the right file"),
        Lang::Zh => format!("文件超过 {kib} KiB，超出 sdkvet 的读取上限；资料或评分卡通常只有几 KiB，请确认是不是选错了文件"),
    }
}

pub fn cannot_read_file(lang: Lang, error: &std::io::Error) -> String {
    match lang {
        Lang::En => format!("cannot read the file: {error}"),
        Lang::Zh => format!("无法读取文件：{error}"),
    }
}

pub fn broken_link(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "this is a broken symbolic link: its target does not exist; fix or remove the link"
                .into()
        }
        Lang::Zh => "这是失效的符号链接：它指向的文件不存在；请修复或删除该链接".into(),
    }
}

pub fn no_such_file(lang: Lang) -> String {
    match lang {
        Lang::En => "the file does not exist".into(),
        Lang::Zh => "文件不存在".into(),
    }
}

pub fn may_not_read(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "permission denied: sdkvet may not read this file; check its permissions (chmod u+r)"
                .into()
        }
        Lang::Zh => "权限不足：sdkvet 无权读取此文件；请检查文件权限（chmod u+r）".into(),
    }
}

/// "; did you mean `x`?" after a problem, or nothing.
pub fn did_you_mean(lang: Lang, closest: Option<&str>) -> String {
    match (lang, closest) {
        (_, None) => String::new(),
        (Lang::En, Some(c)) => format!("; did you mean `{c}`?"),
        (Lang::Zh, Some(c)) => format!("；是不是想写 `{c}`？"),
    }
}

/// "`a`, `b` or `c`" / "`a`、`b` 或 `c`": the valid values of a message.
pub fn one_of(lang: Lang, values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    let (separator, or) = match lang {
        Lang::En => (", ", " or "),
        Lang::Zh => ("、", " 或 "),
    };
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{or}{last}", rest.join(separator)),
    }
}

/// What kind of TOML value was found, by its tag (`string`, `integer`, …).
pub fn value_kind(lang: Lang, tag: &str) -> &'static str {
    match (lang, tag) {
        (Lang::En, "string") => "a string",
        (Lang::En, "integer") => "an integer",
        (Lang::En, "float") => "a float",
        (Lang::En, "boolean") => "a boolean",
        (Lang::En, "date-time") => "a date-time",
        (Lang::En, "array-of-tables") => "an array of tables",
        (Lang::En, "array") => "an array",
        (Lang::En, _) => "a table",
        (Lang::Zh, "string") => "字符串",
        (Lang::Zh, "integer") => "整数",
        (Lang::Zh, "float") => "小数",
        (Lang::Zh, "boolean") => "布尔值",
        (Lang::Zh, "date-time") => "日期时间",
        (Lang::Zh, "array-of-tables") => "表数组",
        (Lang::Zh, "array") => "数组",
        (Lang::Zh, _) => "表",
    }
}

/// What a value should have been, by tag, for [`expected`].
fn expected_kind(lang: Lang, what: &str) -> String {
    match (lang, what) {
        (Lang::En, "bool") => "true or false".into(),
        (Lang::En, "string") => "a string".into(),
        (Lang::En, "number") => "a number".into(),
        (Lang::En, "date") => "a date (YYYY-MM-DD)".into(),
        (Lang::En, "duration") => "a duration".into(),
        (Lang::En, "list") => "a list of strings".into(),
        (Lang::En, table) => format!("a table ([{table}])"),
        (Lang::Zh, "bool") => "布尔值（true 或 false）".into(),
        (Lang::Zh, "string") => "字符串".into(),
        (Lang::Zh, "number") => "数字".into(),
        (Lang::Zh, "date") => "日期（YYYY-MM-DD）".into(),
        (Lang::Zh, "duration") => "时长".into(),
        (Lang::Zh, "list") => "字符串列表".into(),
        (Lang::Zh, table) => format!("表（[{table}]）"),
    }
}

/// "expected a number, found a string"; `what` is `bool`, `string`, `number`, `date`,
/// `duration`, `list`, or the path of the table expected.
pub fn expected(lang: Lang, what: &str, found: &str) -> String {
    let (what, found) = (expected_kind(lang, what), value_kind(lang, found));
    match lang {
        Lang::En => format!("expected {what}, found {found}"),
        Lang::Zh => format!("应为{what}，实际是{found}"),
    }
}

/// How a duration is written, for its errors.
pub fn duration_help(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "write minutes as a number (30) or text like \"15 min\", \"1 hour\", \"2 days\", \"4 business hours\", \"next business day\"",
        Lang::Zh => "请写分钟数（如 30），或 \"15 min\"、\"1 hour\"、\"2 days\"、\"4 business hours\"、\"next business day\" 这样的文字",
    }
}

/// A problem followed by how to write a duration.
pub fn with_duration_help(lang: Lang, problem: &str) -> String {
    match lang {
        Lang::En => format!("{problem}; {}", duration_help(lang)),
        Lang::Zh => format!("{problem}；{}", duration_help(lang)),
    }
}

/// A lone string where a list belongs, shown as the list it should be.
pub fn expected_list(lang: Lang, found: &str, bracketed: Option<(&str, &str)>) -> String {
    let problem = expected(lang, "list", found);
    match (lang, bracketed) {
        (_, None) => problem,
        (Lang::En, Some((key, item))) => {
            format!("{problem}; write it in brackets: {key} = [{item}]")
        }
        (Lang::Zh, Some((key, item))) => format!("{problem}；请加上方括号：{key} = [{item}]"),
    }
}

/// A problem with one item of a list.
pub fn in_the_list(lang: Lang, problem: &str) -> String {
    match lang {
        Lang::En => format!("{problem} in the list"),
        Lang::Zh => format!("列表中的一项：{problem}"),
    }
}

/// Where an unknown key sits and what the user may have meant.
pub enum KeyHint<'a> {
    /// A close valid key in the same table.
    Closest(&'a str),
    /// The key belongs in another table: its full path and that table.
    Elsewhere(&'a str, &'a str),
    /// No close key: the valid keys of this table.
    Valid(&'a [&'a str]),
}

/// An unknown key in table `table` (empty: the top level).
pub fn unknown_key(lang: Lang, table: &str, hint: KeyHint) -> String {
    match lang {
        Lang::En => {
            let place = if table.is_empty() {
                "at the top level".to_string()
            } else {
                format!("in [{table}]")
            };
            let hint = match hint {
                KeyHint::Closest(c) => format!("; did you mean `{c}`?"),
                KeyHint::Elsewhere(path, t) => format!("; did you mean `{path}` (in [{t}])?"),
                KeyHint::Valid(keys) => format!(
                    "; valid keys here are {}; facts of your own go under [extra]",
                    keys.join(", ")
                ),
            };
            format!("unknown key {place}{hint}")
        }
        Lang::Zh => {
            let place = if table.is_empty() {
                "顶层".to_string()
            } else {
                format!("[{table}] 中")
            };
            let hint = match hint {
                KeyHint::Closest(c) => format!("；是不是想写 `{c}`？"),
                KeyHint::Elsewhere(path, t) => format!("；是不是想写 `{path}`（在 [{t}] 中）？"),
                KeyHint::Valid(keys) => format!(
                    "；这里可用的键有 {}；自定义的事实请放在 [extra] 下",
                    keys.join("、")
                ),
            };
            format!("{place}有未知的键{hint}")
        }
    }
}

/// A severity key that is not one of the severities.
pub fn unknown_severity(lang: Lang, severities: &[&str], closest: Option<&str>) -> String {
    let (all, hint) = (one_of(lang, severities), did_you_mean(lang, closest));
    match lang {
        Lang::En => format!("unknown severity; severities are {all}{hint}"),
        Lang::Zh => format!("未知的严重级别；可用的级别有 {all}{hint}"),
    }
}

/// A date after the evaluation date, and what follows: a fact counts as unknown, an evidence
/// date as the evaluation date.
pub fn future_date(lang: Lang, day: &str, evaluation: &str, fact: bool) -> String {
    match (lang, fact) {
        (Lang::En, true) => format!("{day} is in the future (after the evaluation date {evaluation}); the fact counts as unknown"),
        (Lang::En, false) => format!("{day} is in the future (after the evaluation date {evaluation}); the facts it covers count as checked on {evaluation}"),
        (Lang::Zh, true) => format!("{day} 晚于评估日期 {evaluation}，是将来的日期；这项事实按未知处理"),
        (Lang::Zh, false) => format!("{day} 晚于评估日期 {evaluation}，是将来的日期；它所涵盖的事实按 {evaluation} 核实处理"),
    }
}

/// The allowed range a number falls outside, by tag: `amount-too-large`, `non-negative`,
/// `percent`, `week-hours`.
pub fn out_of_range(lang: Lang, number: &str, range: &str) -> String {
    match (lang, range) {
        (Lang::En, "amount-too-large") => {
            format!("{number} is too large; times, days and months are at most 1000000000 (10⁹)")
        }
        (Lang::En, "non-negative") => format!("{number} must be 0 or more"),
        (Lang::En, "percent") => format!("{number} must be a percent in (0, 100]"),
        (Lang::En, _) => format!("{number} must be hours in a week, from 1 to 168"),
        (Lang::Zh, "amount-too-large") => {
            format!("{number} 太大了；时间、天数和月数最多为 1000000000（10⁹）")
        }
        (Lang::Zh, "non-negative") => format!("{number} 不能小于 0"),
        (Lang::Zh, "percent") => format!("{number} 应是大于 0、不超过 100 的百分数"),
        (Lang::Zh, _) => format!("{number} 应是一周内的小时数，从 1 到 168"),
    }
}

/// A number that no 64-bit integer or float holds, or that is NaN or infinite.
pub fn bad_number(lang: Lang, number: &str, problem: &str) -> String {
    match (lang, problem) {
        (Lang::En, "integer-too-large") => {
            format!("{number} is too large; write a number that fits 64 bits")
        }
        (Lang::En, "float-too-large") => {
            format!("{number} is too large; write a number a 64-bit float holds")
        }
        (Lang::En, "not-finite") => format!("{number} is not a number; write a finite value"),
        (Lang::En, _) => format!("{number} is not a number"),
        (Lang::Zh, "integer-too-large") => format!("{number} 太大了；请写 64 位整数能表示的数"),
        (Lang::Zh, "float-too-large") => format!("{number} 太大了；请写 64 位浮点数能表示的数"),
        (Lang::Zh, "not-finite") => format!("{number} 不是数字；请写有限的数值"),
        (Lang::Zh, _) => format!("{number} 不是数字"),
    }
}

/// A date that does not exist, has a time, or is not written YYYY-MM-DD.
pub fn bad_date(lang: Lang, written: &str, problem: &str) -> String {
    match (lang, problem) {
        (Lang::En, "time") => format!("{written} is not a plain date; write YYYY-MM-DD"),
        (Lang::En, "text") => {
            format!("`{written}` is not a date; write YYYY-MM-DD, e.g. 2026-11-01")
        }
        (Lang::En, why) => format!("{written} is not a valid date: {why}"),
        (Lang::Zh, "time") => format!("{written} 不是单纯的日期；请写 YYYY-MM-DD"),
        (Lang::Zh, "text") => format!("`{written}` 不是日期；请写 YYYY-MM-DD，如 2026-11-01"),
        (Lang::Zh, _) => format!("{written} 不是有效的日期"),
    }
}

/// A value outside an enumerated set (a level, a kind of source).
pub fn not_one_of(
    lang: Lang,
    text: &str,
    what: &str,
    names: &[&str],
    closest: Option<&str>,
) -> String {
    let (all, hint) = (one_of(lang, names), did_you_mean(lang, closest));
    match (lang, what) {
        (Lang::En, "kind") => format!("`{text}` is not a kind of source; use {all}{hint}"),
        (Lang::En, _) => format!("`{text}` is not a valid value; use {all}{hint}"),
        (Lang::Zh, "kind") => format!("`{text}` 不是有效的来源类型；请用 {all}{hint}"),
        (Lang::Zh, _) => format!("`{text}` 不是有效的取值；请用 {all}{hint}"),
    }
}

/// A list item outside the known vocabulary: the closest known value, or all of them.
pub fn outside_vocabulary(lang: Lang, text: &str, closest: Option<&str>, known: &[&str]) -> String {
    match (lang, closest) {
        (Lang::En, Some(c)) => format!("`{text}` is not a known value; did you mean `{c}`?"),
        (Lang::En, None) => format!(
            "`{text}` is not a known value; known values: {}",
            known.join(", ")
        ),
        (Lang::Zh, Some(c)) => format!("`{text}` 不是已知的取值；是不是想写 `{c}`？"),
        (Lang::Zh, None) => format!(
            "`{text}` 不是已知的取值；已知的取值有：{}",
            known.join("、")
        ),
    }
}

/// The count of vocabulary misses beyond those warned about one by one.
pub fn more_outside_vocabulary(lang: Lang, more: usize) -> String {
    match lang {
        Lang::En => format!("and {more} more values outside the known vocabulary in this list"),
        Lang::Zh => format!("此列表中另有 {more} 个取值不在已知词表中"),
    }
}

pub fn extra_value(lang: Lang, found: &str) -> String {
    let found = value_kind(lang, found);
    match lang {
        Lang::En => format!("[extra] holds numbers, booleans, strings or dates; found {found}"),
        Lang::Zh => format!("[extra] 只能放数字、布尔值、字符串或日期；实际是{found}"),
    }
}

/// How the table form of a source is written.
const EVIDENCE_FORM: &str = "{ source = \"…\", kind = \"…\", checked = YYYY-MM-DD }";

pub fn source_value(lang: Lang, found: &str) -> String {
    let found = value_kind(lang, found);
    match lang {
        Lang::En => {
            format!("a source is a string (URL or note) or a table {EVIDENCE_FORM}, found {found}")
        }
        Lang::Zh => format!("来源应是字符串（网址或说明）或表 {EVIDENCE_FORM}，实际是{found}"),
    }
}

pub fn unknown_source_key(lang: Lang, keys: &[&str], closest: Option<&str>) -> String {
    let (all, hint) = (one_of(lang, keys), did_you_mean(lang, closest));
    match lang {
        Lang::En => format!("unknown key in a source; valid keys are {all}{hint}"),
        Lang::Zh => format!("来源中有未知的键；可用的键有 {all}{hint}"),
    }
}

pub fn source_needs_source(lang: Lang) -> String {
    match lang {
        Lang::En => {
            format!("a source table needs `source = \"…\"` (the URL or note): {EVIDENCE_FORM}")
        }
        Lang::Zh => format!("来源表需要 `source = \"…\"`（网址或说明）：{EVIDENCE_FORM}"),
    }
}

pub fn cites_unknown_field(lang: Lang, key: &str, closest: Option<&str>) -> String {
    let hint = did_you_mean(lang, closest);
    match lang {
        Lang::En => format!("cites `{key}`, which is not a profile field{hint}"),
        Lang::Zh => format!("引用了 `{key}`，但它不是资料中的字段{hint}"),
    }
}

pub fn scorecard_among_profiles(lang: Lang) -> String {
    match lang {
        Lang::En => "this is a scorecard, not a vendor profile; move it to scorecards/, or pass it with --scorecard".into(),
        Lang::Zh => "这是评分卡，不是厂商资料；请移到 scorecards/，或用 --scorecard 指定".into(),
    }
}

pub fn name_missing(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "required key is missing; add `name = \"Vendor name\"` at the top of the file".into()
        }
        Lang::Zh => "缺少必填的键；请在文件开头加上 `name = \"厂商名称\"`".into(),
    }
}

/// What is wrong with the amount of a duration, by tag: `nan`, `negative`, `too-large`.
pub fn bad_amount(lang: Lang, written: &str, problem: &str) -> String {
    match (lang, problem) {
        (Lang::En, "nan") => format!("{written} is not a number"),
        (Lang::En, "negative") => format!("{written} is negative; a duration is 0 or more"),
        (Lang::En, _) => {
            format!("{written} is too large; a duration is at most 1000000000 (10⁹) of its unit")
        }
        (Lang::Zh, "nan") => format!("{written} 不是数字"),
        (Lang::Zh, "negative") => format!("{written} 是负数；时长不能小于 0"),
        (Lang::Zh, _) => format!("{written} 太大了；时长最多为 1000000000（10⁹）个单位"),
    }
}

/// A duration written without a leading number, with a part that is not a number, without a
/// unit, or with an unknown unit (`unit` is then that word).
pub fn bad_duration(
    lang: Lang,
    text: &str,
    problem: &str,
    part: &str,
    closest: Option<&str>,
) -> String {
    let hint = did_you_mean(lang, closest);
    let problem = match (lang, problem) {
        (Lang::En, "no-number") => format!("`{text}` does not start with a number"),
        (Lang::En, "not-a-number") => format!("`{part}` in `{text}` is not a number"),
        (Lang::En, "no-unit") => format!("`{text}` has no unit"),
        (Lang::En, _) => format!("`{part}` in `{text}` is not a unit{hint}"),
        (Lang::Zh, "no-number") => format!("`{text}` 没有以数字开头"),
        (Lang::Zh, "not-a-number") => format!("`{text}` 中的 `{part}` 不是数字"),
        (Lang::Zh, "no-unit") => format!("`{text}` 没有单位"),
        (Lang::Zh, _) => format!("`{text}` 中的 `{part}` 不是时间单位{hint}"),
    };
    with_duration_help(lang, &problem)
}

/// Two profiles with one id: the same file name, or names equal after NFC normalisation.
pub fn duplicate_id(lang: Lang, id: &str, first: &str, same: bool) -> String {
    match (lang, same) {
        (Lang::En, true) => format!("vendor id `{id}` is already used by {first}; ids are file names, so rename one of the files"),
        (Lang::En, false) => format!("vendor id `{id}` is the id of {first} written with other Unicode code points (the two are equal after NFC normalisation, and look the same); rename one of the files"),
        (Lang::Zh, true) => format!("厂商 id `{id}` 已被 {first} 使用；id 就是文件名，请把其中一个文件改名"),
        (Lang::Zh, false) => format!("厂商 id `{id}` 与 {first} 的 id 只是 Unicode 码位写法不同（经 NFC 规范化后相同，看起来也一样）；请把其中一个文件改名"),
    }
}

pub fn file_name_not_utf8(lang: Lang) -> String {
    match lang {
        Lang::En => "the file name is not valid UTF-8, and a vendor id is its file name; rename the file using UTF-8 characters".into(),
        Lang::Zh => "文件名不是有效的 UTF-8，而厂商 id 就是文件名；请用 UTF-8 字符重命名该文件".into(),
    }
}

pub fn no_vendors_folder(lang: Lang) -> String {
    match lang {
        Lang::En => "no vendor profiles: there is no ./vendors folder here; pass --vendors DIR (or FILE), or run `sdkvet init` to write the bundled examples".into(),
        Lang::Zh => "没有厂商资料：当前目录下没有 ./vendors 文件夹；请用 --vendors DIR（或 FILE）指定，或运行 `sdkvet init` 写出内置示例".into(),
    }
}

/// `--vendors ARG` that is a broken link (`broken-link`), not a file or folder
/// (`not-a-file`), or missing.
pub fn vendors_argument(lang: Lang, arg: &str, problem: &str) -> String {
    match (lang, problem) {
        (Lang::En, "broken-link") => format!("--vendors {arg}: this is a broken symbolic link (its target does not exist); fix the link or pass the folder it should point to"),
        (Lang::En, "not-a-file") => format!("--vendors {arg}: this is not a regular file or a folder (a pipe, socket or device); save the profiles as files and pass their folder"),
        (Lang::En, _) => format!("--vendors {arg}: no such file or folder; pass a folder of vendor profiles or a .toml file, or run `sdkvet init`"),
        (Lang::Zh, "broken-link") => format!("--vendors {arg}：这是失效的符号链接（指向的目标不存在）；请修复链接，或直接指定它本应指向的文件夹"),
        (Lang::Zh, "not-a-file") => format!("--vendors {arg}：这既不是普通文件也不是文件夹（而是管道、套接字或设备）；请把资料存成文件并指定其所在文件夹"),
        (Lang::Zh, _) => format!("--vendors {arg}：没有这个文件或文件夹；请指定厂商资料所在的文件夹或一个 .toml 文件，或运行 `sdkvet init`"),
    }
}

pub fn cannot_list(lang: Lang, dir: &str, error: &std::io::Error) -> String {
    match lang {
        Lang::En => format!("cannot list {dir}: {error}"),
        Lang::Zh => format!("无法列出 {dir} 的内容：{error}"),
    }
}

pub fn no_profiles_in(lang: Lang, dir: &str) -> String {
    match lang {
        Lang::En => format!("{dir} holds no .toml files; add vendor profiles there, or run `sdkvet init` to write the bundled examples"),
        Lang::Zh => format!("{dir} 中没有 .toml 文件；请在其中添加厂商资料，或运行 `sdkvet init` 写出内置示例"),
    }
}

pub fn bundled_preset_used(lang: Lang, path: &str, name: &str) -> String {
    match lang {
        Lang::En => format!("there is no {path} here, so the bundled preset `{name}` is used; `sdkvet init` writes an editable copy"),
        Lang::Zh => format!("这里没有 {path}，因此使用内置预设 `{name}`；`sdkvet init` 可写出一份可编辑的副本"),
    }
}

pub fn no_scorecard_file(lang: Lang, arg: &str) -> String {
    match lang {
        Lang::En => format!("--scorecard {arg}: no such file; pass a scorecard name from ./scorecards or a path to a .toml file"),
        Lang::Zh => format!("--scorecard {arg}：没有这个文件；请指定 ./scorecards 中的评分卡名称，或一个 .toml 文件的路径"),
    }
}

pub fn no_such_scorecard(
    lang: Lang,
    name: &str,
    path: &str,
    closest: Option<&str>,
    available: &[String],
) -> String {
    match lang {
        Lang::En => {
            let hint = closest
                .map(|c| format!(" Did you mean `{c}`?"))
                .unwrap_or_default();
            format!("scorecard `{name}` not found: there is no {path} and no bundled preset of that name.{hint} Available: {}; or pass --scorecard FILE", available.join(", "))
        }
        Lang::Zh => {
            let hint = closest
                .map(|c| format!("是不是想写 `{c}`？"))
                .unwrap_or_default();
            format!("找不到评分卡 `{name}`：既没有 {path}，也没有同名的内置预设。{hint}可用的有：{}；也可以用 --scorecard FILE 指定文件", available.join("、"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::punctuation::{ascii_punctuation_beside_chinese, is_chinese};

    /// Every phrase of this module and of `scorecard`, filled with sample values.
    pub(crate) fn every_phrase(lang: Lang) -> Vec<String> {
        let io = std::io::Error::other("disk on fire");
        let s = super::super::scorecard::every_phrase(lang);
        let mut all = vec![
            diagnostic_line(lang, "a.toml:1:2", true, Some("k"), "m"),
            diagnostic_line(lang, "a.toml", false, None, "m"),
            load_failure(lang, 2, 1),
            not_utf8(lang),
            invalid_toml(lang, "expected `=`", false, Some("99.9")),
            invalid_toml(lang, "", true, None),
            duplicate_key(lang, None),
            duplicate_key(lang, Some(("\"a\"", "a"))),
            is_folder(lang),
            not_regular_file(lang),
            file_too_large(lang, 1024),
            cannot_read_file(lang, &io),
            broken_link(lang),
            no_such_file(lang),
            may_not_read(lang),
            expected(lang, "bool", "string"),
            expected(lang, "date", "array-of-tables"),
            expected(lang, "support", "integer"),
            with_duration_help(lang, "x"),
            expected_list(lang, "string", Some(("channels", "\"phone\""))),
            in_the_list(lang, "x"),
            unknown_key(lang, "", KeyHint::Valid(&["a", "b"])),
            unknown_key(lang, "support", KeyHint::Closest("coverage")),
            unknown_key(
                lang,
                "sla",
                KeyHint::Elsewhere("support.coverage", "support"),
            ),
            unknown_severity(lang, &["critical", "high"], Some("high")),
            future_date(lang, "2027-01-01", "2026-11-21", true),
            future_date(lang, "2027-01-01", "2026-11-21", false),
            bad_date(lang, "2026-02-30", "text"),
            bad_date(lang, "2026-02-30T10:00:00", "time"),
            bad_date(lang, "2026-02-30", "day out of range"),
            not_one_of(lang, "24/7", "level", &["24x7", "none"], Some("24x7")),
            not_one_of(lang, "ad", "kind", &["contract"], None),
            outside_vocabulary(lang, "educaton", Some("education"), &[]),
            outside_vocabulary(lang, "zz", None, &["a", "b"]),
            more_outside_vocabulary(lang, 5),
            extra_value(lang, "array"),
            source_value(lang, "integer"),
            unknown_source_key(lang, &["source", "kind"], Some("kind")),
            source_needs_source(lang),
            cites_unknown_field(lang, "sla.x", Some("sla.written")),
            scorecard_among_profiles(lang),
            name_missing(lang),
            duplicate_id(lang, "a", "v/a.toml", true),
            duplicate_id(lang, "a", "v/a.toml", false),
            file_name_not_utf8(lang),
            no_vendors_folder(lang),
            no_profiles_in(lang, "v"),
            cannot_list(lang, "v", &io),
            bundled_preset_used(lang, "scorecards/x.toml", "x"),
            no_scorecard_file(lang, "x.toml"),
            no_such_scorecard(
                lang,
                "socal",
                "scorecards/socal.toml",
                Some("social"),
                &["social".into()],
            ),
        ];
        for tag in ["integer-too-large", "float-too-large", "not-finite", "nan"] {
            all.push(bad_number(lang, "1e400", tag));
        }
        for tag in ["amount-too-large", "non-negative", "percent", "week-hours"] {
            all.push(out_of_range(lang, "-1", tag));
        }
        for tag in ["nan", "negative", "too-large"] {
            all.push(bad_amount(lang, "-1", tag));
        }
        for tag in ["no-number", "not-a-number", "no-unit", "unknown-unit"] {
            all.push(bad_duration(
                lang,
                "2 fortnights",
                tag,
                "fortnights",
                Some("days"),
            ));
        }
        for tag in ["broken-link", "not-a-file", "missing"] {
            all.push(vendors_argument(lang, "v", tag));
        }
        all.extend(s);
        all
    }

    #[test]
    fn chinese_takes_chinese_punctuation_and_english_has_no_chinese() {
        for phrase in every_phrase(Lang::Zh) {
            assert_eq!(ascii_punctuation_beside_chinese(&phrase), None, "{phrase}");
            assert!(phrase.chars().any(is_chinese), "{phrase}");
        }
        for phrase in every_phrase(Lang::En) {
            assert!(!phrase.chars().any(is_chinese), "{phrase}");
        }
    }
}
