//! "Did you mean": the closest valid word to a misspelled key or value.

/// The candidate closest to `word`, if it is close enough to be a plausible typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            (
                strsim::levenshtein(&word_lower, &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, candidate)| *distance <= allowed_distance(word, candidate))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn allowed_distance(word: &str, candidate: &str) -> usize {
    let shorter = word.chars().count().min(candidate.chars().count());
    (shorter / 3).clamp(1, 3)
}

/// `; did you mean `x`?` or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates)
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default()
}

/// "`a`, `b` or `c`": a list of valid values for an error message.
pub fn one_of(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_typo() {
        assert_eq!(
            closest("covrage", ["coverage", "channels"]),
            Some("coverage")
        );
        assert_eq!(closest("Critcal", ["critical", "high"]), Some("critical"));
    }

    #[test]
    fn ignores_unrelated_words() {
        assert_eq!(closest("zzz", ["coverage", "channels"]), None);
        assert_eq!(did_you_mean("price", ["coverage"]), "");
    }

    #[test]
    fn lists_values() {
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(one_of(&["a"]), "`a`");
    }
}
