//! Dates at the precision a text gives: a year, a month or a day.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date cut to the precision known: `1998`, `1998-09` or `2016-05-21`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {:?}",
            self.0
        )
    }
}
impl std::error::Error for DateError {}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }
    pub fn month(year: i32, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }
    pub fn day(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and the date part of an ISO
    /// timestamp (`2019-06-03T08:00:00Z`).
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let err = || DateError(s.to_string());
        let s = s.trim();
        let date = s.split(['T', ' ']).next().unwrap_or("");
        let mut parts = date.split('-');
        let y = parts.next().ok_or_else(err)?;
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let year: i32 = y.parse().map_err(|_| err())?;
        let num = |p: Option<&str>, max: u8| -> Result<Option<u8>, DateError> {
            match p {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    let v: u8 = p.parse().map_err(|_| err())?;
                    if v == 0 || v > max {
                        Err(err())
                    } else {
                        Ok(Some(v))
                    }
                }
                _ => Err(err()),
            }
        };
        let month = num(parts.next(), 12)?;
        let day = num(parts.next(), 31)?;
        if parts.next().is_some() || (day.is_some() && month.is_none()) {
            return Err(err());
        }
        if let (Some(m), Some(d)) = (month, day) {
            if d > days_in_month(year, m) {
                return Err(err());
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// The same date with no more than month precision.
    pub fn to_month(self) -> Self {
        PartialDate { day: None, ..self }
    }

    /// Adds (or subtracts) whole months, keeping the precision.
    pub fn add_months(self, n: i32) -> Self {
        let m0 = self.month.unwrap_or(1) as i32 - 1 + n;
        let year = self.year + m0.div_euclid(12);
        let month = (m0.rem_euclid(12) + 1) as u8;
        PartialDate {
            year,
            month: self.month.map(|_| month),
            day: self.day.map(|d| d.min(days_in_month(year, month))),
        }
    }

    /// Adds whole days to a day-precision date (other precisions unchanged).
    pub fn add_days(self, n: i32) -> Self {
        let (Some(m), Some(d)) = (self.month, self.day) else {
            return self;
        };
        let (mut y, mut m, mut d) = (self.year, m as i32, d as i32 + n);
        loop {
            if d < 1 {
                m -= 1;
                if m < 1 {
                    m = 12;
                    y -= 1;
                }
                d += days_in_month(y, m as u8) as i32;
            } else if d > days_in_month(y, m as u8) as i32 {
                d -= days_in_month(y, m as u8) as i32;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            } else {
                break;
            }
        }
        PartialDate::day(y, m as u8, d as u8)
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("1998").unwrap(), PartialDate::year(1998));
        assert_eq!(
            PartialDate::parse("1998-09").unwrap(),
            PartialDate::month(1998, 9)
        );
        assert_eq!(
            PartialDate::parse("2019-06-03T08:00:00Z").unwrap(),
            PartialDate::day(2019, 6, 3)
        );
        for bad in [
            "",
            "98",
            "1998-13",
            "1998-02-30",
            "1998-9",
            "x998",
            "1998-01-01-01",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn arithmetic() {
        assert_eq!(
            PartialDate::month(2015, 7).add_months(5),
            PartialDate::month(2015, 12)
        );
        assert_eq!(
            PartialDate::month(2017, 1).add_months(-3),
            PartialDate::month(2016, 10)
        );
        assert_eq!(
            PartialDate::day(2016, 3, 1).add_days(-1),
            PartialDate::day(2016, 2, 29)
        );
        assert_eq!(
            PartialDate::day(2016, 12, 31).add_days(1),
            PartialDate::day(2017, 1, 1)
        );
        assert_eq!(PartialDate::year(2016).add_days(3), PartialDate::year(2016));
    }

    proptest! {
        #[test]
        fn display_parse_round_trip(y in 1000i32..3000, m in 1u8..=12, d in 1u8..=28, p in 0u8..3) {
            let date = match p { 0 => PartialDate::year(y), 1 => PartialDate::month(y, m), _ => PartialDate::day(y, m, d) };
            prop_assert_eq!(PartialDate::parse(&date.to_string()).unwrap(), date);
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,16}") {
            let _ = PartialDate::parse(&s);
        }

        #[test]
        fn add_days_inverse(y in 1900i32..2100, m in 1u8..=12, d in 1u8..=28, n in -400i32..400) {
            let date = PartialDate::day(y, m, d);
            prop_assert_eq!(date.add_days(n).add_days(-n), date);
        }
    }
}
