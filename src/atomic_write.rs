//! Atomic file writes: a temp file beside the target, flushed and fsynced, renamed over it,
//! then the folder fsynced. Readers see the old file or the new one, never a mix. Every save of
//! LegacyLens (annotation files, exports, project settings, recovery files) goes through here.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};

/// Writes `bytes` to `target` atomically.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with_permissions(target, bytes, None)
}

/// Writes `bytes` to a new temp file next to `target`, flushes and fsyncs it, then renames it
/// over `target` (and fsyncs the folder where that is possible). The temp file is removed on
/// failure; `target` is either the old or the new content, never a mix.
pub fn write_atomic_with_permissions(
    target: &Path,
    bytes: &[u8],
    permissions: Option<fs::Permissions>,
) -> io::Result<()> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = target.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the path does not name a file")
    })?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };

    let mut attempt = 0;
    let (tmp, mut out) = loop {
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(
            ".{}.{}.tmp",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let tmp = dir.join(tmp_name);
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    };

    let result = (|| {
        out.write_all(bytes)?;
        out.flush()?;
        if let Some(p) = permissions {
            out.set_permissions(p)?;
        }
        out.sync_all()?;
        drop(out);
        fs::rename(&tmp, target)?;
        sync_dir(dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Makes a rename durable. Best effort: not every platform or file system allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
