//! The questionnaire sent to vendors and read back (SPEC §6): the workbook's instruction sheet
//! and `sdkvet import`'s messages (where a problem is, what is wrong with an answer, what was
//! or would be written), in English and Chinese. File names and text from the spreadsheet are
//! escaped for the terminal.

use super::Lang;
use crate::util::escape::escape_control;
use std::fmt::Display;

/// The name of the workbook's first sheet.
pub fn instruction_sheet(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Instructions",
        Lang::Zh => "填写说明",
    }
}

/// The instruction sheet's title, its paragraphs, then the heading of its table of types.
pub fn instructions(lang: Lang) -> (&'static str, &'static [&'static str], [&'static str; 2]) {
    match lang {
        Lang::En => (
            "How to answer this questionnaire",
            &[
                "Each of the following sheets holds the questions for one support plan, one question per row. Please type your answer in the yellow `answer` column, and in the yellow `source` column say where we can check it: a contract clause, a page of your documentation, a link.",
                "An empty answer is ignored and changes nothing, so leave a question empty when you cannot answer it. The `current` column shows what we have on file now; answer anyway to confirm or correct it.",
                "Please leave the other columns as they are: the answers are read back by `vendor_id`, `question_id` and `field`. The `allowed` column says what each answer may be; the `type` column names the kind of answer, as below.",
            ],
            ["type", "how to answer"],
        ),
        Lang::Zh => (
            "问卷填写说明",
            &[
                "后面每个工作表对应一个服务套餐，每行一个问题。请在黄色的 `answer` 列填写回答，并在黄色的 `source` 列注明我们可以核对的出处：合同条款、文档页面或链接。",
                "留空的回答会被忽略，不会改动任何信息；无法回答的问题请留空。`current` 列是我们目前掌握的情况，仍请作答，以确认或更正。",
                "其他列请保持原样：我们按 `vendor_id`、`question_id` 和 `field` 读回回答。`allowed` 列说明每个回答可以填什么，`type` 列是回答的类型，说明如下。",
            ],
            ["类型", "填写方式"],
        ),
    }
}

/// How to answer a question of each type, by the type's name in the `type` column.
pub fn how_to_answer(lang: Lang) -> [(&'static str, &'static str); 7] {
    match lang {
        Lang::En => [
            ("bool", "yes or no, from the drop-down (true, false, 是 and 否 are read too)"),
            ("level", "one of the values in the drop-down, as the allowed column lists them"),
            ("number", "a number in the range the allowed column gives; a percent may end in %"),
            ("duration", "a time as you would publish it: 30 min, 1 hour, 4 business hours, next business day; a bare number is minutes"),
            ("date", "a date, YYYY-MM-DD"),
            ("list", "several values separated by commas (, or 、); values outside the suggested ones are accepted"),
            ("text", "free text"),
        ],
        Lang::Zh => [
            ("bool", "是或否，从下拉列表中选择（也可填 yes、no、true、false）"),
            ("level", "下拉列表中的某个值，即 allowed 列所列的值"),
            ("number", "allowed 列所给范围内的数字；百分比可带 %"),
            ("duration", "按贵司公布的写法填写时长，如 30 min、1 hour、4 business hours、next business day；只填数字表示分钟"),
            ("date", "日期，格式为 YYYY-MM-DD"),
            ("list", "多个值，用英文逗号或顿号“、”分隔；建议值以外的值也可以填写"),
            ("text", "自由填写的文字"),
        ],
    }
}

/// `checklist --format xlsx` without `--output`.
pub fn xlsx_needs_output(lang: Lang) -> String {
    match lang {
        Lang::En => "--format xlsx writes a workbook, which needs --output FILE.xlsx".into(),
        Lang::Zh => "--format xlsx 生成的是工作簿，需要用 --output FILE.xlsx 指定文件".into(),
    }
}

/// Where a problem is in a workbook: `q.xlsx: sheet twilio-business, cell N7`.
pub fn at_cell(lang: Lang, file: impl Display, sheet: &str, cell: &str) -> String {
    let (file, sheet) = (escape_control(&file.to_string()), escape_control(sheet));
    match lang {
        Lang::En => format!("{file}: sheet {sheet}, cell {cell}"),
        Lang::Zh => format!("{file}：工作表 {sheet}，单元格 {cell}"),
    }
}

/// Where a problem is in a CSV file: `q.csv: line 7, column answer`.
pub fn at_line(lang: Lang, file: impl Display, line: u64, column: &str) -> String {
    let file = escape_control(&file.to_string());
    match lang {
        Lang::En => format!("{file}: line {line}, column {column}"),
        Lang::Zh => format!("{file}：第 {line} 行，{column} 列"),
    }
}

/// One problem, after its place; `error` tells an error from a warning.
pub fn problem(lang: Lang, place: &str, error: bool, message: &str) -> String {
    let message = escape_control(message);
    match (lang, error) {
        (Lang::En, true) => format!("{place}: error: {message}"),
        (Lang::En, false) => format!("{place}: warning: {message}"),
        (Lang::Zh, true) => format!("{place}：错误：{message}"),
        (Lang::Zh, false) => format!("{place}：警告：{message}"),
    }
}

/// The last line when the file has errors.
pub fn nothing_written(lang: Lang, file: impl Display, errors: usize) -> String {
    let file = escape_control(&file.to_string());
    match (lang, errors) {
        (Lang::En, 1) => format!("{file}: 1 error; nothing was written; fix it and run again"),
        (Lang::En, _) => {
            format!("{file}: {errors} errors; nothing was written; fix them and run again")
        }
        (Lang::Zh, _) => format!("{file}：{errors} 处错误，未写入任何文件；请改正后重试"),
    }
}

/// The file is named neither `.xlsx` nor `.csv`.
pub fn not_xlsx_or_csv(lang: Lang, file: impl Display) -> String {
    let file = escape_control(&file.to_string());
    match lang {
        Lang::En => format!("{file}: import reads a questionnaire saved as .xlsx or .csv"),
        Lang::Zh => format!("{file}：import 只读取保存为 .xlsx 或 .csv 的问卷"),
    }
}

/// The questionnaire cannot be opened or read.
pub fn cannot_read(lang: Lang, file: impl Display, cause: impl Display) -> String {
    let (file, cause) = (
        escape_control(&file.to_string()),
        escape_control(&cause.to_string()),
    );
    match lang {
        Lang::En => format!("cannot read {file}: {cause}"),
        Lang::Zh => format!("无法读取 {file}：{cause}"),
    }
}

/// The questionnaire is a folder, a device, or larger than any questionnaire.
pub fn not_a_questionnaire_file(lang: Lang, file: impl Display, mib: u64) -> String {
    let file = escape_control(&file.to_string());
    match lang {
        Lang::En => format!(
            "{file} is not a regular file of at most {mib} MiB; pass the questionnaire file"
        ),
        Lang::Zh => format!("{file} 不是不超过 {mib} MiB 的普通文件；请指定问卷文件"),
    }
}

/// Two profiles of the `--vendors` folders have one id.
pub fn same_id(lang: Lang, id: &str, first: impl Display, second: impl Display) -> String {
    let (id, first, second) = (
        escape_control(id),
        escape_control(&first.to_string()),
        escape_control(&second.to_string()),
    );
    match lang {
        Lang::En => {
            format!("{first} and {second} have the same vendor id `{id}`; keep one of them")
        }
        Lang::Zh => format!("{first} 与 {second} 的厂商 id 相同（`{id}`）；请只保留其中一个"),
    }
}

/// The file cannot be read as a workbook (truncated, not a zip, not a spreadsheet).
pub fn not_a_workbook(lang: Lang, file: impl Display, cause: impl Display) -> String {
    let (file, cause) = (
        escape_control(&file.to_string()),
        escape_control(&cause.to_string()),
    );
    match lang {
        Lang::En => format!(
            "{file} cannot be read as an xlsx workbook ({cause}); it may be truncated or saved in another format; save it again as .xlsx"
        ),
        Lang::Zh => format!(
            "{file} 无法作为 xlsx 工作簿读取（{cause}）；文件可能不完整或是其他格式，请重新另存为 .xlsx"
        ),
    }
}

/// The file cannot be read as CSV.
pub fn not_csv(lang: Lang, file: impl Display, cause: impl Display) -> String {
    let (file, cause) = (
        escape_control(&file.to_string()),
        escape_control(&cause.to_string()),
    );
    match lang {
        Lang::En => format!("{file} cannot be read as CSV ({cause}); save it again as UTF-8 CSV"),
        Lang::Zh => format!("{file} 无法作为 CSV 读取（{cause}）；请重新另存为 UTF-8 编码的 CSV"),
    }
}

/// No sheet (or no first line) has the checklist's header.
pub fn no_header(lang: Lang) -> String {
    match lang {
        Lang::En => "no sheet starts with the checklist's header row (vendor_id, …, answer, source); is this a questionnaire from `sdkvet checklist --format xlsx` or `--format csv`?".into(),
        Lang::Zh => "没有工作表以清单的表头行（vendor_id、…、answer、source）开头；这是否是 `sdkvet checklist --format xlsx` 或 `--format csv` 生成的问卷？".into(),
    }
}

/// A header row lacks a column the import needs.
pub fn missing_column(lang: Lang, column: &str) -> String {
    match lang {
        Lang::En => format!(
            "the header row has no `{column}` column; keep the checklist's columns as they were"
        ),
        Lang::Zh => format!("表头行缺少 `{column}` 列；请保留清单原有的各列"),
    }
}

/// An answer without a vendor id.
pub fn empty_vendor_id(lang: Lang) -> String {
    match lang {
        Lang::En => "the row has an answer but no vendor_id".into(),
        Lang::Zh => "该行有回答，但 vendor_id 为空".into(),
    }
}

/// No profile has the row's vendor id.
pub fn unknown_vendor(lang: Lang, id: &str, closest: Option<&str>, folders: &str) -> String {
    let id = escape_control(id);
    let hint = closest.map(escape_control);
    match (lang, hint) {
        (Lang::En, Some(c)) => {
            format!("no profile {id}.toml in {folders}; did you mean `{c}`?")
        }
        (Lang::En, None) => format!("no profile {id}.toml in {folders}; create it with `sdkvet new {id}` or pass its folder with --vendors"),
        (Lang::Zh, Some(c)) => format!("{folders} 中没有资料 {id}.toml；是否应为 `{c}`？"),
        (Lang::Zh, None) => format!("{folders} 中没有资料 {id}.toml；请用 `sdkvet new {id}` 新建，或用 --vendors 指定其所在文件夹"),
    }
}

/// The row's question id is not in the bank.
pub fn unknown_question(lang: Lang, id: &str, closest: Option<&str>) -> String {
    let id = escape_control(id);
    match (lang, closest) {
        (Lang::En, Some(c)) => format!("unknown question_id `{id}`; did you mean `{c}`?"),
        (Lang::En, None) => format!("unknown question_id `{id}`; keep the ids the checklist wrote"),
        (Lang::Zh, Some(c)) => format!("未知的 question_id `{id}`；是否应为 `{c}`？"),
        (Lang::Zh, None) => format!("未知的 question_id `{id}`；请保留清单原有的编号"),
    }
}

/// The row's field is no profile field.
pub fn unknown_field(lang: Lang, field: &str, closest: Option<&str>) -> String {
    let field = escape_control(field);
    match (lang, closest) {
        (Lang::En, Some(c)) => format!("`{field}` is not a profile field; did you mean `{c}`?"),
        (Lang::En, None) => format!("`{field}` is not a profile field"),
        (Lang::Zh, Some(c)) => format!("`{field}` 不是资料中的字段；是否应为 `{c}`？"),
        (Lang::Zh, None) => format!("`{field}` 不是资料中的字段"),
    }
}

/// The row's field and question id disagree; `fills` is the question's field, or `None`
/// for a due-diligence question.
pub fn field_mismatch(lang: Lang, field: &str, question: &str, fills: Option<&str>) -> String {
    let field = escape_control(field);
    let shown = if field.is_empty() {
        "(empty)"
    } else {
        field.as_str()
    };
    match (lang, fills) {
        (Lang::En, Some(fills)) => format!(
            "field `{shown}` does not match question `{question}`, which fills `{fills}`; keep the field the checklist wrote"
        ),
        (Lang::En, None) => format!(
            "field `{shown}` does not match question `{question}`, a due-diligence question that fills no field; leave the field empty"
        ),
        (Lang::Zh, Some(fills)) => format!(
            "字段 `{shown}` 与问题 `{question}` 不符，该问题对应 `{fills}`；请保留清单原有的字段"
        ),
        (Lang::Zh, None) => format!(
            "字段 `{shown}` 与问题 `{question}` 不符，这是尽职调查问题，不对应任何字段；请将字段留空"
        ),
    }
}

/// A yes/no answer that is neither.
pub fn not_yes_no(lang: Lang, text: &str) -> String {
    let text = escape_control(text);
    match lang {
        Lang::En => format!("`{text}` is not yes or no; write yes, no, true, false, 是 or 否"),
        Lang::Zh => format!("`{text}` 不是“是”或“否”；请填写是、否、yes、no、true 或 false"),
    }
}

/// A second answer to one vendor's question.
pub fn answered_twice(lang: Lang, field: &str, first: &str) -> String {
    let field = escape_control(field);
    match lang {
        Lang::En => format!(
            "`{field}` is answered twice for this vendor (first at {first}); keep one answer"
        ),
        Lang::Zh => {
            format!("该厂商的 `{field}` 被回答了两次（第一次在 {first}）；请只保留一个回答")
        }
    }
}

/// An answer the profile loader refuses, or warns about, with the field it is for.
pub fn answer_problem(lang: Lang, field: &str, problem: &str) -> String {
    let field = escape_control(field);
    match lang {
        Lang::En => format!("`{field}`: {problem}"),
        Lang::Zh => format!("`{field}`：{problem}"),
    }
}

/// The file holds no answer.
pub fn no_answers(lang: Lang, file: impl Display) -> String {
    let file = escape_control(&file.to_string());
    match lang {
        Lang::En => format!("{file}: every answer cell is empty; nothing to import"),
        Lang::Zh => format!("{file}：所有回答单元格均为空，没有可导入的内容"),
    }
}

/// After an import, per profile.
pub fn written(lang: Lang, path: impl Display, count: usize) -> String {
    let path = escape_control(&path.to_string());
    match (lang, count) {
        (Lang::En, 1) => format!("{path}: 1 answer written"),
        (Lang::En, _) => format!("{path}: {count} answers written"),
        (Lang::Zh, _) => format!("{path}：已写入 {count} 条回答"),
    }
}

/// The heading of a profile in a dry run.
pub fn dry_run_heading(lang: Lang, path: impl Display) -> String {
    let path = escape_control(&path.to_string());
    match lang {
        Lang::En => format!("{path} (dry run, nothing written):"),
        Lang::Zh => format!("{path}（试运行，未写入）："),
    }
}

/// One fact of a dry run: `label: old → new`, or the value kept and marked checked.
pub fn dry_run_change(lang: Lang, label: &str, old: &str, new: &str) -> String {
    let (label, old, new) = (
        escape_control(label),
        escape_control(old),
        escape_control(new),
    );
    if old == new {
        return match lang {
            Lang::En => format!("  {label}: {new} (unchanged; marked checked)"),
            Lang::Zh => format!("  {label}：{new}（不变；标记为已核实）"),
        };
    }
    match lang {
        Lang::En => format!("  {label}: {old} → {new}"),
        Lang::Zh => format!("  {label}：{old} → {new}"),
    }
}

/// The label of a due-diligence answer in a dry run.
pub fn diligence_label(lang: Lang, question: &str) -> String {
    match lang {
        Lang::En => format!("due diligence ({question})"),
        Lang::Zh => format!("尽职调查（{question}）"),
    }
}

/// What an empty due-diligence answer shows as, before the import.
pub fn no_answer_yet(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "(no answer)",
        Lang::Zh => "（无回答）",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::punctuation::ascii_punctuation_beside_chinese;

    fn chinese_phrases() -> Vec<String> {
        let zh = Lang::Zh;
        let (title, paragraphs, head) = instructions(zh);
        let mut all: Vec<String> = vec![title.into(), head[1].into()];
        all.extend(paragraphs.iter().map(|p| p.to_string()));
        all.extend(how_to_answer(zh).iter().map(|(_, how)| how.to_string()));
        all.extend([
            at_cell(zh, "q.xlsx", "acme", "N7"),
            at_line(zh, "q.csv", 7, "answer"),
            problem(zh, "q", true, "x"),
            nothing_written(zh, "q.xlsx", 2),
            not_xlsx_or_csv(zh, "q.txt"),
            not_a_workbook(zh, "q.xlsx", "bad zip"),
            not_csv(zh, "q.csv", "bad"),
            no_header(zh),
            cannot_read(zh, "q.xlsx", "x"),
            not_a_questionnaire_file(zh, "q.xlsx", 32),
            same_id(zh, "acme", "a/acme.toml", "b/acme.toml"),
            xlsx_needs_output(zh),
            missing_column(zh, "answer"),
            empty_vendor_id(zh),
            unknown_vendor(zh, "acme", Some("acme-pro"), "vendors"),
            unknown_vendor(zh, "acme", None, "vendors"),
            unknown_question(zh, "cov", Some("coverage")),
            unknown_question(zh, "cov", None),
            unknown_field(zh, "sla.x", Some("sla.written")),
            field_mismatch(zh, "sla.written", "coverage", Some("support.coverage")),
            field_mismatch(zh, "sla.written", "team", None),
            not_yes_no(zh, "maybe"),
            answered_twice(zh, "sla.written", "N7"),
            answer_problem(zh, "sla.written", "x"),
            no_answers(zh, "q.xlsx"),
            written(zh, "v.toml", 3),
            dry_run_heading(zh, "v.toml"),
            dry_run_change(zh, "标签", "是", "否"),
            dry_run_change(zh, "标签", "是", "是"),
            diligence_label(zh, "team"),
            no_answer_yet(zh).into(),
        ]);
        all
    }

    #[test]
    fn chinese_takes_chinese_punctuation() {
        for phrase in chinese_phrases() {
            assert_eq!(ascii_punctuation_beside_chinese(&phrase), None, "{phrase}");
        }
    }

    #[test]
    fn places_read_as_the_spec_writes_them() {
        assert_eq!(
            at_cell(Lang::En, "q.xlsx", "twilio-business", "N7"),
            "q.xlsx: sheet twilio-business, cell N7"
        );
        assert_eq!(
            at_cell(Lang::En, "q\u{1b}.xlsx", "a\u{7}", "N7"),
            "q\\u{1b}.xlsx: sheet a\\u{7}, cell N7"
        );
    }

    #[test]
    fn every_answer_type_is_explained() {
        use crate::model::question::AnswerType::*;
        for lang in Lang::ALL {
            let names: Vec<&str> = how_to_answer(lang).iter().map(|(name, _)| *name).collect();
            for ty in [Bool, Level, Number, Duration, Date, List, Text] {
                assert!(names.contains(&ty.as_str()), "{}", ty.as_str());
            }
        }
    }
}
