//! Trial tickets in a profile's text (SPEC §9): appending a `[[trial.tickets]]` entry and
//! filling a time of ticket N, through the same [`ProfileDocument`] as every other edit.

use super::ProfileDocument;
use crate::i18n::{trial as words, TextError};
use crate::model::trial::{TicketTime, TICKET_KEYS};
use anyhow::{bail, Result};
use toml_edit::{ArrayOfTables, Item, Table, Value};

/// A ticket to append: severity and opened required, the rest optional.
#[derive(Debug, Clone, PartialEq)]
pub struct NewTicket {
    pub severity: String,
    pub opened: TicketTime,
    pub first_response: Option<TicketTime>,
    pub resolved: Option<TicketTime>,
    pub channel: Option<String>,
    pub summary: Option<String>,
}

/// A time as a TOML offset date-time.
fn datetime(time: &TicketTime) -> Result<Value> {
    let text = time.to_string();
    let parsed: toml_edit::Datetime =
        text.parse().map_err(|e: toml_edit::DatetimeParseError| {
            TextError::new(|lang| words::cannot_write_time(lang, &text, &e.to_string()))
        })?;
    Ok(Value::from(parsed))
}

impl ProfileDocument {
    /// Appends a ticket at the end of `[[trial.tickets]]`, creating the array if needed; its
    /// number is the count of tickets after it.
    pub fn add_ticket(&mut self, ticket: &NewTicket) -> Result<usize> {
        let tickets = self.tickets_mut(true)?;
        let mut table = Table::new();
        table.insert(
            "severity",
            Item::Value(Value::from(ticket.severity.as_str())),
        );
        table.insert("opened", Item::Value(datetime(&ticket.opened)?));
        let times = [
            ("first_response", &ticket.first_response),
            ("resolved", &ticket.resolved),
        ];
        for (key, time) in times {
            if let Some(time) = time {
                table.insert(key, Item::Value(datetime(time)?));
            }
        }
        let texts = [("channel", &ticket.channel), ("summary", &ticket.summary)];
        for (key, text) in texts {
            if let Some(text) = text {
                table.insert(key, Item::Value(Value::from(text.as_str())));
            }
        }
        tickets.push(table);
        Ok(tickets.len())
    }

    /// Sets `key` (`first_response` or `resolved`) of ticket `number` (1-based, file order),
    /// keeping the comment after an old value.
    pub fn set_ticket_time(&mut self, number: usize, key: &str, time: &TicketTime) -> Result<()> {
        debug_assert!(
            TICKET_KEYS.contains(&key),
            "`{key}` is not a key of a ticket"
        );
        let tickets = self.tickets_mut(false)?;
        let count = tickets.len();
        let ticket = number
            .checked_sub(1)
            .and_then(|index| tickets.get_mut(index))
            .ok_or_else(|| TextError::new(|lang| words::no_such_ticket(lang, number, count)))?;
        let mut value = datetime(time)?;
        if let Some(old) = ticket.get(key).and_then(Item::as_value) {
            *value.decor_mut() = old.decor().clone();
        }
        ticket.insert(key, Item::Value(value));
        Ok(())
    }

    /// The `opened` time of ticket `number`, as written.
    pub fn ticket_opened(&mut self, number: usize) -> Option<TicketTime> {
        let tickets = self.tickets_mut(false).ok()?;
        let opened = tickets
            .get(number.checked_sub(1)?)?
            .get("opened")?
            .as_value()?;
        let text = match opened {
            Value::Datetime(datetime) => datetime.value().to_string(),
            Value::String(text) => text.value().clone(),
            _ => return None,
        };
        TicketTime::parse(&text).ok()
    }

    /// The `[[trial.tickets]]` array; created (with an implicit `[trial]`) when `create`.
    fn tickets_mut(&mut self, create: bool) -> Result<&mut ArrayOfTables> {
        let root = self.document.as_table_mut();
        if !root.contains_key("trial") {
            if !create {
                bail!(TextError::new(words::no_tickets));
            }
            let mut trial = Table::new();
            trial.set_implicit(true);
            root.insert("trial", Item::Table(trial));
        }
        let trial = root["trial"].as_table_mut().ok_or_else(|| {
            TextError::new(|lang| words::tickets_written_otherwise(lang, "trial"))
        })?;
        if !trial.contains_key("tickets") {
            if !create {
                bail!(TextError::new(words::no_tickets));
            }
            trial.insert("tickets", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        trial["tickets"].as_array_of_tables_mut().ok_or_else(|| {
            TextError::new(|lang| words::tickets_written_otherwise(lang, "trial.tickets")).into()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> TicketTime {
        TicketTime::parse(text).unwrap()
    }

    fn ticket() -> NewTicket {
        NewTicket {
            severity: "high".into(),
            opened: time("2026-11-03T10:05:00+08:00"),
            first_response: None,
            resolved: None,
            channel: Some("ticket".into()),
            summary: Some("echo \"after\" reconnect".into()),
        }
    }

    #[test]
    fn a_ticket_is_appended_keeping_comments_and_crlf() {
        let text =
            "# vendor\r\nname = \"A\" # the name\r\n\r\n[sla] # sla\r\navailability = 99.9\r\n";
        let mut doc = ProfileDocument::parse(text).unwrap();
        assert_eq!(doc.add_ticket(&ticket()).unwrap(), 1);
        assert_eq!(doc.add_ticket(&ticket()).unwrap(), 2);
        let out = doc.render();
        assert!(
            out.starts_with("# vendor\r\nname = \"A\" # the name\r\n\r\n[sla] # sla\r\n"),
            "{out}"
        );
        assert!(out.contains("[[trial.tickets]]\r\nseverity = \"high\"\r\nopened = 2026-11-03T10:05:00+08:00\r\n"), "{out}");
        assert!(
            !out.replace("\r\n", "").contains('\n'),
            "every line ends in CRLF: {out:?}"
        );
        assert_eq!(out.matches("[[trial.tickets]]").count(), 2);
        assert!(!out.contains("[trial]\r\n"), "{out}");
    }

    #[test]
    fn a_time_of_ticket_n_is_filled_in() {
        let text = "name = \"A\"\n[[trial.tickets]]\nseverity = \"low\"\nopened = 2026-11-01T00:00:00Z\n[[trial.tickets]]\nseverity = \"high\"\nopened = 2026-11-03T10:05:00+08:00\nfirst_response = 2026-11-04T00:00:00Z # guessed\n";
        let mut doc = ProfileDocument::parse(text).unwrap();
        assert_eq!(
            doc.ticket_opened(2),
            Some(time("2026-11-03T10:05:00+08:00"))
        );
        doc.set_ticket_time(2, "first_response", &time("2026-11-03T11:20:00+08:00"))
            .unwrap();
        doc.set_ticket_time(1, "resolved", &time("2026-11-02T00:00:00Z"))
            .unwrap();
        let out = doc.render();
        assert!(
            out.contains("first_response = 2026-11-03T11:20:00+08:00 # guessed\n"),
            "{out}"
        );
        assert!(
            out.contains("opened = 2026-11-01T00:00:00Z\nresolved = 2026-11-02T00:00:00Z\n"),
            "{out}"
        );
        let err = doc
            .set_ticket_time(3, "resolved", &time("2026-11-02T00:00:00Z"))
            .unwrap_err();
        assert!(err.to_string().contains("no ticket 3"), "{err}");
    }
}
