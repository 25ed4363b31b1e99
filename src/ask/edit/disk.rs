//! The profile on disk while it is edited: where it really is (a symbolic link followed),
//! whether it may be changed (write permission, a temporary file can be made beside it), its
//! text read within the loader's size limit, and the advisory lock that keeps two sdkvet
//! processes from editing it at once.

use crate::i18n::{editing, Lang};
use crate::load::source::{is_broken_link, read_capped};
use anyhow::{anyhow, bail, Result};
use std::fs::{File, OpenOptions};
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long opening waits for another sdkvet to finish with the profile (a `trial add` or a
/// save takes milliseconds; an interview holds it for minutes, and is then reported busy).
const BUSY_WAIT: Duration = Duration::from_secs(2);
const RETRY_EVERY: Duration = Duration::from_millis(50);

/// The regular file that `path` names, symbolic links followed.
pub(super) fn resolve(path: &Path, lang: Lang) -> Result<PathBuf> {
    let target = match std::fs::canonicalize(path) {
        Ok(target) => target,
        Err(e) if e.kind() == ErrorKind::NotFound && is_broken_link(path) => {
            bail!(editing::broken_link(lang, path.display()))
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {
            let id = crate::model::profile::vendor_id(path);
            bail!(editing::missing(lang, path.display(), &id))
        }
        Err(e) => bail!(editing::cannot_read(lang, path.display(), e)),
    };
    match std::fs::metadata(&target) {
        Ok(metadata) if metadata.is_file() => Ok(target),
        Ok(_) => bail!(editing::not_a_file(lang, path.display())),
        Err(e) => bail!(editing::cannot_read(lang, path.display(), e)),
    }
}

/// `target` still is what `path` names: neither removed, nor renamed, nor replaced by a link
/// to another file.
pub(super) fn check_still_there(path: &Path, target: &Path, lang: Lang) -> Result<()> {
    match std::fs::canonicalize(path) {
        Ok(now) if now == target && now.is_file() => Ok(()),
        _ => bail!(editing::gone(lang, path.display())),
    }
}

/// Refuses a profile without write permission. The mode bits decide even for root (who may
/// write anything): a file made read-only is meant to stay as it is.
pub(super) fn check_writable(path: &Path, target: &Path, lang: Lang) -> Result<()> {
    let read_only = || anyhow!(editing::read_only(lang, path.display()));
    let metadata = std::fs::metadata(target)
        .map_err(|e| anyhow!(editing::cannot_read(lang, path.display(), e)))?;
    if metadata.permissions().readonly() {
        return Err(read_only());
    }
    // Opening for writing, without truncating, changes nothing and asks the system itself.
    match OpenOptions::new().write(true).open(target) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == ErrorKind::PermissionDenied => Err(read_only()),
        Err(e) => Err(anyhow!(editing::cannot_read(lang, path.display(), e))),
    }
}

/// The folder of `target`, where saves make their temporary file.
pub(super) fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Makes (and removes) a temporary file beside `target`, as every save will.
pub(super) fn check_temp_file(path: &Path, target: &Path, lang: Lang) -> Result<()> {
    let folder = folder_of(target);
    tempfile::Builder::new()
        .prefix(".sdkvet-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map(drop)
        .map_err(|e| {
            anyhow!(editing::folder_not_writable(
                lang,
                path.display(),
                folder.display(),
                e
            ))
        })
}

/// The profile's text: at most the loader's limit, UTF-8, byte-order mark included.
pub(super) fn read_text(path: &Path, target: &Path, lang: Lang) -> Result<String> {
    let bytes = read_capped(target)
        .map_err(|why| anyhow!(editing::cannot_read(lang, path.display(), why.get(lang))))?;
    String::from_utf8(bytes).map_err(|_| anyhow!(editing::not_toml(lang, path.display())))
}

/// An advisory lock on one profile, held while it is edited: an exclusive `flock` (on Windows
/// `LockFileEx`) on a lock file beside the profile, `.NAME.sdkvet-lock`. A lock file, not the
/// profile itself, because every save replaces the profile by another file. On Unix the lock
/// file is removed on release; whoever locked a removed lock file sees that and tries again.
pub(super) struct EditLock {
    file: File,
    path: PathBuf,
}

impl EditLock {
    /// Takes the lock of the profile at `target`, waiting [`BUSY_WAIT`] at most.
    pub(super) fn acquire(path: &Path, target: &Path, lang: Lang) -> Result<EditLock> {
        let lock_path = lock_path(target);
        let deadline = Instant::now() + BUSY_WAIT;
        loop {
            match EditLock::try_acquire(&lock_path) {
                Ok(Some(lock)) => return Ok(lock),
                Ok(None) if Instant::now() < deadline => std::thread::sleep(RETRY_EVERY),
                Ok(None) => bail!(editing::busy(lang, path.display())),
                Err(e) => bail!(editing::cannot_lock(lang, path.display(), e)),
            }
        }
    }

    /// The lock, or `None` while another process holds it.
    fn try_acquire(lock_path: &Path) -> io::Result<Option<EditLock>> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(lock_path)?;
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => {}
            Err(fs4::TryLockError::WouldBlock) => return Ok(None),
            Err(fs4::TryLockError::Error(e)) => return Err(e),
        }
        if !is_the_file_at(&file, lock_path) {
            // Its last holder removed it after we opened it: the lock guards nothing.
            return Ok(None);
        }
        Ok(Some(EditLock {
            file,
            path: lock_path.to_path_buf(),
        }))
    }
}

impl Drop for EditLock {
    fn drop(&mut self) {
        // Removed while still locked, so that nobody can lock it and think it is theirs.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
        let _ = fs4::FileExt::unlock(&self.file);
    }
}

/// `.NAME.sdkvet-lock` beside the profile `NAME`.
fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    folder_of(target).join(format!(".{name}.sdkvet-lock"))
}

#[cfg(unix)]
fn is_the_file_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

/// Lock files are never removed where an open file cannot be (Windows), so the one opened is
/// the one at the path.
#[cfg(not(unix))]
fn is_the_file_at(_file: &File, _path: &Path) -> bool {
    true
}
