//! The editing rules one by one: values, lists and inline tables with their comments, line
//! endings, the scaffold's comment; then the editor on disk: changes made meanwhile, links,
//! permissions, removal, the size limit and the lock.

use super::*;

const ORIGINAL: &str = "# Acme's paid plan.\nname = \"Acme\" # display name\n\n# Support facts\n[support]\ncoverage = \"24x5\"   # from the sales call\n\n[sla]\nwritten = true\n";

fn edited(edits: &[(&str, Answer)]) -> String {
    let mut file = ProfileDocument::parse(ORIGINAL).unwrap();
    for (field, answer) in edits {
        file.set(field, answer).unwrap();
    }
    file.render()
}

#[test]
fn replacing_a_value_keeps_comments_and_layout() {
    let out = edited(&[("support.coverage", Answer::Text("24x7".into()))]);
    assert_eq!(out, ORIGINAL.replace("\"24x5\"", "\"24x7\""));
}

#[test]
fn new_keys_join_their_table_and_new_tables_are_sections() {
    let out = edited(&[
        ("support.dedicated_engineer", Answer::Bool(true)),
        (
            "support.first_response.critical",
            Answer::Duration(Duration::parse_typed("2 business hours").unwrap()),
        ),
        (
            "support.first_response.high",
            Answer::Duration(Duration::parse_typed("90").unwrap()),
        ),
        (
            "docs.last_updated",
            Answer::Date(jiff::civil::date(2026, 10, 15)),
        ),
        (
            "overseas.regions",
            Answer::List(vec!["europe".into(), "middle-east".into()]),
        ),
        ("sla.availability", Answer::Number(99.95)),
        ("lifecycle.version_support_months", Answer::Number(24.0)),
    ]);
    assert!(out.starts_with("# Acme's paid plan.\nname = \"Acme\" # display name\n\n# Support facts\n[support]\ncoverage = \"24x5\"   # from the sales call\ndedicated_engineer = true\n"), "{out}");
    assert!(
        out.contains("[support.first_response]\ncritical = \"2 business hours\"\nhigh = 90\n"),
        "{out}"
    );
    assert!(!out.contains("\n[support]\n\n[support"), "{out}");
    assert!(out.contains("[docs]\nlast_updated = 2026-10-15\n"), "{out}");
    assert!(
        out.contains("[overseas]\nregions = [\"europe\", \"middle-east\"]\n"),
        "{out}"
    );
    assert!(
        out.contains("[sla]\nwritten = true\navailability = 99.95\n"),
        "{out}"
    );
    assert!(out.contains("version_support_months = 24\n"), "{out}");
}

#[test]
fn sources_are_quoted_keys() {
    let mut file = ProfileDocument::parse(ORIGINAL).unwrap();
    file.set_source("support.coverage", "call with sales, 2026-11-20")
        .unwrap();
    assert!(
        file.render()
            .ends_with("[sources]\n\"support.coverage\" = \"call with sales, 2026-11-20\"\n"),
        "{}",
        file.render()
    );
}

#[test]
fn inline_tables_are_extended_in_place() {
    let mut file = ProfileDocument::parse("name = \"A\"\nsla = { written = true }\n").unwrap();
    file.set("sla.service_credits", &Answer::Bool(false))
        .unwrap();
    assert_eq!(
        file.render(),
        "name = \"A\"\nsla = { written = true, service_credits = false }\n"
    );
}

#[test]
fn a_value_where_a_table_belongs_is_an_error() {
    let mut file = ProfileDocument::parse("name = \"A\"\nsupport = 3\n").unwrap();
    assert!(file
        .set("support.coverage", &Answer::Text("24x7".into()))
        .is_err());
}

#[test]
fn the_written_profile_loads_with_the_right_types() {
    let out = edited(&[
        (
            "support.first_response.critical",
            Answer::Duration(Duration::parse_typed("30").unwrap()),
        ),
        (
            "docs.last_updated",
            Answer::Date(jiff::civil::date(2026, 1, 2)),
        ),
    ]);
    let source = crate::load::source::SourceFile::from_text(Path::new("a.toml"), out);
    let (profile, diagnostics) = crate::load::profile::load_profile(&source);
    assert!(diagnostics.is_empty());
    let profile = profile.unwrap();
    assert_eq!(
        profile.fact("docs.last_updated"),
        Some(&crate::model::fact::Fact::Date(jiff::civil::date(
            2026, 1, 2
        )))
    );
    assert_eq!(
        profile
            .fact("support.first_response.critical")
            .map(ToString::to_string),
        Some("30".into())
    );
}

fn list(items: &[&str]) -> Answer {
    Answer::List(items.iter().map(|s| s.to_string()).collect())
}

fn set_in(text: &str, field: &str, answer: Answer) -> String {
    let mut document = ProfileDocument::parse(text).unwrap();
    document.set(field, &answer).unwrap();
    let out = document.render();
    out.parse::<DocumentMut>()
        .unwrap_or_else(|e| panic!("{e}\n{out}"));
    out
}

const CHANNELS: &str = "[support]\nchannels = [\n  \"ticket\", # main\n  # for the night shift\n  'email', # backup\n  \"phone\", # rarely\n]\nx = 1\n";

#[test]
fn a_list_keeps_the_comments_of_the_items_that_stay() {
    let out = set_in(CHANNELS, "support.channels", list(&["ticket", "phone"]));
    assert_eq!(
        out,
        "[support]\nchannels = [\n  \"ticket\", # main\n  \"phone\", # rarely\n]\nx = 1\n"
    );
    let out = set_in(CHANNELS, "support.channels", list(&["email", "phone"]));
    assert_eq!(
        out,
        "[support]\nchannels = [\n  # for the night shift\n  'email', # backup\n  \"phone\", # rarely\n]\nx = 1\n"
    );
    let out = set_in(CHANNELS, "support.channels", list(&["ticket", "email"]));
    assert_eq!(
        out,
        "[support]\nchannels = [\n  \"ticket\", # main\n  # for the night shift\n  'email', # backup\n]\nx = 1\n"
    );
}

#[test]
fn new_items_are_appended_in_the_lists_form() {
    let out = set_in(
        CHANNELS,
        "support.channels",
        list(&["chat", "ticket", "phone"]),
    );
    assert_eq!(
        out,
        "[support]\nchannels = [\n  \"ticket\", # main\n  \"phone\", # rarely\n  \"chat\",\n]\nx = 1\n"
    );
    let one_line = "channels = [\"a\", \"b\"] # mine\n";
    assert_eq!(
        set_in(one_line, "channels", list(&["b", "c"])),
        "channels = [\"b\", \"c\"] # mine\n"
    );
    assert_eq!(
        set_in(
            "channels = [ \"a\",\"b\" ]\n",
            "channels",
            list(&["a", "b", "c"])
        ),
        "channels = [ \"a\",\"b\",\"c\" ]\n"
    );
    assert_eq!(
        set_in("channels = []\n", "channels", list(&["a", "b"])),
        "channels = [\"a\", \"b\"]\n"
    );
}

#[test]
fn a_list_without_a_trailing_comma_keeps_its_last_comment() {
    let text = "channels = [\n  \"a\", # first\n  \"b\" # last\n]\n";
    assert_eq!(
        set_in(text, "channels", list(&["a", "b", "c"])),
        "channels = [\n  \"a\", # first\n  \"b\", # last\n  \"c\"\n]\n"
    );
    assert_eq!(
        set_in(text, "channels", list(&["b"])),
        "channels = [\n  \"b\" # last\n]\n"
    );
}

#[test]
fn several_items_on_a_line_stay_together() {
    let text = "channels = [\n  \"a\", \"b\", # pair\n  \"c\",\n]\n";
    assert_eq!(
        set_in(text, "channels", list(&["b", "c", "d"])),
        "channels = [\n  \"b\", # pair\n  \"c\",\n  \"d\",\n]\n"
    );
    assert_eq!(
        set_in(text, "channels", list(&["a", "c"])),
        "channels = [\n  \"a\",\n  \"c\",\n]\n"
    );
}

#[test]
fn inline_tables_keep_their_comments_and_layout() {
    let text = "support = { coverage = \"24x5\", # from sales\n  channels = [\"ticket\", # main\n    \"email\"], # both\n}\n";
    let out = set_in(text, "support.in_house", Answer::Bool(true));
    assert_eq!(
        out,
        "support = { coverage = \"24x5\", # from sales\n  channels = [\"ticket\", # main\n    \"email\"], # both\n  in_house = true,\n}\n"
    );
    let out = set_in(text, "support.channels", list(&["ticket", "chat"]));
    assert_eq!(
        out,
        "support = { coverage = \"24x5\", # from sales\n  channels = [\"ticket\", # main\n    \"chat\"], # both\n}\n"
    );
    let out = set_in(text, "support.coverage", Answer::Text("24x7".into()));
    assert_eq!(out, text.replace("24x5", "24x7"));
}

#[test]
fn a_key_added_to_an_inline_table_over_several_lines_gets_a_line_of_its_own() {
    let text = "sla = {\n  written = true,\n  credits = false # on paper\n}\n";
    assert_eq!(
        set_in(text, "sla.availability", Answer::Number(99.9)),
        "sla = {\n  written = true,\n  credits = false, # on paper\n  availability = 99.9\n}\n"
    );
    let text = "sla = {\n  written = true,\n}\n";
    assert_eq!(
        set_in(text, "sla.credits", Answer::Bool(true)),
        "sla = {\n  written = true,\n  credits = true,\n}\n"
    );
}

#[test]
fn tables_made_inside_an_inline_table_are_inline() {
    let out = set_in(
        "support = { coverage = \"24x5\" }\n",
        "support.first_response.critical",
        Answer::Duration(Duration::parse_typed("30").unwrap()),
    );
    assert_eq!(
        out,
        "support = { coverage = \"24x5\", first_response = { critical = 30 } }\n"
    );
}

#[test]
fn a_crlf_file_stays_crlf() {
    let text = "# Acme\r\nname = \"Acme\" # shown\r\n\r\n[support]\r\nchannels = [\r\n  \"ticket\", # main\r\n  \"email\", # backup\r\n]\r\n";
    let mut document = ProfileDocument::parse(text).unwrap();
    document
        .set("support.channels", &list(&["email", "chat"]))
        .unwrap();
    document.set("sla.written", &Answer::Bool(true)).unwrap();
    document.set_source("sla.written", "contract").unwrap();
    let out = document.render();
    assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
    assert_eq!(
        out,
        "# Acme\r\nname = \"Acme\" # shown\r\n\r\n[support]\r\nchannels = [\r\n  \"email\", # backup\r\n  \"chat\",\r\n]\r\n\r\n[sla]\r\nwritten = true\r\n\r\n[sources]\r\n\"sla.written\" = \"contract\"\r\n"
    );
}

#[test]
fn a_mixed_file_keeps_each_lines_ending_and_new_lines_take_the_usual_one() {
    let text = "name = \"Acme\"\r\nplan = \"Gold\"\n[sla]\r\nwritten = true\r\n";
    let out = set_in(text, "sla.service_credits", Answer::Bool(false));
    assert_eq!(
        out,
        "name = \"Acme\"\r\nplan = \"Gold\"\n[sla]\r\nwritten = true\r\nservice_credits = false\r\n"
    );
    let lf = set_in("name = \"A\"\n", "plan", Answer::Text("B".into()));
    assert_eq!(lf, "name = \"A\"\nplan = \"B\"\n");
}

#[test]
fn the_byte_order_mark_stays() {
    let out = set_in("\u{feff}name = \"A\"\r\n", "plan", Answer::Text("B".into()));
    assert_eq!(out, "\u{feff}name = \"A\"\r\nplan = \"B\"\r\n");
}

#[test]
fn text_in_the_scaffolds_comment_cannot_end_the_comment() {
    let path = Path::new("v\nsupport.coverage = \"24x7\"\n#/acme.toml");
    let text = scaffold(path, "acme", "Acme\n[x]", Some("Gold\u{1b}"));
    let document: DocumentMut = text.parse().unwrap();
    assert_eq!(document.len(), 2, "{text}");
    assert!(document.get("support").is_none(), "{text}");
    assert_eq!(document["name"].as_str(), Some("Acme\n[x]"));
    assert!(
        text.contains("`sdkvet interview v\\nsupport.coverage = \"24x7\"\\n#/acme.toml`"),
        "{text}"
    );
    assert_eq!(text.lines().filter(|l| l.starts_with('#')).count(), 2);
}

// ---- the editor on disk

fn profile_in(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("acme.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn set_plan(editor: &mut ProfileEditor, plan: &str) -> Result<()> {
    editor.update(|document| document.set("plan", &Answer::Text(plan.into())))
}

fn message(result: Result<impl Sized>) -> String {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn changes_made_meanwhile_by_another_program_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_in(dir.path(), "name = \"Acme\"\n");
    let mut editor = ProfileEditor::open(&path, Lang::En).unwrap();
    set_plan(&mut editor, "Gold").unwrap();
    std::fs::write(
        &path,
        "# edited by hand\nname = \"Acme Inc\"\nplan = \"Gold\"\n",
    )
    .unwrap();
    editor
        .update(|document| document.set("website", &Answer::Text("https://acme.example".into())))
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        "# edited by hand\nname = \"Acme Inc\"\nplan = \"Gold\"\nwebsite = \"https://acme.example\"\n"
    );
    assert_eq!(editor.text(), text);
}

#[cfg(unix)]
#[test]
fn a_linked_profile_is_written_at_its_target_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("shared")).unwrap();
    let target = dir.path().join("shared/acme.toml");
    std::fs::write(&target, "name = \"Acme\"\n").unwrap();
    let link = dir.path().join("acme.toml");
    std::os::unix::fs::symlink("shared/acme.toml", &link).unwrap();
    let mut editor = ProfileEditor::open(&link, Lang::En).unwrap();
    set_plan(&mut editor, "Gold").unwrap();
    drop(editor);
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "name = \"Acme\"\nplan = \"Gold\"\n"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("shared"))
        .unwrap()
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary or lock file is left");
}

#[cfg(unix)]
#[test]
fn a_read_only_profile_is_refused_when_opened_even_for_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = profile_in(dir.path(), "name = \"Acme\"\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let error = message(ProfileEditor::open(&path, Lang::En));
    assert!(error.contains("acme.toml is read-only"), "{error}");
    assert!(message(ProfileEditor::open(&path, Lang::Zh)).contains("只读"));
}

#[cfg(unix)]
#[test]
fn a_folder_where_no_temporary_file_can_be_made_is_refused_when_opened() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = profile_in(dir.path(), "name = \"Acme\"\n");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = std::fs::File::create(dir.path().join("probe"));
    let result = ProfileEditor::open(&path, Lang::En);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    if probe.is_ok() {
        // Root writes into a read-only folder: nothing to refuse here.
        return;
    }
    let error = message(result);
    assert!(error.contains("no temporary file can be made"), "{error}");
}

#[test]
fn a_profile_removed_or_renamed_meanwhile_is_not_re_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_in(dir.path(), "name = \"Acme\"\n");
    let mut editor = ProfileEditor::open(&path, Lang::En).unwrap();
    std::fs::rename(&path, dir.path().join("renamed.toml")).unwrap();
    let error = message(set_plan(&mut editor, "Gold"));
    assert!(error.contains("was removed or renamed"), "{error}");
    assert!(!path.exists());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("renamed.toml")).unwrap(),
        "name = \"Acme\"\n"
    );
    std::fs::remove_file(dir.path().join("renamed.toml")).unwrap();
    assert!(set_plan(&mut editor, "Gold").is_err());
    assert!(!path.exists());
}

#[test]
fn a_save_over_the_size_limit_is_refused_and_the_file_stays() {
    let dir = tempfile::tempdir().unwrap();
    let filler = "#".repeat(MAX_FILE_BYTES as usize - 40);
    let original = format!("{filler}\nname = \"Acme\"\n");
    let path = profile_in(dir.path(), &original);
    let mut editor = ProfileEditor::open(&path, Lang::En).unwrap();
    set_plan(&mut editor, "Gold").unwrap();
    let error = message(set_plan(&mut editor, &"x".repeat(100)));
    assert!(error.contains("larger than 1024 KiB"), "{error}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("{original}plan = \"Gold\"\n")
    );
}

#[test]
fn a_second_editor_of_the_same_profile_is_refused_until_the_first_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_in(dir.path(), "name = \"Acme\"\n");
    let mut first = ProfileEditor::open(&path, Lang::En).unwrap();
    let error = message(ProfileEditor::open(&path, Lang::En));
    assert!(error.contains("acme.toml is busy"), "{error}");
    set_plan(&mut first, "Gold").unwrap();
    drop(first);
    let mut second = ProfileEditor::open(&path, Lang::En).unwrap();
    set_plan(&mut second, "Silver").unwrap();
    drop(second);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["acme.toml"], "the lock file is removed");
}

#[test]
fn missing_and_non_toml_profiles_are_refused_when_opened() {
    let dir = tempfile::tempdir().unwrap();
    let error = message(ProfileEditor::open(&dir.path().join("none.toml"), Lang::En));
    assert!(error.contains("none.toml does not exist"), "{error}");
    let path = profile_in(dir.path(), "name = ");
    let error = message(ProfileEditor::open(&path, Lang::En));
    assert!(error.contains("is not valid UTF-8 TOML"), "{error}");
    let error = message(ProfileEditor::open(dir.path(), Lang::En));
    assert!(error.contains("is not a regular file"), "{error}");
}

#[test]
fn a_new_profile_never_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = profile_in(dir.path(), "name = \"Mine\"\n");
    let error = message(create_profile(&path, "acme", "Acme", None, Lang::En));
    assert!(error.contains("already exists"), "{error}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "name = \"Mine\"\n");
}

fn marked(text: &str, field: &str, source: Option<&str>) -> String {
    let mut document = ProfileDocument::parse(text).unwrap();
    let day = jiff::civil::date(2026, 11, 21);
    document.mark_checked(field, day, source).unwrap();
    document.render()
}

#[test]
fn marking_a_fact_checked_without_a_source_records_the_interview() {
    assert_eq!(
        marked("name = \"A\" # shown\n", "sla.written", None),
        "name = \"A\" # shown\n\n[sources]\n\"sla.written\" = { source = \"interview\", checked = 2026-11-21 }\n"
    );
}

#[test]
fn marking_a_source_text_checked_makes_it_a_table_keeping_the_text_and_comment() {
    let text = "name = \"A\"\n\n[sources]\n# cited\n\"sla.written\" = \"contract §4\" # signed\n\"name\" = \"site\"\n";
    assert_eq!(
        marked(text, "sla.written", None),
        "name = \"A\"\n\n[sources]\n# cited\n\"sla.written\" = { source = \"contract §4\", checked = 2026-11-21 } # signed\n\"name\" = \"site\"\n"
    );
}

#[test]
fn marking_a_source_table_checked_replaces_the_date_and_a_new_source_drops_the_old_kind() {
    let text = "name = \"A\"\n[sources]\n\"sla.written\" = { source = \"ad\", kind = \"marketing\", checked = 2025-01-01 }\n";
    assert_eq!(
        marked(text, "sla.written", None),
        "name = \"A\"\n[sources]\n\"sla.written\" = { source = \"ad\", kind = \"marketing\", checked = 2026-11-21 }\n"
    );
    assert_eq!(
        marked(text, "sla.written", Some("call with sales")),
        "name = \"A\"\n[sources]\n\"sla.written\" = { source = \"call with sales\", checked = 2026-11-21 }\n"
    );
    let header = "name = \"A\"\n[sources.\"sla.written\"]\nsource = \"ad\"\n";
    assert_eq!(
        marked(header, "sla.written", None),
        "name = \"A\"\n[sources.\"sla.written\"]\nsource = \"ad\"\nchecked = 2026-11-21\n"
    );
}

#[test]
fn a_marked_profile_loads_with_the_checked_date() {
    let out = marked("name = \"A\"\n[sla]\nwritten = true\n", "sla.written", None);
    let source = crate::load::source::SourceFile::from_text(Path::new("a.toml"), out);
    let (profile, diagnostics) = crate::load::profile::load_profile(&source);
    assert!(diagnostics.is_empty());
    let evidence = profile.unwrap().sources["sla.written"].clone();
    assert_eq!(evidence.checked, Some(jiff::civil::date(2026, 11, 21)));
    assert_eq!(evidence.source, "interview");
}
