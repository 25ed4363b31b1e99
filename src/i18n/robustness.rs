//! The words of `sensitivity` and `compare` (SPEC §7, §8): section headings, column labels,
//! legends and errors, in English and Chinese. JSON keys and CSV headers stay English.

use super::{shown, Lang};

/// A phrase in both languages.
fn pick(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

// ---- sensitivity: headings and lines

pub fn heading_thresholds(lang: Lang) -> &'static str {
    pick(
        lang,
        "Which weight change changes the winner",
        "哪项权重变化会改变第一名",
    )
}

/// "Rank acceptability over 10000 weight draws".
pub fn heading_acceptability(lang: Lang, samples: usize) -> String {
    match lang {
        Lang::En => format!("Rank acceptability over {samples} weight draws"),
        Lang::Zh => format!("{samples} 次权重抽样下的排名可接受度"),
    }
}

pub fn heading_questions(lang: Lang) -> &'static str {
    pick(lang, "What the unknowns could do", "未知项可能带来的变化")
}

pub fn heading_disqualified(lang: Lang) -> &'static str {
    pick(
        lang,
        "Disqualified (knock-outs do not depend on weights)",
        "已否决（一票否决与权重无关）",
    )
}

/// "Rank 1 today: Lumen RTC · Enterprise".
pub fn winners_today(lang: Lang, names: &str) -> String {
    match lang {
        Lang::En => format!("Rank 1 today: {names}"),
        Lang::Zh => format!("当前第一名：{names}"),
    }
}

/// Between names in one line: ", ", "、".
pub fn list_separator(lang: Lang) -> &'static str {
    pick(lang, ", ", "、")
}

/// How the weights are drawn: around the scorecard's with a concentration, or uniformly.
pub fn weights_drawn(lang: Lang, concentration: Option<&str>) -> String {
    match (lang, concentration) {
        (Lang::En, Some(k)) => format!("weights drawn around the scorecard's (concentration {k})"),
        (Lang::Zh, Some(k)) => format!("权重围绕评分卡取值抽样（集中度 {k}）"),
        (Lang::En, None) => "weights drawn uniformly".to_string(),
        (Lang::Zh, None) => "权重均匀抽样".to_string(),
    }
}

/// How unknown facts score in the draws.
pub fn unknowns_drawn(lang: Lang, uniform: bool) -> &'static str {
    match (lang, uniform) {
        (Lang::En, false) => "unknown facts scored by the scorecard's policy",
        (Lang::Zh, false) => "未知项按评分卡规则计分",
        (Lang::En, true) => "unknown facts drawn uniformly from 0–100",
        (Lang::Zh, true) => "未知项在 0～100 间均匀抽样",
    }
}

/// "seed 1", "随机种子 1".
pub fn seed(lang: Lang, seed: u64) -> String {
    match lang {
        Lang::En => format!("seed {seed}"),
        Lang::Zh => format!("随机种子 {seed}"),
    }
}

/// The central weights of a winner: "Central weights of Lumen RTC: response_sla 0.32 · …".
pub fn central_weights(lang: Lang, name: &str, weights: &str) -> String {
    match lang {
        Lang::En => format!("Central weights of {name} (its mean weights when first): {weights}"),
        Lang::Zh => format!("{name} 的中心权重（排第一时的平均权重）：{weights}"),
    }
}

/// A vendor that never ranks first in the draws.
pub fn never_first(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("{name} never ranks first in the draws, so it has no central weights"),
        Lang::Zh => format!("{name} 在抽样中从未排第一，因此没有中心权重"),
    }
}

/// No threshold that way.
pub fn none(lang: Lang) -> &'static str {
    pick(lang, "none", "无")
}

/// More ranked vendors than `sensitivity` analyses: its rank table has a column per rank.
pub fn too_many_vendors(lang: Lang, count: usize, limit: usize) -> String {
    match lang {
        Lang::En => format!("sensitivity analyses at most {limit} ranked vendors, and there are {count}: its rank acceptability has one column per rank; choose the candidates with --vendor, or let a scorecard's knock-outs narrow them"),
        Lang::Zh => format!("sensitivity 最多分析 {limit} 个参与排名的厂商，当前有 {count} 个：排名可接受度每个名次占一列；请用 --vendor 选出候选，或用评分卡的一票否决项缩小范围"),
    }
}

// ---- sensitivity: column labels

pub fn label_share(lang: Lang) -> &'static str {
    pick(lang, "Share", "占比")
}

pub fn label_down_to(lang: Lang) -> &'static str {
    pick(lang, "Down to", "降至")
}

pub fn label_up_to(lang: Lang) -> &'static str {
    pick(lang, "Up to", "升至")
}

pub fn label_win(lang: Lang) -> &'static str {
    pick(lang, "Win", "夺冠率")
}

pub fn label_top3(lang: Lang) -> &'static str {
    pick(lang, "Top 3", "前三率")
}

pub fn label_expected_rank(lang: Lang) -> &'static str {
    pick(lang, "Exp. rank", "期望排名")
}

pub fn label_question(lang: Lang) -> &'static str {
    pick(lang, "Most valuable question", "最值得问的")
}

pub fn label_rank_if_known(lang: Lang) -> &'static str {
    pick(lang, "Rank if known", "问清后排名")
}

// ---- sensitivity: legends

/// What the threshold table says, in lines.
pub fn thresholds_legend(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::En => [
            "Down to / Up to: the weight (and its change in percent) at which rank 1 changes, every other weight kept, → the vendors then first; none: no such weight.",
            "Criteria from the most sensitive down: the smallest change in percent first.",
        ],
        Lang::Zh => [
            "降至 / 升至：其他权重不变时，使第一名改变的权重（及变化百分比），→ 后为届时的第一名；无：不存在这样的权重。",
            "评分项按敏感度从高到低排列：所需变化百分比越小越靠前。",
        ],
    }
}

pub fn acceptability_legend(lang: Lang) -> &'static str {
    pick(
        lang,
        "Win, Top 3: share of draws in which the vendor ranks first, in the top three; 1–5: share of draws at each rank; Exp. rank: the mean rank.",
        "夺冠率、前三率：抽样中排第一、进入前三的比例；1–5：各名次的比例；期望排名：平均名次。",
    )
}

pub fn questions_legend(lang: Lang) -> &'static str {
    pick(
        lang,
        "Most valuable question: the unknown fact that, answered at its best, lifts the vendor furthest; Rank if known: the rank it would then have.",
        "最值得问的：若答案最好，能让该厂商排名提升最多的未知项；问清后排名：届时的排名。",
    )
}

/// A vendor without an unknown fact to ask about.
pub fn nothing_unknown(lang: Lang) -> &'static str {
    pick(lang, "nothing unknown", "无未知项")
}

// ---- compare

pub fn heading_compare_vendors(lang: Lang) -> &'static str {
    pick(
        lang,
        "Rank and total under each scorecard",
        "各评分卡下的排名与总分",
    )
}

pub fn heading_compare_weights(lang: Lang) -> &'static str {
    pick(lang, "Weight share of each criterion", "各评分项的权重占比")
}

pub fn heading_compare_pairs(lang: Lang) -> &'static str {
    pick(lang, "Agreement between scorecards", "评分卡之间的一致程度")
}

pub fn label_consensus(lang: Lang) -> &'static str {
    pick(lang, "consensus", "共识")
}

pub fn label_spread(lang: Lang) -> &'static str {
    pick(lang, "Spread", "差距")
}

pub fn label_pair(lang: Lang) -> &'static str {
    pick(lang, "Scorecards", "评分卡")
}

pub fn label_winner_of(lang: Lang, card: &str) -> String {
    match lang {
        Lang::En => format!("Winner of {card}"),
        Lang::Zh => format!("第一名（{card}）"),
    }
}

pub fn compare_legend(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::En => [
            "Each cell: rank (- when disqualified) and total. The consensus weighs each criterion by the mean of its weight shares.",
            "τ-b: Kendall's rank correlation over the vendors ranked under both (1 = same order, −1 = reversed; — when undefined); Spread: the largest minus the smallest share.",
        ],
        Lang::Zh => [
            "每格为排名（已否决记作 -）与总分。共识评分卡中各评分项的权重为其在各评分卡中权重占比的平均值。",
            "τ-b：两张评分卡下均参与排名的厂商的 Kendall 秩相关系数（1 为顺序相同，−1 为完全相反，无法计算时记作 —）；差距：最大占比减最小占比。",
        ],
    }
}

/// Two scorecards give one criterion different scoring parameters.
pub fn parameters_differ(
    lang: Lang,
    criterion: &str,
    key: &str,
    first: impl std::fmt::Display,
    second: impl std::fmt::Display,
) -> String {
    let (criterion, key) = (shown(criterion), shown(key));
    let (first, second) = (shown(first), shown(second));
    match lang {
        Lang::En => format!("criterion `{criterion}`: `{key}` differs between {first} and {second}; a consensus needs the same scoring parameters in every scorecard — align them, or rename one criterion"),
        Lang::Zh => format!("评分项 `{criterion}`：`{key}` 在 {first} 与 {second} 中不同；形成共识需要各评分卡的评分参数一致——请统一参数，或给其中一个评分项改名"),
    }
}

/// Two scorecards disagree on the unknown policy, the industry or the regions.
pub fn setting_differs(
    lang: Lang,
    key: &str,
    first: impl std::fmt::Display,
    second: impl std::fmt::Display,
    flag: Option<&str>,
) -> String {
    let (first, second) = (shown(first), shown(second));
    match (lang, flag) {
        (Lang::En, Some(flag)) => format!("`{key}` differs between {first} and {second}; make them agree, or give it for all with {flag}"),
        (Lang::En, None) => format!("`{key}` differs between {first} and {second}; make them agree"),
        (Lang::Zh, Some(flag)) => format!("`{key}` 在 {first} 与 {second} 中不同；请统一，或用 {flag} 为所有评分卡指定"),
        (Lang::Zh, None) => format!("`{key}` 在 {first} 与 {second} 中不同；请统一"),
    }
}

/// `compare` with fewer than two scorecards.
pub fn compare_needs_two(lang: Lang) -> &'static str {
    pick(
        lang,
        "compare needs at least two scorecards: --scorecard A --scorecard B",
        "compare 至少需要两张评分卡：--scorecard A --scorecard B",
    )
}

/// Two `--scorecard` values that name the same file.
pub fn same_scorecard_twice(lang: Lang, name: &str) -> String {
    let name = shown(name);
    match lang {
        Lang::En => format!("{name} is given twice; compare different scorecards"),
        Lang::Zh => format!("{name} 重复给出；请比较不同的评分卡"),
    }
}

/// Sample phrases with values, for the catalogue's tests.
#[cfg(test)]
pub fn samples(lang: Lang) -> Vec<String> {
    let mut all: Vec<String> = [
        heading_thresholds(lang),
        heading_questions(lang),
        heading_disqualified(lang),
        unknowns_drawn(lang, true),
        unknowns_drawn(lang, false),
        none(lang),
        label_share(lang),
        label_down_to(lang),
        label_up_to(lang),
        label_win(lang),
        label_top3(lang),
        label_expected_rank(lang),
        label_question(lang),
        label_rank_if_known(lang),
        acceptability_legend(lang),
        questions_legend(lang),
        nothing_unknown(lang),
        heading_compare_vendors(lang),
        heading_compare_weights(lang),
        heading_compare_pairs(lang),
        label_consensus(lang),
        label_spread(lang),
        label_pair(lang),
        compare_needs_two(lang),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    all.extend(thresholds_legend(lang).map(String::from));
    all.extend(compare_legend(lang).map(String::from));
    all.extend([
        heading_acceptability(lang, 10_000),
        winners_today(lang, "Lumen RTC · Enterprise"),
        weights_drawn(lang, Some("30")),
        weights_drawn(lang, None),
        seed(lang, 1),
        central_weights(lang, "Lumen", "coverage 0.3"),
        never_first(lang, "Nova"),
        label_winner_of(lang, "a"),
        parameters_differ(lang, "response_sla", "best", "a.toml", "b.toml"),
        setting_differs(lang, "industry", "a.toml", "b.toml", Some("--industry")),
        setting_differs(lang, "unknown", "a.toml", "b.toml", None),
        same_scorecard_twice(lang, "a.toml"),
        too_many_vendors(lang, 10_000, 2_000),
    ]);
    all
}
