//! The words of `evaluate`'s reports (summary line, legend, notes heading, explanation
//! headings, statuses), of `validate`'s summary and of `init`'s report, in English and
//! Chinese. Keys and enum values of CSV and JSON stay English; these are for people.

use super::{shown, Lang};
use crate::model::scorecard::UnknownPolicy;
use crate::model::verdict::Status;

/// A vendor's status in words ("qualified", "合格"); files keep [`Status::as_str`].
pub fn status(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::Qualified, Lang::En) => "qualified",
        (Status::Unverified, Lang::En) => "unverified",
        (Status::Disqualified, Lang::En) => "disqualified",
        (Status::Qualified, Lang::Zh) => "合格",
        (Status::Unverified, Lang::Zh) => "待核实",
        (Status::Disqualified, Lang::Zh) => "已否决",
    }
}

/// How unknown facts count: "unknown facts score 0", "未知项计 0 分".
pub fn policy(policy: UnknownPolicy, lang: Lang) -> &'static str {
    match (policy, lang) {
        (UnknownPolicy::Zero, Lang::En) => "unknown facts score 0",
        (UnknownPolicy::Half, Lang::En) => "unknown facts score 50",
        (UnknownPolicy::Skip, Lang::En) => "unknown facts are left out of the total",
        (UnknownPolicy::Zero, Lang::Zh) => "未知项计 0 分",
        (UnknownPolicy::Half, Lang::Zh) => "未知项计 50 分",
        (UnknownPolicy::Skip, Lang::Zh) => "未知项不计入总分",
    }
}

/// The parts of the line above a ranking: scorecard, date, industry, regions.
pub fn summary_parts(
    lang: Lang,
    card: &str,
    as_of: &str,
    industry: Option<&str>,
    regions: &[String],
) -> Vec<String> {
    let mut parts = match lang {
        Lang::En => vec![format!("Scorecard: {card}"), format!("as of {as_of}")],
        Lang::Zh => vec![format!("评分卡：{card}"), format!("评估日期 {as_of}")],
    };
    parts.extend(industry.map(|i| match lang {
        Lang::En => format!("industry {i}"),
        Lang::Zh => format!("行业 {i}"),
    }));
    if !regions.is_empty() {
        parts.push(match lang {
            Lang::En => format!("regions {}", regions.join(", ")),
            Lang::Zh => format!("地区 {}", regions.join("、")),
        });
    }
    parts
}

/// One legend entry: "Resp = response_sla (weight 30; require = …)"; `short` may be empty.
pub fn legend_entry(lang: Lang, short: &str, id: &str, weight: &str, knockout: &str) -> String {
    let short = if short.is_empty() {
        String::new()
    } else {
        format!("{short} = ")
    };
    match (lang, knockout.is_empty()) {
        (Lang::En, true) => format!("{short}{id} (weight {weight})"),
        (Lang::En, false) => format!("{short}{id} (weight {weight}; {knockout})"),
        (Lang::Zh, true) => format!("{short}{id}（权重 {weight}）"),
        (Lang::Zh, false) => format!("{short}{id}（权重 {weight}；{knockout}）"),
    }
}

/// The legend's closing lines: the score scale, and (in the wide table) the short headers.
pub fn legend_tail(lang: Lang, stacked: bool) -> Vec<&'static str> {
    match (lang, stacked) {
        (Lang::En, true) => vec!["Scores are 0–100; ? = unknown fact."],
        (Lang::En, false) => vec![
            "Scores are 0–100; ? = unknown fact; Unk = unknown facts;",
            "Conf = share of the weight resting on known facts.",
        ],
        (Lang::Zh, true) => vec!["得分范围 0～100；“?”表示信息未知。"],
        (Lang::Zh, false) => vec![
            "得分范围 0～100；“?”表示信息未知；“未知”列为未知项数；",
            "“置信度”为已知信息所占的权重比例。",
        ],
    }
}

/// "Notes:" above the notes of a table, "**Notes**" in Markdown (without the markup).
pub fn notes_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Notes",
        Lang::Zh => "备注",
    }
}

/// "Notes:", "备注：".
pub fn notes_label(lang: Lang) -> String {
    super::labelled(lang, notes_heading(lang))
        .trim_end()
        .to_string()
}

/// Between notes in one cell: "; ", "；".
pub fn note_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    }
}

/// A vendor's name with its plan, when it has one: "Acme · Gold", "Acme".
pub fn name_and_plan(name: &str, plan: &str) -> String {
    if plan.trim().is_empty() {
        name.to_string()
    } else {
        format!("{name} · {plan}")
    }
}

/// The standing of a vendor under `--explain`: its rank, or why it has none.
pub fn standing(lang: Lang, rank: Option<usize>, status: Status) -> String {
    match (rank, lang) {
        (Some(rank), Lang::En) => format!("rank {rank}, {}", self::status(status, lang)),
        (Some(rank), Lang::Zh) => format!("排名第 {rank}，{}", self::status(status, lang)),
        (None, Lang::En) => "not ranked: disqualified".to_string(),
        (None, Lang::Zh) => "不参与排名：已被一票否决".to_string(),
    }
}

/// A vendor's result in one line: "total 62.5, rank 2, qualified, confidence 80%", then the
/// [`range_clause`] when given.
pub fn explain_line(
    lang: Lang,
    total: &str,
    standing: &str,
    confidence: &str,
    range: Option<&str>,
) -> String {
    let line = match lang {
        Lang::En => format!("total {total}, {standing}, confidence {confidence}%"),
        Lang::Zh => format!("总分 {total}，{standing}，置信度 {confidence}%"),
    };
    match (range, lang) {
        (None, _) => line,
        (Some(range), Lang::En) => format!("{line}, {}", range_clause(lang, range)),
        (Some(range), Lang::Zh) => format!("{line}，{}", range_clause(lang, range)),
    }
}

/// A rank range (SPEC §4): "1–3", "2" when both ends agree; an unverified vendor `may_fail`
/// its knock-outs: "1–3 or disqualified", "1–3 或被否决".
pub fn rank_range(lang: Lang, best: usize, worst: usize, may_fail: bool) -> String {
    let range = if best == worst {
        best.to_string()
    } else {
        format!("{best}–{worst}")
    };
    match (lang, may_fail) {
        (_, false) => range,
        (Lang::En, true) => format!("{range} or disqualified"),
        (Lang::Zh, true) => format!("{range} 或被否决"),
    }
}

/// The rank range in a table cell, where room is short: "1–3 or out" ("1–3 或否决"), explained
/// by the legend line [`range_legend`] adds for it.
pub fn rank_range_short(lang: Lang, best: usize, worst: usize, may_fail: bool) -> String {
    match (lang, may_fail) {
        (Lang::En, true) => format!("{} or out", rank_range(lang, best, worst, false)),
        _ => rank_range(lang, best, worst, may_fail),
    }
}

/// The `--explain` clause of a rank range: "rank 1–3 once unknowns are known".
pub fn range_clause(lang: Lang, range: &str) -> String {
    match lang {
        Lang::En => format!("rank {range} once unknowns are known"),
        Lang::Zh => format!("未知项确认后排名 {range}"),
    }
}

/// The legend line of the range column; `may_fail` when some vendor is unverified.
pub fn range_legend(lang: Lang, may_fail: bool) -> &'static str {
    match (lang, may_fail) {
        (Lang::En, false) => "Range = the rank once every unknown fact is known.",
        (Lang::En, true) => "Range = the rank once every unknown fact is known; or out = an unknown knock-out fact could still disqualify the vendor.",
        (Lang::Zh, false) => "“排名区间”为所有未知项确认后可能的排名。",
        (Lang::Zh, true) => "“排名区间”为所有未知项确认后可能的排名；“或被否决”表示未知的一票否决项仍可能使其被否决。",
    }
}

/// A line ended as a sentence: "…%.", "…%。".
pub fn sentence(lang: Lang, line: &str) -> String {
    match lang {
        Lang::En => format!("{line}."),
        Lang::Zh => format!("{line}。"),
    }
}

/// A vendor named with its id: "Acme · Gold (acme)", "Acme · Gold（acme）".
pub fn vendor_with_id(lang: Lang, vendor: &str, id: &str) -> String {
    super::bracketed(lang, vendor, id)
}

/// An unknown fact in an explanation.
pub fn unknown(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "unknown",
        Lang::Zh => "未知",
    }
}

/// The score cell of an unknown fact the policy counted: "? (as 50)", "未知（按 50 计）".
pub fn unknown_scored(lang: Lang, half: bool) -> String {
    let score = if half { "50" } else { "0" };
    match lang {
        Lang::En => format!("? (as {score})"),
        Lang::Zh => format!("未知（按 {score} 计）"),
    }
}

/// The score cell of an unknown fact left out: "? (skipped)", "未知（不计入）".
pub fn unknown_skipped(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "? (skipped)",
        Lang::Zh => "未知（不计入）",
    }
}

/// Markdown column headers of the ranking, before and after the criteria.
pub fn markdown_headers(lang: Lang) -> ([&'static str; 4], [&'static str; 3]) {
    match lang {
        Lang::En => (
            ["Rank", "Vendor", "Plan", "Score"],
            ["Unknowns", "Confidence", "Status"],
        ),
        Lang::Zh => (
            ["排名", "厂商", "套餐", "总分"],
            ["未知项数", "置信度", "状态"],
        ),
    }
}

/// The Markdown header of the rank range column.
pub fn markdown_range_header(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Rank range",
        Lang::Zh => "排名区间",
    }
}

/// Markdown column headers of an explanation.
pub fn markdown_explain_headers(lang: Lang) -> [&'static str; 7] {
    let evidence = super::evidence::evidence_label(lang);
    match lang {
        Lang::En => [
            "Criterion",
            "Fact",
            "Means",
            "Score",
            "Weight",
            "Contribution",
            evidence,
        ],
        Lang::Zh => [
            "评分项",
            "资料原文",
            "含义",
            "得分",
            "权重",
            "贡献",
            evidence,
        ],
    }
}

/// "3 vendor profiles", "3 份厂商资料".
fn count(lang: Lang, n: usize, en: &str, en_plural: &str, zh: &str) -> String {
    match (lang, n) {
        (Lang::En, 1) => format!("1 {en}"),
        (Lang::En, _) => format!("{n} {en_plural}"),
        (Lang::Zh, _) => format!("{n} {zh}"),
    }
}

/// `validate`'s summary: "checked 3 vendor profiles and 1 scorecard: 0 errors, 2 warnings".
pub fn validate_summary(
    lang: Lang,
    profiles: usize,
    scorecards: usize,
    errors: usize,
    warnings: usize,
) -> String {
    let p = count(
        lang,
        profiles,
        "vendor profile",
        "vendor profiles",
        "份厂商资料",
    );
    let s = count(lang, scorecards, "scorecard", "scorecards", "份评分卡");
    let e = count(lang, errors, "error", "errors", "个错误");
    let w = count(lang, warnings, "warning", "warnings", "个警告");
    match lang {
        Lang::En => format!("checked {p} and {s}: {e}, {w}"),
        Lang::Zh => format!("已检查 {p}和 {s}：{e}，{w}"),
    }
}

/// `validate` found errors: the summary, then what to do.
pub fn validate_failed(lang: Lang, summary: &str) -> String {
    match lang {
        Lang::En => format!("{summary}; fix the errors listed above"),
        Lang::Zh => format!("{summary}；请修正上面列出的错误"),
    }
}

/// `validate` without paths, where there is nothing to check.
pub fn nothing_to_check(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "nothing to check: there is no ./vendors or ./scorecards here; pass files or folders, or run `sdkvet init`",
        Lang::Zh => "没有可检查的内容：当前目录下没有 ./vendors 或 ./scorecards；请指定文件或文件夹，或先运行 `sdkvet init`",
    }
}

/// A path given on the command line that does not exist.
pub fn no_such_path(lang: Lang, path: impl std::fmt::Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => format!("{path}: no such file or folder"),
        Lang::Zh => format!("{path}：没有这个文件或文件夹"),
    }
}

/// `init` wrote a file.
pub fn init_wrote(lang: Lang, path: impl std::fmt::Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => format!("wrote   {path}"),
        Lang::Zh => format!("已写入  {path}"),
    }
}

/// `init` kept a file that was already there.
pub fn init_kept(lang: Lang, path: impl std::fmt::Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => format!("kept    {path} (already there)"),
        Lang::Zh => format!("已保留  {path}（文件已存在）"),
    }
}

/// `init`'s last line; `dir` is empty for the current folder.
pub fn init_done(lang: Lang, written: usize, kept: usize, dir: &str) -> String {
    let dir = shown(dir);
    match (lang, dir.is_empty()) {
        (Lang::En, true) => format!("{written} files written, {kept} kept. Next: edit vendors/*.toml, then run `sdkvet evaluate`."),
        (Lang::En, false) => format!("{written} files written, {kept} kept. Next: edit vendors/*.toml, then run `sdkvet evaluate` in {dir}."),
        (Lang::Zh, true) => format!("已写入 {written} 个文件，保留 {kept} 个。下一步：编辑 vendors/*.toml，然后运行 `sdkvet evaluate`。"),
        (Lang::Zh, false) => format!("已写入 {written} 个文件，保留 {kept} 个。下一步：编辑 vendors/*.toml，然后在 {dir} 中运行 `sdkvet evaluate`。"),
    }
}

/// `init` could not make a folder.
pub fn cannot_create(lang: Lang, path: impl std::fmt::Display) -> String {
    let path = shown(path);
    match lang {
        Lang::En => format!("cannot create {path}"),
        Lang::Zh => format!("无法创建 {path}"),
    }
}

/// Sample phrases with values, for the catalogue's tests.
#[cfg(test)]
pub fn samples(lang: Lang) -> Vec<String> {
    let mut all = summary_parts(
        lang,
        "default",
        "2026-01-01",
        Some("gaming"),
        &["china".into()],
    );
    all.extend([
        legend_entry(lang, "Resp", "response_sla", "30", "max 1 hour"),
        legend_entry(lang, "", "coverage", "10", ""),
        notes_label(lang),
        standing(lang, Some(2), Status::Qualified),
        standing(lang, None, Status::Disqualified),
        vendor_with_id(lang, "Acme · Gold", "acme"),
        explain_line(
            lang,
            "62.5",
            &standing(lang, Some(2), Status::Qualified),
            "80",
            Some(&rank_range(lang, 1, 3, true)),
        ),
        rank_range(lang, 2, 4, true),
        range_legend(lang, false).to_string(),
        range_legend(lang, true).to_string(),
        rank_range_short(lang, 1, 3, true),
        markdown_range_header(lang).to_string(),
        validate_summary(lang, 3, 1, 0, 2),
        validate_failed(lang, &validate_summary(lang, 1, 1, 1, 0)),
        nothing_to_check(lang).to_string(),
        no_such_path(lang, "x.toml"),
        init_wrote(lang, "vendors/a.toml"),
        init_kept(lang, "vendors/a.toml"),
        init_done(lang, 3, 1, ""),
        init_done(lang, 3, 1, "demo"),
        cannot_create(lang, "demo"),
        policy(UnknownPolicy::Skip, lang).to_string(),
        status(Status::Unverified, lang).to_string(),
        unknown(lang).to_string(),
        unknown_scored(lang, true),
        unknown_skipped(lang).to_string(),
    ]);
    all.extend(legend_tail(lang, false).iter().map(|s| s.to_string()));
    all
}
