//! The API's timestamps: `YYYY-MM-DD HH:MM:SS`, a civil time in UTC (reference §8.10, §11.3).
//! Every date the stand-in writes goes through [`format`].

use jiff::civil::DateTime;

/// The stand-in's clock as a civil date-time in UTC, for dates that move by days and years.
pub fn now() -> DateTime {
    jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::now())
}

/// As the API writes a date-time: `YYYY-MM-DD HH:MM:SS`.
pub fn format(at: DateTime) -> String {
    at.strftime("%Y-%m-%d %H:%M:%S").to_string()
}

/// Now, as the API writes it.
pub fn now_text() -> String {
    format(now())
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    #[test]
    fn known_dates() {
        let format = |y, m, d, h, min, s| super::format(date(y, m, d).at(h, min, s, 0));
        assert_eq!(format(1970, 1, 1, 0, 0, 0), "1970-01-01 00:00:00");
        assert_eq!(format(2014, 5, 8, 19, 4, 11), "2014-05-08 19:04:11");
        assert_eq!(format(2000, 2, 29, 0, 0, 0), "2000-02-29 00:00:00");
    }
}
