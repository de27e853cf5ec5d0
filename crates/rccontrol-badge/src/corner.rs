//! The screen corner the badge sits in, and where that puts it.

use std::fmt;
use std::str::FromStr;

/// Distance in logical pixels between the badge and the edges of the work area.
pub const MARGIN: i32 = 16;

/// The screen corner the badge sits in (of the work area: panels excluded).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Corner {
    /// Top left.
    TopLeft,
    /// Top right.
    TopRight,
    /// Bottom left.
    BottomLeft,
    /// Bottom right (the default).
    #[default]
    BottomRight,
}

/// A string that names no corner.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown corner {0:?}: expected one of top-left, top-right, bottom-left, bottom-right")]
pub struct UnknownCorner(pub String);

impl Corner {
    /// All corners, in the order of their names in [`UnknownCorner`].
    pub const ALL: [Corner; 4] = [
        Corner::TopLeft,
        Corner::TopRight,
        Corner::BottomLeft,
        Corner::BottomRight,
    ];

    /// The kebab-case name, as in settings and serde: `"top-left"`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            Corner::TopLeft => "top-left",
            Corner::TopRight => "top-right",
            Corner::BottomLeft => "bottom-left",
            Corner::BottomRight => "bottom-right",
        }
    }

    /// Whether the corner is on the left edge.
    pub fn is_left(self) -> bool {
        matches!(self, Corner::TopLeft | Corner::BottomLeft)
    }

    /// Whether the corner is on the top edge.
    pub fn is_top(self) -> bool {
        matches!(self, Corner::TopLeft | Corner::TopRight)
    }

    /// Top-left position of a `width` × `height` box placed in this corner of
    /// `area` (x, y, width, height), `margin` away from both edges.
    pub fn position(
        self,
        area: (i32, i32, i32, i32),
        width: i32,
        height: i32,
        margin: i32,
    ) -> (i32, i32) {
        let (ax, ay, aw, ah) = area;
        let x = if self.is_left() {
            ax + margin
        } else {
            ax + aw - margin - width
        };
        let y = if self.is_top() {
            ay + margin
        } else {
            ay + ah - margin - height
        };
        (x, y)
    }
}

impl fmt::Display for Corner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Corner {
    type Err = UnknownCorner;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Corner::ALL
            .into_iter()
            .find(|c| c.as_str() == s.trim())
            .ok_or_else(|| UnknownCorner(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_from_str_and_serde() {
        for c in Corner::ALL {
            assert_eq!(c.as_str().parse::<Corner>(), Ok(c));
            assert_eq!(c.to_string(), c.as_str());
            let json = serde_json::to_string(&c).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
            assert_eq!(serde_json::from_str::<Corner>(&json).ok(), Some(c));
        }
        assert_eq!(Corner::default(), Corner::BottomRight);
    }

    #[test]
    fn unknown_names_list_the_allowed_ones() {
        let err = "middle"
            .parse::<Corner>()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("\"middle\""), "{err}");
        for c in Corner::ALL {
            assert!(err.contains(c.as_str()), "{err}");
        }
        assert!("TopLeft".parse::<Corner>().is_err());
    }

    #[test]
    fn positions_keep_the_margin_inside_the_work_area() {
        let area = (0, 32, 1280, 768);
        assert_eq!(Corner::TopLeft.position(area, 200, 40, 16), (16, 48));
        assert_eq!(Corner::TopRight.position(area, 200, 40, 16), (1064, 48));
        assert_eq!(Corner::BottomLeft.position(area, 200, 40, 16), (16, 744));
        assert_eq!(Corner::BottomRight.position(area, 200, 40, 16), (1064, 744));
    }
}
