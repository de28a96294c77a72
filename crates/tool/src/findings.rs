//! What the tool reports: a problem at a file and line, printed `FILE:LINE: message`.

use std::fmt;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub file: String,
    /// 1-based; 0 when the problem is with the file as a whole.
    pub line: usize,
    pub message: String,
}

impl Finding {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        Finding {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }

    /// The same finding with its file named from `root` (as the editor typed the path).
    pub fn under(mut self, root: &Path) -> Self {
        self.file = root.join(&self.file).to_string_lossy().to_string();
        self
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}
