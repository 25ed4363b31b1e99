//! `sdkvet import FILE.xlsx|FILE.csv`: reads a filled questionnaire, checks every answer of
//! the whole file (printing every problem with its sheet and cell, or CSV line), and only when
//! none is an error writes the answers into the profiles of the `--vendors` folders, or with
//! `--dry-run` shows what would change. The clock is read here, for `--checked`'s default.

use super::{parse_date_arg, print_lines, LangArg, UsageError};
use crate::ask::import::{self, Context, Evidence, Rows};
use crate::i18n::{questionnaire, Lang};
use crate::load::discover;
use crate::model::profile::vendor_id;
use crate::output;
use crate::util::escape::escape_control;
use anyhow::{anyhow, bail, Result};
use jiff::civil::Date;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The filled questionnaire: an .xlsx from `checklist --format xlsx`, or a .csv with the
    /// checklist CSV's header
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Vendor profile folder or file (repeatable) [default: ./vendors]
    #[arg(long = "vendors", value_name = "DIR")]
    vendors: Vec<PathBuf>,
    /// The date the answers are marked checked on, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    checked: Option<Date>,
    /// Show each fact that would change (old → new) and write nothing
    #[arg(long)]
    dry_run: bool,
    #[command(flatten)]
    pub(super) lang: LangArg,
}

/// How a questionnaire is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Csv,
}

/// The kind a file name says, by its extension (in any case).
fn kind_of(file: &Path) -> Option<Kind> {
    let extension = file.extension()?.to_string_lossy().to_lowercase();
    match extension.as_str() {
        "xlsx" | "xlsm" => Some(Kind::Xlsx),
        "csv" => Some(Kind::Csv),
        _ => None,
    }
}

/// A questionnaire is at most this large (a workbook of a hundred vendors is well under).
const MAX_QUESTIONNAIRE_BYTES: u64 = 32 * 1024 * 1024;

pub fn run(args: Args) -> Result<ExitCode> {
    let lang = args.lang.resolve();
    let shown = args.file.display().to_string();
    let kind = kind_of(&args.file)
        .ok_or_else(|| UsageError(questionnaire::not_xlsx_or_csv(lang, &shown)))?;
    let checked_on = args.checked.unwrap_or_else(|| jiff::Zoned::now().date());
    let profiles = profiles_by_id(&args.vendors, lang)?;
    let rows = match read(&args.file, kind, &shown, lang)? {
        Ok(rows) => rows,
        Err(problems) => {
            let lines = problems
                .iter()
                .map(|(place, message)| questionnaire::problem(lang, place, true, message));
            print_lines(lines);
            bail!(questionnaire::nothing_written(lang, &shown, problems.len()));
        }
    };
    let folders = folders_in_words(&args.vendors);
    let cx = Context {
        file: &shown,
        profiles: &profiles,
        folders: &folders,
        today: checked_on,
        lang,
    };
    let checked = import::check(&rows, &cx);
    print_lines(checked.problems.iter().map(|problem| problem.line(lang)));
    if checked.errors() > 0 {
        bail!(questionnaire::nothing_written(
            lang,
            &shown,
            checked.errors()
        ));
    }
    if checked.vendors.is_empty() {
        print_lines(std::iter::once(questionnaire::no_answers(lang, &shown)));
        return Ok(ExitCode::SUCCESS);
    }
    let targets = import::load_targets(&checked, &profiles)?;
    if args.dry_run {
        output::write_stdout(import::dry_run(&checked, &targets, lang)?.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let name = args
        .file
        .file_name()
        .map_or_else(|| shown.clone(), |name| name.to_string_lossy().into_owned());
    let evidence = Evidence {
        default_source: &import::default_source(&name),
        checked: checked_on,
    };
    let written = import::apply(&checked, &profiles, &evidence, lang)?;
    let report: String = written
        .iter()
        .map(|(path, count)| questionnaire::written(lang, path.display(), *count) + "\n")
        .collect();
    output::write_stdout(report.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The questionnaire's rows (or the problems of its header rows); a file that cannot be
/// read at all is an error.
fn read(file: &Path, kind: Kind, shown: &str, lang: Lang) -> Result<Rows> {
    let bytes = read_bytes(file, shown, lang)?;
    let rows = match kind {
        Kind::Xlsx => import::read_xlsx(bytes, shown, lang),
        Kind::Csv => import::read_csv(&bytes, shown, lang),
    };
    rows.map_err(|message| anyhow!(message))
}

/// The file's bytes: a regular file of at most [`MAX_QUESTIONNAIRE_BYTES`].
fn read_bytes(file: &Path, shown: &str, lang: Lang) -> Result<Vec<u8>> {
    let fail = |e: &dyn std::fmt::Display| anyhow!(questionnaire::cannot_read(lang, shown, e));
    let metadata = std::fs::metadata(file).map_err(|e| fail(&e))?;
    if !metadata.is_file() || metadata.len() > MAX_QUESTIONNAIRE_BYTES {
        bail!(questionnaire::not_a_questionnaire_file(
            lang,
            shown,
            MAX_QUESTIONNAIRE_BYTES >> 20
        ));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_QUESTIONNAIRE_BYTES).read_to_end(&mut bytes))
        .map_err(|e| fail(&e))?;
    Ok(bytes)
}

/// The profiles of the `--vendors` folders (default `./vendors`) by vendor id; two files
/// with one id are an error.
fn profiles_by_id(vendors: &[PathBuf], lang: Lang) -> Result<BTreeMap<String, PathBuf>> {
    let mut by_id: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in discover::vendor_files(vendors)? {
        let id = vendor_id(&path);
        if let Some(first) = by_id.get(&id) {
            bail!(questionnaire::same_id(
                lang,
                &id,
                first.display(),
                path.display()
            ));
        }
        by_id.insert(id, path);
    }
    Ok(by_id)
}

/// The `--vendors` arguments for a message: `vendors` by default.
fn folders_in_words(vendors: &[PathBuf]) -> String {
    if vendors.is_empty() {
        return "vendors".to_string();
    }
    let shown: Vec<String> = vendors.iter().map(|v| v.display().to_string()).collect();
    escape_control(&shown.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_decides_how_a_file_is_read() {
        assert_eq!(kind_of(Path::new("q.XLSX")), Some(Kind::Xlsx));
        assert_eq!(kind_of(Path::new("a/q.csv")), Some(Kind::Csv));
        assert_eq!(kind_of(Path::new("q.ods")), None);
        assert_eq!(kind_of(Path::new("q")), None);
    }
}
