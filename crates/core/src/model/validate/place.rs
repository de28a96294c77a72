//! Where in the data a problem lies: which record, and which field of it. The reader sees the
//! record's name; the editors' tool turns the whole place into a file and a line.

use std::fmt;

/// A record of a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Record {
    /// The snapshot's own fields (id, publication date, changelog).
    Snapshot,
    Region(String),
    Agency(String),
    Source(String),
    /// An exchange rate, by its place in the list (from 0).
    Rate(usize),
    Event(String),
    Statistic(String),
}

/// One step into a record: a field name or a place in a list (from 0).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Key(&'static str),
    Index(usize),
}

/// A record and the field inside it (empty: the record as a whole).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub record: Record,
    pub field: Vec<Step>,
}

impl Place {
    pub fn of(record: Record) -> Self {
        Place {
            record,
            field: Vec::new(),
        }
    }

    /// The same record, one field deeper.
    pub fn key(&self, key: &'static str) -> Self {
        self.then(Step::Key(key))
    }

    pub fn index(&self, index: usize) -> Self {
        self.then(Step::Index(index))
    }

    fn then(&self, step: Step) -> Self {
        let mut field = self.field.clone();
        field.push(step);
        Place {
            record: self.record.clone(),
            field,
        }
    }

    /// The event this place is in, if it is in one.
    pub fn event(&self) -> Option<&str> {
        match &self.record {
            Record::Event(id) => Some(id),
            _ => None,
        }
    }
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Record::Snapshot => f.write_str("the snapshot"),
            Record::Region(code) => write!(f, "region \"{code}\""),
            Record::Agency(id) => write!(f, "agency \"{id}\""),
            Record::Source(id) => write!(f, "source \"{id}\""),
            Record::Rate(n) => write!(f, "exchange rate {}", n + 1),
            Record::Event(id) => write!(f, "event \"{id}\""),
            Record::Statistic(id) => write!(f, "statistic \"{id}\""),
        }
    }
}
