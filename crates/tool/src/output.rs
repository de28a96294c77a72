//! Writing published files: all or nothing. Every file is first written beside its place under a
//! temporary name; only when all are written are they moved into place. A file that must be new
//! and already exists stops everything before a byte is written.

use crate::findings::Finding;
use std::path::{Path, PathBuf};

pub struct Planned {
    pub path: String,
    pub text: String,
    /// Whether the file must not exist yet (a published snapshot, CSV or change list).
    pub must_be_new: bool,
}

impl Planned {
    pub fn new_file(path: String, text: String) -> Self {
        Planned {
            path,
            text,
            must_be_new: true,
        }
    }

    pub fn replace(path: &str, text: String) -> Self {
        Planned {
            path: path.into(),
            text,
            must_be_new: false,
        }
    }
}

pub fn write_all(root: &Path, files: &[Planned]) -> Result<Vec<String>, Vec<Finding>> {
    let taken: Vec<Finding> = files
        .iter()
        .filter(|f| f.must_be_new && root.join(&f.path).exists())
        .map(|f| {
            Finding::new(
                &root.join(&f.path).to_string_lossy(),
                0,
                "is already published, and a published file is never changed; give the sources a new id in snapshot.toml",
            )
        })
        .collect();
    if !taken.is_empty() {
        return Err(taken);
    }
    let mut temporary: Vec<(PathBuf, PathBuf)> = Vec::new();
    for f in files {
        let target = root.join(&f.path);
        let temp = target.with_file_name(format!(
            ".{}.publishing",
            target
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().to_string())
        ));
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&temp, &f.text));
        if let Err(err) = written {
            for (t, _) in &temporary {
                let _ = std::fs::remove_file(t);
            }
            let _ = std::fs::remove_file(&temp);
            return Err(vec![Finding::new(
                &target.to_string_lossy(),
                0,
                format!("cannot be written ({err}); nothing was published"),
            )]);
        }
        temporary.push((temp, target));
    }
    let mut done = Vec::new();
    for (temp, target) in temporary {
        if let Err(err) = std::fs::rename(&temp, &target) {
            return Err(vec![Finding::new(
                &target.to_string_lossy(),
                0,
                format!(
                    "cannot be moved into place ({err}); these were published: {}",
                    done.join(", ")
                ),
            )]);
        }
        done.push(target.to_string_lossy().to_string());
    }
    Ok(done)
}
