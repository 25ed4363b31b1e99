//! The words of `sdkvet report`, the HTML report for management (SPEC §11): its title, section
//! headings, labels, chart legends, evidence marks and summary sentences, in English and
//! Chinese. Fixed phrases are a [`Msg`] of their own (the catalogue's macro); phrases with
//! values are functions. Values are quoted as given: the HTML renderer escapes them.

use super::Lang;

catalogue! {
    Title => "Vendor support report", "厂商售后支持评估报告";

    // Section headings, in the order of SPEC §11.
    SectionSummary => "Summary", "概要";
    SectionRanking => "Ranking", "排名";
    SectionEvaluation => "Evaluation table", "评估明细表";
    SectionRobustness => "How robust is the ranking?", "排名的稳健性";
    SectionCost => "What support costs", "支持成本";
    SectionTrial => "Trial tickets: what the vendors did", "试用工单：厂商的实际表现";
    SectionVendors => "Vendors one by one", "各厂商详情";

    // The summary's labels.
    LabelScorecard => "Scorecard", "评分卡";
    LabelDate => "Evaluation date", "评估日期";
    LabelIndustry => "Industry", "行业";
    LabelRegions => "Regions", "目标地区";
    LabelUnknownPolicy => "Unknown facts", "未知项";
    NotSet => "not set", "未设置";
    NoVendorRanked => "No vendor qualifies under this scorecard.", "在该评分卡下没有合格的厂商。";

    // The ranking chart's legend.
    ChartLegendBar => "Bar: the total score, 0–100; beside it, the confidence (the share of the weight resting on known facts).",
        "条形：总分（0～100）；旁边为置信度（已知信息所占的权重比例）。";
    ChartLegendUpside => "Lighter part: how far the total could rise if every unknown fact scored 100.",
        "浅色部分：若所有未知项都得 100 分，总分最多能升到的位置。";
    ChartLegendGrey => "Grey: disqualified by a knock-out, not ranked; the reason is under the name.",
        "灰色：已被一票否决，不参与排名；原因写在名称下方。";

    // The rank-acceptability heat map.
    HeatLegend => "Each cell: the share of the weight draws in which the vendor has that rank, in percent (rounded; empty: never); the darker, the more often.",
        "每格：该厂商在多少比例的权重抽样中处于该名次（百分比，取整；空白表示从未出现）；颜色越深，出现越多。";

    // Marks on a fact's evidence.
    MarkStale => "stale", "过期";
    MarkStaleHint => "checked more than 180 days before the evaluation date, or never",
        "距评估日期已超过 180 天未核实，或从未核实";
    MarkUnconfirmed => "unconfirmed", "未经证实";
    MarkUnconfirmedHint => "the source is vendor marketing or a third party: ask for it in writing",
        "来源为厂商宣传材料或第三方：请对方书面确认";

    // A vendor's section.
    OpenQuestions => "Open questions", "待问问题";
    NoOpenQuestions => "No open questions.", "没有待问的问题。";
}

/// The one-sentence summary when one vendor ranks first.
pub fn summary_winner(lang: Lang, vendor: &str, total: &str, confidence: &str) -> String {
    match lang {
        Lang::En => format!(
            "{vendor} ranks first with a total of {total}, at a confidence of {confidence}%."
        ),
        Lang::Zh => format!("{vendor}排名第一，总分 {total}，置信度 {confidence}%。"),
    }
}

/// The one-sentence summary when several vendors share rank 1 (`vendors` at least two).
pub fn summary_tied(lang: Lang, vendors: &[String], total: &str, confidences: &[String]) -> String {
    let percent: Vec<String> = confidences.iter().map(|c| format!("{c}%")).collect();
    match lang {
        Lang::En => format!(
            "{} share first place with a total of {total}, at confidences of {}.",
            and_list(vendors),
            and_list(&percent)
        ),
        Lang::Zh => format!(
            "{}并列第一，总分 {total}，置信度分别为 {}。",
            vendors.join("、"),
            percent.join("、")
        ),
    }
}

/// After the summary: how often today's winner (or each of the winners sharing rank 1) stays
/// first over `samples` weight draws around the scorecard's weights; `shares` as percents.
pub fn win_shares(lang: Lang, shares: &[String], samples: usize) -> String {
    match (lang, shares) {
        (Lang::En, [one]) => format!("Drawing {samples} sets of weights around the scorecard's, it stays first in {one} of them."),
        (Lang::En, _) => format!("Drawing {samples} sets of weights around the scorecard's, they are first in {} of them respectively.", and_list(shares)),
        (Lang::Zh, [one]) => format!("围绕评分卡的权重抽样 {samples} 次，它在 {one} 的抽样中仍排第一。"),
        (Lang::Zh, _) => format!("围绕评分卡的权重抽样 {samples} 次，它们分别在 {} 的抽样中排第一。", shares.join("、")),
    }
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A vendor's confidence beside its bar: "confidence 70%", "置信度 70%".
pub fn confidence(lang: Lang, confidence: &str) -> String {
    match lang {
        Lang::En => format!("confidence {confidence}%"),
        Lang::Zh => format!("置信度 {confidence}%"),
    }
}

/// What a bar shows, for screen readers: "Acme · Gold: total 62.5".
pub fn bar_label(lang: Lang, vendor: &str, total: &str) -> String {
    match lang {
        Lang::En => format!("{vendor}: total {total}"),
        Lang::Zh => format!("{vendor}：总分 {total}"),
    }
}

/// Above the open questions: how many are shown of how many.
pub fn first_questions(lang: Lang, shown: usize, total: usize) -> String {
    match (lang, shown == total) {
        (Lang::En, true) => format!("all {total}, most decision-relevant first"),
        (Lang::En, false) => {
            format!("the first {shown} of {total}; sdkvet checklist lists them all")
        }
        (Lang::Zh, true) => format!("共 {total} 个，按对决策的影响排序"),
        (Lang::Zh, false) => {
            format!("共 {total} 个，以下为前 {shown} 个；完整清单请运行 sdkvet checklist")
        }
    }
}

/// The report's last line.
pub fn footer(lang: Lang, version: &str) -> String {
    match lang {
        Lang::En => format!("Made by sdkvet {version} from the vendor profiles and the scorecard above; every fact shows its source."),
        Lang::Zh => format!("由 sdkvet {version} 根据上述厂商资料和评分卡生成；每条信息均注明来源。"),
    }
}

/// Sample phrases with values, for the catalogue's tests.
#[cfg(test)]
pub fn samples(lang: Lang) -> Vec<String> {
    let vendors = ["Acme · Gold".to_string(), "Nova".to_string(), "Orb".into()];
    let confidences = ["70".to_string(), "55".to_string(), "40".into()];
    vec![
        summary_winner(lang, "Acme · Gold", "62.5", "80"),
        summary_tied(lang, &vendors, "62.5", &confidences),
        summary_tied(lang, &vendors[..2], "62.5", &confidences[..2]),
        confidence(lang, "70"),
        win_shares(lang, &["62.3%".to_string()], 10_000),
        win_shares(lang, &["40.1%".to_string(), "35.0%".to_string()], 10_000),
        bar_label(lang, "Acme", "62.5"),
        first_questions(lang, 5, 12),
        first_questions(lang, 3, 3),
        footer(lang, "0.1.0"),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::punctuation::{ascii_punctuation_beside_chinese, is_chinese};
    use super::*;

    #[test]
    fn every_phrase_is_in_both_languages_with_chinese_punctuation() {
        for msg in Msg::ALL {
            assert!(msg.text(Lang::Zh).chars().any(is_chinese), "{msg:?}");
            assert!(!msg.text(Lang::En).chars().any(is_chinese), "{msg:?}");
            assert_eq!(ascii_punctuation_beside_chinese(msg.text(Lang::Zh)), None);
        }
    }

    #[test]
    fn a_tie_names_every_vendor() {
        let vendors = ["A".to_string(), "B".to_string(), "C".to_string()];
        let confidences = ["1".to_string(), "2".to_string(), "3".to_string()];
        assert_eq!(
            summary_tied(Lang::En, &vendors, "50.0", &confidences),
            "A, B and C share first place with a total of 50.0, at confidences of 1%, 2% and 3%."
        );
        assert_eq!(
            summary_tied(Lang::Zh, &vendors, "50.0", &confidences),
            "A、B、C并列第一，总分 50.0，置信度分别为 1%、2%、3%。"
        );
    }
}
