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
        assert_eq!(closest("price", ["coverage"]), None);
    }
}
