//! Regions over time: the 2022-06-08 reform split Abai from East Kazakhstan, Jetisu from Almaty
//! region and Ulytau from Karaganda. An event keeps the region as it was at the event's date.

use super::snapshot::Region;
use chrono::NaiveDate;

/// What a boundary change means for one region's figures.
#[derive(Debug, Clone, PartialEq)]
pub enum BoundaryChange<'a> {
    /// `region` was created on `date` from `from`; earlier events are filed under `from`.
    CreatedFrom {
        region: &'a Region,
        from: &'a Region,
        date: NaiveDate,
    },
    /// `region` gave territory to `to` on `date`; its earlier events may lie in today's `to`.
    GavePartTo {
        region: &'a Region,
        to: &'a Region,
        date: NaiveDate,
    },
}

/// The boundary changes that touch a region, by the regions' `valid_from` and `parts_from`.
pub fn boundary_changes<'a>(regions: &'a [Region], code: &str) -> Vec<BoundaryChange<'a>> {
    let mut out = Vec::new();
    let Some(region) = regions.iter().find(|r| r.code == code) else {
        return out;
    };
    if let Some(date) = region.valid_from {
        for parent in &region.parts_from {
            if let Some(from) = regions.iter().find(|r| &r.code == parent) {
                out.push(BoundaryChange::CreatedFrom { region, from, date });
            }
        }
    }
    for child in regions
        .iter()
        .filter(|r| r.parts_from.iter().any(|p| p == code))
    {
        if let Some(date) = child.valid_from {
            out.push(BoundaryChange::GavePartTo {
                region,
                to: child,
                date,
            });
        }
    }
    out
}

/// Regions that exist today, in the order of the snapshot.
pub fn current_regions(regions: &[Region], today: NaiveDate) -> impl Iterator<Item = &Region> {
    regions
        .iter()
        .filter(move |r| r.valid_to.is_none_or(|to| to >= today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dates::parse_day;
    use crate::model::snapshot::{Names, RegionKind};

    fn region(code: &str, en: &str, from: Option<&str>, parts: &[&str]) -> Region {
        Region {
            code: code.into(),
            names: Names {
                kk: en.into(),
                ru: en.into(),
                en: en.into(),
            },
            kind: RegionKind::Region,
            valid_from: from.and_then(parse_day),
            valid_to: None,
            parts_from: parts.iter().map(|p| (*p).into()).collect(),
            former_names: vec![],
            also_seen: vec![],
        }
    }

    #[test]
    fn abai_was_made_from_east_kazakhstan_on_2022_06_08() {
        let regions = vec![
            region("KZ-63", "East Kazakhstan", None, &[]),
            region("KZ-10", "Abai", Some("2022-06-08"), &["KZ-63"]),
            region("KZ-35", "Karaganda", None, &[]),
        ];
        match boundary_changes(&regions, "KZ-10").as_slice() {
            [BoundaryChange::CreatedFrom { from, date, .. }] => {
                assert_eq!(from.code, "KZ-63");
                assert_eq!(date.to_string(), "2022-06-08");
            }
            other => panic!("{other:?}"),
        }
        match boundary_changes(&regions, "KZ-63").as_slice() {
            [BoundaryChange::GavePartTo { to, .. }] => assert_eq!(to.code, "KZ-10"),
            other => panic!("{other:?}"),
        }
        assert!(boundary_changes(&regions, "KZ-35").is_empty());
        assert!(boundary_changes(&regions, "KZ-99").is_empty());
    }
}
