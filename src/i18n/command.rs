//! The words of the command line itself: the `error:` line, usage errors about flags that do
//! not fit together, warnings about `--industry`/`--region` values, and why `--output` cannot
//! be written, in English and Chinese.

use super::Lang;
use std::io;

/// `error: …` as the last line a failed command prints.
pub fn error_line(lang: Lang, message: &str) -> String {
    match lang {
        Lang::En => format!("error: {message}"),
        Lang::Zh => format!("错误：{message}"),
    }
}

/// A flag that works with one output format only (`--bom` with csv, `--width` with table).
pub fn flag_needs_format(lang: Lang, flag: &str, format: &str) -> String {
    match lang {
        Lang::En => format!("{flag} applies to --format {format} only"),
        Lang::Zh => format!("{flag} 只适用于 --format {format}"),
    }
}

/// `--explain` with a format that carries no explanation (`csv`) or needs none (`json`).
pub fn explain_refused(lang: Lang, json: bool) -> String {
    match (lang, json) {
        (Lang::En, false) => "--explain works with --format table and --format markdown; a CSV row holds one vendor's scores, not their explanation: for every criterion's fact, score and contribution in a file, use --format json".into(),
        (Lang::En, true) => "--explain works with --format table and --format markdown; JSON needs no --explain: it already carries every criterion's fact, score and contribution".into(),
        (Lang::Zh, false) => "--explain 只适用于 --format table 和 --format markdown；CSV 每行只放一个厂商的得分，放不下解释：要把每个评分项的事实、得分和贡献存成文件，请用 --format json".into(),
        (Lang::Zh, true) => "--explain 只适用于 --format table 和 --format markdown；JSON 不需要 --explain：它已包含每个评分项的事实、得分和贡献".into(),
    }
}

/// `--scorecard` given several times to a command that scores under one.
pub fn one_scorecard_only(lang: Lang, given: &[String]) -> String {
    let (count, compare) = (given.len(), given.join(" --scorecard "));
    match lang {
        Lang::En => format!("--scorecard is given {count} times ({}), but this command scores under one scorecard; to set scorecards side by side, run `sdkvet compare --scorecard {compare}`", given.join(", ")),
        Lang::Zh => format!("--scorecard 给了 {count} 次（{}），但这个命令只按一张评分卡打分；要把几张评分卡放在一起比较，请运行 `sdkvet compare --scorecard {compare}`", given.join("、")),
    }
}

/// `--industry` or `--region` outside the known vocabulary (the hint names the closest).
pub fn audience_outside_vocabulary(lang: Lang, flag: &str, hint: &str) -> String {
    match lang {
        Lang::En => format!("warning: {flag} {hint}"),
        Lang::Zh => format!("警告：{flag} {hint}"),
    }
}

/// Why `--output` (or a profile) cannot be written.
#[derive(Clone, Copy)]
pub enum Unwritable<'a> {
    /// The operating system's own reason.
    Io(&'a io::Error),
    LinkLoop,
    SocketOrBlockDevice,
    /// The folder (named) is a file.
    FolderIsFile(&'a str),
    NoFolder(&'a str),
    PartIsFile(&'a str),
    FolderUnreachable(&'a str, &'a io::Error),
    /// The path is a folder; an example file name in it.
    IsFolder(&'a str),
    ReadOnlyFolder(&'a str, &'a io::Error),
    CannotCreateIn(&'a str, &'a io::Error),
}

pub fn cannot_write(lang: Lang, path: &str, why: Unwritable) -> String {
    match lang {
        Lang::En => format!("cannot write {path}: {}", unwritable_en(why)),
        Lang::Zh => format!("无法写入 {path}：{}", unwritable_zh(why)),
    }
}

fn unwritable_en(why: Unwritable) -> String {
    match why {
        Unwritable::Io(e) => e.to_string(),
        Unwritable::LinkLoop => "too many levels of symbolic links".into(),
        Unwritable::SocketOrBlockDevice => "it is a socket or a block device, not a file; choose another --output".into(),
        Unwritable::FolderIsFile(f) => format!("{f} is a file, not a folder; choose another --output"),
        Unwritable::NoFolder(f) => format!("the folder {f} does not exist; create it first (mkdir -p {f}) or choose another --output"),
        Unwritable::PartIsFile(f) => format!("part of {f} is a file, not a folder; choose another --output"),
        Unwritable::FolderUnreachable(f, e) => format!("cannot reach the folder {f} ({e}); choose another --output"),
        Unwritable::IsFolder(example) => format!("it is a folder; give a file name, e.g. --output {example}"),
        Unwritable::ReadOnlyFolder(f, e) => format!("the folder {f} is read-only for sdkvet ({e}); choose a folder you can write to"),
        Unwritable::CannotCreateIn(f, e) => format!("cannot create a file in {f}: {e}"),
    }
}

fn unwritable_zh(why: Unwritable) -> String {
    match why {
        Unwritable::Io(e) => e.to_string(),
        Unwritable::LinkLoop => "符号链接层数过多".into(),
        Unwritable::SocketOrBlockDevice => "这是套接字或块设备，不是文件；请换一个 --output".into(),
        Unwritable::FolderIsFile(f) => format!("{f} 是文件，不是文件夹；请换一个 --output"),
        Unwritable::NoFolder(f) => {
            format!("文件夹 {f} 不存在；请先创建（mkdir -p {f}），或换一个 --output")
        }
        Unwritable::PartIsFile(f) => {
            format!("{f} 的路径中有一部分是文件而不是文件夹；请换一个 --output")
        }
        Unwritable::FolderUnreachable(f, e) => {
            format!("无法访问文件夹 {f}（{e}）；请换一个 --output")
        }
        Unwritable::IsFolder(example) => format!("这是文件夹；请给出文件名，如 --output {example}"),
        Unwritable::ReadOnlyFolder(f, e) => {
            format!("文件夹 {f} 对 sdkvet 只读（{e}）；请选择可写的文件夹")
        }
        Unwritable::CannotCreateIn(f, e) => format!("无法在 {f} 中创建文件：{e}"),
    }
}

pub fn cannot_read_link(lang: Lang, link: &str, error: &io::Error) -> String {
    match lang {
        Lang::En => format!("cannot read the link {link}: {error}"),
        Lang::Zh => format!("无法读取链接 {link}：{error}"),
    }
}

pub fn cannot_write_stdout(lang: Lang, error: &io::Error) -> String {
    match lang {
        Lang::En => format!("cannot write to standard output: {error}"),
        Lang::Zh => format!("无法写入标准输出：{error}"),
    }
}

pub fn output_is_input(lang: Lang, output: &str, input: &str) -> String {
    match lang {
        Lang::En => format!("--output {output} would replace {input}, which this command reads; nothing was written; choose another file"),
        Lang::Zh => format!("--output {output} 会覆盖本命令读取的 {input}；未写入任何内容，请换一个文件"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::punctuation::{ascii_punctuation_beside_chinese, is_chinese};

    fn every_phrase(lang: Lang) -> Vec<String> {
        let io = io::Error::other("denied");
        let folder = "out";
        let reasons = [
            Unwritable::Io(&io),
            Unwritable::LinkLoop,
            Unwritable::SocketOrBlockDevice,
            Unwritable::FolderIsFile(folder),
            Unwritable::NoFolder(folder),
            Unwritable::PartIsFile(folder),
            Unwritable::FolderUnreachable(folder, &io),
            Unwritable::IsFolder("out/ranking.csv"),
            Unwritable::ReadOnlyFolder(folder, &io),
            Unwritable::CannotCreateIn(folder, &io),
        ];
        let mut all: Vec<String> = reasons
            .into_iter()
            .map(|why| cannot_write(lang, "out/x.csv", why))
            .collect();
        all.extend([
            error_line(lang, "m"),
            flag_needs_format(lang, "--bom", "csv"),
            explain_refused(lang, false),
            explain_refused(lang, true),
            one_scorecard_only(lang, &["a".into(), "b".into()]),
            audience_outside_vocabulary(lang, "--region", "x"),
            cannot_read_link(lang, "l", &io),
            cannot_write_stdout(lang, &io),
            output_is_input(lang, "a.toml", "v/a.toml"),
        ]);
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
