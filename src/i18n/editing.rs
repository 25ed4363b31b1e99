//! Why a profile cannot be edited or saved (SPEC §6: missing, read-only, busy, removed, too
//! large), in English and Chinese.

use super::Lang;
use std::fmt::Display;

/// The profile to edit does not exist; `id` is the vendor id its file name gives.
pub fn missing(lang: Lang, path: impl Display, id: &str) -> String {
    match lang {
        Lang::En => format!(
            "{path} does not exist; check the path, or create the profile with `sdkvet new {id}`"
        ),
        Lang::Zh => format!("{path} 不存在；请检查路径，或用 `sdkvet new {id}` 新建资料"),
    }
}

/// The profile is a symbolic link to nothing.
pub fn broken_link(lang: Lang, path: impl Display) -> String {
    match lang {
        Lang::En => {
            format!("{path} is a symbolic link whose target does not exist; fix or remove the link")
        }
        Lang::Zh => format!("{path} 是符号链接，但它指向的文件不存在；请修复或删除该链接"),
    }
}

/// The profile is a folder, a pipe, a device…
pub fn not_a_file(lang: Lang, path: impl Display) -> String {
    match lang {
        Lang::En => format!("{path} is not a regular file; a profile is a TOML file"),
        Lang::Zh => format!("{path} 不是普通文件；厂商资料应是 TOML 文件"),
    }
}

/// The profile has no write permission.
pub fn read_only(lang: Lang, path: impl Display) -> String {
    match lang {
        Lang::En => format!(
            "{path} is read-only, and sdkvet does not change a file without write permission; make it writable (chmod u+w {path}) and try again"
        ),
        Lang::Zh => format!(
            "{path} 是只读文件，sdkvet 不会修改没有写权限的文件；请先加上写权限（chmod u+w {path}）再试"
        ),
    }
}

/// No temporary file can be made beside the profile, so no save could be atomic.
pub fn folder_not_writable(
    lang: Lang,
    path: impl Display,
    folder: impl Display,
    error: impl Display,
) -> String {
    match lang {
        Lang::En => format!(
            "cannot save to {path}: no temporary file can be made in its folder {folder} ({error}), and every save goes through one; make the folder writable and try again"
        ),
        Lang::Zh => format!(
            "无法保存到 {path}：无法在其所在文件夹 {folder} 中创建临时文件（{error}），而每次保存都要经过临时文件；请先让该文件夹可写再试"
        ),
    }
}

/// Another sdkvet holds the profile's lock.
pub fn busy(lang: Lang, path: impl Display) -> String {
    match lang {
        Lang::En => format!(
            "{path} is busy: another sdkvet (an interview, import or trial) is editing it; try again when it has finished"
        ),
        Lang::Zh => format!(
            "{path} 正被占用：另一个 sdkvet（访谈、导入或试用工单）正在编辑它；请等它结束后再试"
        ),
    }
}

/// The lock file beside the profile cannot be used.
pub fn cannot_lock(lang: Lang, path: impl Display, error: impl Display) -> String {
    match lang {
        Lang::En => format!("cannot lock {path} for editing: {error}"),
        Lang::Zh => format!("无法锁定 {path} 以便编辑：{error}"),
    }
}

/// Reading the profile failed; `why` says how.
pub fn cannot_read(lang: Lang, path: impl Display, why: impl Display) -> String {
    match lang {
        Lang::En => format!("cannot read {path}: {why}"),
        Lang::Zh => format!("无法读取 {path}：{why}"),
    }
}

/// The profile is not UTF-8 or not TOML.
pub fn not_toml(lang: Lang, path: impl Display) -> String {
    match lang {
        Lang::En => format!("{path} is not valid UTF-8 TOML; run `sdkvet validate {path}`"),
        Lang::Zh => {
            format!("{path} 不是有效的 UTF-8 TOML 文件；请运行 `sdkvet validate {path}` 查看问题")
        }
    }
}

/// The profile disappeared from its path since it was opened.
pub fn gone(lang: Lang, path: impl Display) -> String {
    match lang {
        Lang::En => format!(
            "{path} was removed or renamed after sdkvet opened it; this change was not saved, and the file was not re-created"
        ),
        Lang::Zh => format!(
            "{path} 在 sdkvet 打开后被删除或改名；这次修改没有保存，也没有重新创建该文件"
        ),
    }
}

/// Saving would make the profile larger than the loader reads.
pub fn too_large(lang: Lang, path: impl Display, limit_kib: u64) -> String {
    match lang {
        Lang::En => format!(
            "this change would make {path} larger than {limit_kib} KiB, the most sdkvet reads; it was not saved, and the file is as it was"
        ),
        Lang::Zh => format!(
            "这次修改会使 {path} 超过 {limit_kib} KiB（sdkvet 能读取的上限）；修改没有保存，文件保持原样"
        ),
    }
}

/// A `[sources]` entry that an answer cannot mark checked.
pub fn not_a_source_entry(lang: Lang, field: &str) -> String {
    match lang {
        Lang::En => {
            format!("`sources.{field}` is neither a source text nor a table; fix it by hand first")
        }
        Lang::Zh => format!("`sources.{field}` 既不是来源文字也不是表；请先手工改正"),
    }
}

/// A key on the way to an answer's table that holds something else.
pub fn not_a_table(lang: Lang, path: &str) -> String {
    match lang {
        Lang::En => format!("`{path}` is not a table in the profile; fix it by hand first"),
        Lang::Zh => format!("资料中的 `{path}` 不是表；请先手工改正"),
    }
}

pub fn cannot_create_folder(lang: Lang, dir: impl Display, error: impl Display) -> String {
    match lang {
        Lang::En => format!("cannot create {dir}: {error}"),
        Lang::Zh => format!("无法创建 {dir}：{error}"),
    }
}

/// Every phrase, with sample values, for the catalogue's tests.
#[cfg(test)]
pub(super) fn samples(lang: Lang) -> Vec<String> {
    let path = "vendors/acme.toml";
    vec![
        missing(lang, path, "acme"),
        broken_link(lang, path),
        not_a_file(lang, path),
        read_only(lang, path),
        folder_not_writable(lang, path, "vendors", "permission denied"),
        busy(lang, path),
        cannot_lock(lang, path, "no locks"),
        cannot_read(lang, path, "I/O error"),
        not_toml(lang, path),
        gone(lang, path),
        too_large(lang, path, 1024),
        not_a_source_entry(lang, "sla.written"),
        not_a_table(lang, "support"),
        cannot_create_folder(lang, "vendors", "denied"),
    ]
}
