//! Raw documents, content-addressed by blake3, in a directory beside the database. The store
//! works through a `cap-std` directory handle, so no path it is given can reach outside it.
//!
//! A document is first *staged*: copied into a temporary file while it is hashed, so the bytes
//! the parser reads are exactly the bytes the id names, even if the source file changes.
//! [`Staged::keep`] moves it to `ab/abcdef…` (durably) once its SBOM is accepted; a staged
//! blob that is dropped instead is deleted, so rejected documents leave nothing behind.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use cap_std::ambient_authority;
use cap_std::fs::{Dir, File};

/// The blob directory of one database.
pub struct Blobs {
    dir: Dir,
    path: PathBuf,
    next_tmp: AtomicU64,
}

/// A document copied into the store under a temporary name, with its blake3 id.
pub struct Staged {
    dir: Dir,
    tmp: String,
    /// blake3 hex of the document.
    pub id: String,
    /// Size in bytes.
    pub size: u64,
    kept: bool,
}

const TMP_PREFIX: &str = "tmp-";

impl Blobs {
    /// Opens (creating if needed) the blob directory at `path`, clearing temporary files a
    /// crashed process left behind.
    pub fn open(path: &Path) -> io::Result<Self> {
        std::fs::create_dir_all(path)?;
        let dir = Dir::open_ambient_dir(path, ambient_authority())?;
        for entry in dir.entries()? {
            let entry = entry?;
            if let Some(name) = entry.file_name().to_str()
                && name.starts_with(TMP_PREFIX)
            {
                let _ = dir.remove_file(name);
            }
        }
        Ok(Blobs {
            dir,
            path: path.to_path_buf(),
            next_tmp: AtomicU64::new(0),
        })
    }

    /// Where the blobs live.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Copies `source` into a temporary file, hashing it on the way.
    pub fn stage(&self, mut source: impl Read) -> io::Result<Staged> {
        let n = self.next_tmp.fetch_add(1, Ordering::Relaxed);
        let tmp = format!("{TMP_PREFIX}{}-{n}", std::process::id());
        let mut staged = Staged {
            dir: self.dir.try_clone()?,
            tmp,
            id: String::new(),
            size: 0,
            kept: false,
        };
        let mut file = self.dir.create(&staged.tmp)?;
        let mut hasher = blake3::Hasher::new();
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = match source.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            hasher.update(&buf[..n]);
            file.write_all(&buf[..n])?;
            staged.size += n as u64;
        }
        file.sync_data()?;
        staged.id = hasher.finalize().to_hex().to_string();
        Ok(staged)
    }

    /// Opens a stored blob by id.
    pub fn open_blob(&self, id: &str) -> io::Result<File> {
        self.dir.open(blob_path(id)?)
    }
}

impl Staged {
    /// Opens the staged copy for reading.
    pub fn reader(&self) -> io::Result<std::fs::File> {
        Ok(self.dir.open(&self.tmp)?.into_std())
    }

    /// Moves the staged copy to its content address and syncs the directory, so the blob
    /// survives a crash. Keeping a blob that is already stored just drops the copy.
    pub fn keep(mut self) -> io::Result<()> {
        let path = blob_path(&self.id)?;
        let shard = &path[..2];
        self.dir.create_dir_all(shard)?;
        if self.dir.exists(&path) {
            return Ok(()); // `drop` removes the temporary copy
        }
        self.dir.rename(&self.tmp, &self.dir, &path)?;
        self.kept = true;
        self.dir.open(shard)?.sync_all()?;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.kept {
            let _ = self.dir.remove_file(&self.tmp);
        }
    }
}

/// `ab/abcdef…` for a blake3 hex id; anything else is refused.
fn blob_path(id: &str) -> io::Result<String> {
    if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("not a blob id: {id:?}"),
        ));
    }
    Ok(format!("{}/{id}", &id[..2]))
}
