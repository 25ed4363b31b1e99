//! The example vendor profiles and scorecards, embedded at build time from `vendors/` and
//! `scorecards/`, so that `sdkvet init` works for someone who installed only the binary.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled files under one folder (`"vendors"` or `"scorecards"`).
pub fn files_in(folder: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FILES
        .iter()
        .copied()
        .filter(move |(path, _)| path.split('/').next() == Some(folder))
}

/// The text of the bundled scorecard preset `name` (`default`, `social`, …), if there is one.
pub fn scorecard(name: &str) -> Option<&'static str> {
    let path = format!("scorecards/{name}.toml");
    files_in("scorecards").find_map(|(file, text)| (file == path).then_some(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_vendors_and_a_default_scorecard() {
        assert!(files_in("vendors").count() >= 8);
        assert!(files_in("scorecards").any(|(path, _)| path == "scorecards/default.toml"));
        assert!(scorecard("social").is_some_and(|text| text.contains("[criteria.")));
        assert_eq!(scorecard("no-such-preset"), None);
    }
}
