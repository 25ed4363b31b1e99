//! Which paths name the same file: by device and inode on Unix (so a link, another spelling
//! or a hard link is the same file), by canonical path elsewhere.

use std::path::Path;
#[cfg(not(unix))]
use std::path::PathBuf;

/// What makes two paths the same file: device and inode on Unix, the canonical path elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileIdentity {
    #[cfg(unix)]
    device_inode: (u64, u64),
    #[cfg(not(unix))]
    canonical: PathBuf,
}

impl FileIdentity {
    /// The identity of the file `path` names (links followed); `None` when it does not exist.
    #[cfg(unix)]
    pub fn of(path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        let metadata = std::fs::metadata(path).ok()?;
        Some(FileIdentity {
            device_inode: (metadata.dev(), metadata.ino()),
        })
    }

    #[cfg(not(unix))]
    pub fn of(path: &Path) -> Option<FileIdentity> {
        Some(FileIdentity {
            canonical: std::fs::canonicalize(path).ok()?,
        })
    }
}

/// `items` without those naming a file an earlier item names; items whose file cannot be
/// reached are kept (the loader reports them).
pub fn unique_files<T>(items: Vec<T>, path: impl Fn(&T) -> &Path) -> Vec<T> {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items
        .into_iter()
        .filter(|item| FileIdentity::of(path(item)).is_none_or(|id| seen.insert(id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_file_by_another_path_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        std::fs::write(&a, "name = \"A\"\n").unwrap();
        let other_spelling = dir.path().join(".").join("a.toml");
        let missing = dir.path().join("missing.toml");
        let kept = unique_files(vec![a.clone(), other_spelling, missing.clone()], |p| p);
        assert_eq!(kept, vec![a, missing]);
    }
}
