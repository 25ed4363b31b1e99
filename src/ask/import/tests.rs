use super::*;

const HEADER: &str = "vendor_id,question_id,field,type,answer,source\n";

fn today() -> Date {
    jiff::civil::date(2026, 11, 21)
}

/// Checks CSV rows (after [`HEADER`]) against one profile, `acme`.
fn check_csv(rows: &str, lang: Lang) -> Checked {
    let text = format!("{HEADER}{rows}");
    let rows = read_csv(text.as_bytes(), "q.csv", lang).unwrap().unwrap();
    let profiles = BTreeMap::from([("acme".to_string(), PathBuf::from("vendors/acme.toml"))]);
    let cx = Context {
        file: "q.csv",
        profiles: &profiles,
        folders: "vendors",
        today: today(),
        lang,
    };
    check(&rows, &cx)
}

fn lines(checked: &Checked) -> Vec<String> {
    checked.problems.iter().map(|p| p.line(Lang::En)).collect()
}

fn question(field: &str) -> &'static Question {
    questions::for_field(field).unwrap()
}

#[test]
fn answers_of_every_type_parse() {
    let parse = |field: &str, text: &str| parse_answer(question(field), text, today(), Lang::En);
    assert_eq!(
        parse("support.dedicated_engineer", "是"),
        Ok(Answer::Bool(true))
    );
    assert_eq!(
        parse("support.dedicated_engineer", " NO "),
        Ok(Answer::Bool(false))
    );
    assert_eq!(
        parse("support.dedicated_engineer", "TRUE"),
        Ok(Answer::Bool(true))
    );
    assert!(parse("support.dedicated_engineer", "maybe")
        .unwrap_err()
        .contains("not yes or no"));
    assert_eq!(
        parse("support.channels", "ticket、 phone，slack, ticket"),
        Ok(Answer::List(vec![
            "ticket".into(),
            "phone".into(),
            "slack".into()
        ]))
    );
    assert_eq!(
        parse("sla.availability", "99.95%"),
        Ok(Answer::Number(99.95))
    );
    assert!(matches!(
        parse("support.first_response.critical", "30"),
        Ok(Answer::Duration(_))
    ));
    let future = parse("docs.last_updated", "2027-01-01").unwrap_err();
    assert!(future.contains("after today"), "{future}");
}

#[test]
fn a_good_questionnaire_gives_its_answers_with_the_canonical_level() {
    let checked = check_csv(
        "acme,coverage,support.coverage,level,24X7,https://acme.example/sla\n\
         acme,sla_availability,sla.availability,number,99.95,\n\
         acme,dd_team_size,,text,\"About 40, in-house\",\n",
        Lang::En,
    );
    assert!(checked.problems.is_empty(), "{:?}", lines(&checked));
    let answers = &checked.vendors["acme"];
    assert_eq!(answers[0].answer, Answer::Text("24x7".into()));
    assert_eq!(
        answers[0].source.as_deref(),
        Some("https://acme.example/sla")
    );
    assert_eq!(answers[1].fact, Some(Fact::Number(99.95)));
    assert_eq!(answers[1].source, None);
    assert_eq!(answers[2].target, Target::Diligence("dd_team_size".into()));
    assert_eq!(answers[2].answer, Answer::Text("About 40, in-house".into()));
}

#[test]
fn every_problem_of_the_file_is_reported_at_its_cell() {
    let checked = check_csv(
        "acme,coverage,support.coverage,level,24x8,\n\
         acme,sla_availability,sla.availability,number,120,\n\
         acme,first_response_critical,support.first_response.critical,duration,2 fortnights,\n\
         acmee,coverage,support.coverage,level,24x7,\n\
         acme,coverage,support.coverag,level,24x7,\n\
         acme,coverage,sla.written,level,24x7,\n\
         acme,covrage,support.coverage,level,24x7,\n\
         acme,channels,support.channels,list,\"ticket, slak\",\n\
         acme,dedicated_engineer,support.dedicated_engineer,bool,yes,\n\
         acme,dedicated_engineer,support.dedicated_engineer,bool,no,\n\
         acme,escalation_path,support.escalation_path,bool,,\n",
        Lang::En,
    );
    let lines = lines(&checked);
    let expected = [
        "q.csv: line 2, column answer: error: `support.coverage`: `24x8` is not a valid value; use `24x7`, `24x5`, `business-hours` or `none`; did you mean `24x7`?",
        "q.csv: line 3, column answer: error: `sla.availability`: 120 is above the maximum 100",
        "q.csv: line 4, column answer: error: `support.first_response.critical`: ",
        "q.csv: line 5, column vendor_id: error: no profile acmee.toml in vendors; did you mean `acme`?",
        "q.csv: line 6, column field: error: `support.coverag` is not a profile field; did you mean `support.coverage`?",
        "q.csv: line 7, column field: error: field `sla.written` does not match question `coverage`, which fills `support.coverage`",
        "q.csv: line 8, column question_id: error: unknown question_id `covrage`; did you mean `coverage`?",
        "q.csv: line 9, column answer: warning: `support.channels`: `slak` is not a known value; did you mean `slack`?",
        "q.csv: line 11, column answer: error: `support.dedicated_engineer` is answered twice for this vendor (first at q.csv: line 10, column answer); keep one answer",
    ];
    assert_eq!(lines.len(), expected.len(), "{lines:#?}");
    for (line, expected) in lines.iter().zip(expected) {
        assert!(line.starts_with(expected), "{line}\nexpected: {expected}");
    }
    assert_eq!(checked.errors(), 8);
}

#[test]
fn problems_read_in_chinese() {
    let checked = check_csv("acme,coverage,support.coverage,level,24x8,\n", Lang::Zh);
    let line = checked.problems[0].line(Lang::Zh);
    assert!(
        line.starts_with("q.csv：第 2 行，answer 列：错误：`support.coverage`："),
        "{line}"
    );
}

#[test]
fn a_custom_criterion_field_takes_its_row_type() {
    let checked = check_csv(
        "acme,custom_extra_annual_price_usd,extra.annual_price_usd,number,45000,\n\
         acme,custom_extra_x,extra.y,number,1,\n",
        Lang::En,
    );
    assert_eq!(checked.vendors["acme"][0].fact, Some(Fact::Number(45000.0)));
    let lines = lines(&checked);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("unknown question_id `custom_extra_x`"),
        "{lines:?}"
    );
}

#[test]
fn evidence_is_written_as_a_vendor_answer() {
    let mut document = ProfileDocument::parse(
        "name = \"A\"\n\n[support]\ncoverage = \"none\" # old\n\n[sources]\n\"support.coverage\" = \"deck\"\n",
    )
    .unwrap();
    let accepted = Accepted {
        target: Target::Fact("support.coverage".into()),
        answer: Answer::Text("24x7".into()),
        fact: None,
        source: None,
    };
    let evidence = Evidence {
        default_source: "vendor questionnaire q.xlsx",
        checked: today(),
    };
    write_answer(&mut document, &accepted, &evidence).unwrap();
    let diligence = Accepted {
        target: Target::Diligence("dd_team_size".into()),
        answer: Answer::Text("40".into()),
        fact: None,
        source: Some("call".into()),
    };
    write_answer(&mut document, &diligence, &evidence).unwrap();
    assert_eq!(
        document.render(),
        "name = \"A\"\n\n[support]\ncoverage = \"24x7\" # old\n\n[sources]\n\"support.coverage\" = { source = \"vendor questionnaire q.xlsx\", kind = \"vendor-answer\", checked = 2026-11-21 }\n\n[diligence]\ndd_team_size = \"40\"\n"
    );
}
