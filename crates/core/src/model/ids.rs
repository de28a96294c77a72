//! Names for the ids the data files use, so that a function's signature says which id it takes:
//! an event's, a region's (ISO 3166-2:KZ) or an agency's. On the wire each is the plain string
//! (`#[serde(transparent)]`); in code each reads as a `str` where text is wanted. In memory the text
//! is shared (`Arc<str>`): the lists of ids a view keeps (a bar's events, a total's, the notes')
//! copy a pointer, not the text, which took a third of the time of a view of 10,000 events.

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(std::sync::Arc<str>);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(std::sync::Arc::from(id.into()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(std::sync::Arc::from(id))
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(std::sync::Arc::from(id))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0.to_string()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                *self.0 == *other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                *self.0 == **other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                *self.0 == **other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                *self == *other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                **self == *other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self.as_str() == &*other.0
            }
        }
    };
}

id_type!(
    /// An event's id: `afm-farm-300k-income`.
    EventId
);
id_type!(
    /// A region's ISO 3166-2:KZ code: `KZ-35`.
    RegionCode
);
id_type!(
    /// An agency's id: `afm`.
    AgencyId
);

/// An event's place in its snapshot's list of events (from 0): what a view keeps of the events it
/// selects, found again with [`crate::model::Snapshot::event_at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventPlace(usize);

impl EventPlace {
    pub fn new(place: usize) -> Self {
        EventPlace(place)
    }

    /// The place as a position in `Snapshot::events`.
    pub fn index(self) -> usize {
        self.0
    }
}

/// Adds `id` unless it was the last one added: an event's figures are met one after another, so
/// this keeps a list of the events behind a figure free of repeats in constant time.
pub(crate) fn push_unique(ids: &mut Vec<EventId>, id: &EventId) {
    if ids.last() != Some(id) {
        ids.push(id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_string_on_the_wire_and_in_comparisons() {
        let id: EventId = serde_json::from_str("\"talgar-2024\"").unwrap_or_default();
        assert_eq!(id, "talgar-2024");
        assert_eq!(
            serde_json::to_string(&id).ok().as_deref(),
            Some("\"talgar-2024\"")
        );
        let codes: Vec<RegionCode> =
            serde_json::from_str(r#"["KZ-35","KZ-19"]"#).unwrap_or_default();
        assert!(codes.iter().any(|c| c == "KZ-19"));
        let map: std::collections::HashMap<AgencyId, u8> = [(AgencyId::new("afm"), 1)].into();
        assert_eq!(map.get("afm"), Some(&1), "looked up by its text");
        assert!(
            serde_json::from_str::<EventId>("12").is_err(),
            "an id is text"
        );
    }
}
