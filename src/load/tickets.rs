//! The loader of `[[trial.tickets]]` (SPEC §9): every key and value of every ticket checked,
//! each problem with its position; a ticket with a time after the end of the evaluation date
//! is left out with a warning (SPEC §3).

use crate::i18n::{trial as words, Text};
use crate::load::profile::warn_outside_vocabulary;
use crate::load::source::Reporter;
use crate::load::tree::{expected, Node, Table, Value};
use crate::model::schema::{CHANNELS, SEVERITIES};
use crate::model::trial::{Ticket, TicketTime, TICKETS_PATH, TICKET_KEYS};
use crate::util::suggest::closest;
use jiff::civil::Date;
use jiff::Timestamp;

/// Reads the value of `[trial] tickets`: an array of tables, numbered from 1.
pub fn read_tickets(reporter: &mut Reporter, node: &Node, evaluation: Option<Date>) -> Vec<Ticket> {
    let Some(array) = node.get_ref().as_array() else {
        reporter.error(node, TICKETS_PATH, expected("tickets", node.get_ref()));
        return Vec::new();
    };
    let end = evaluation.and_then(end_of_day);
    let mut tickets = Vec::new();
    for (index, element) in array.iter().enumerate() {
        let number = index + 1;
        let Some(ticket) = read_ticket(reporter, element, number) else {
            continue;
        };
        match end.filter(|end| ticket.latest().at >= *end) {
            Some(_) => warn_future(reporter, element, &ticket, evaluation),
            None => tickets.push(ticket),
        }
    }
    tickets
}

/// The end of the evaluation date: the next day's 00:00 UTC.
fn end_of_day(evaluation: Date) -> Option<Timestamp> {
    let next = evaluation.tomorrow().ok()?;
    next.to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

fn warn_future(reporter: &mut Reporter, node: &Node, ticket: &Ticket, evaluation: Option<Date>) {
    let evaluation = evaluation.map(|d| d.to_string()).unwrap_or_default();
    let latest = ticket.latest().to_string();
    let message =
        Text::new(|lang| words::ticket_after_evaluation(lang, ticket.number, &latest, &evaluation));
    reporter.warning(node, &ticket_key(ticket.number, None), message);
}

/// `trial.tickets[2].opened`: the key a message about a ticket names.
fn ticket_key(number: usize, key: Option<&str>) -> String {
    match key {
        Some(key) => format!("{TICKETS_PATH}[{number}].{key}"),
        None => format!("{TICKETS_PATH}[{number}]"),
    }
}

/// The parts of one ticket read so far.
#[derive(Default)]
struct Parts {
    severity: Option<String>,
    opened: Option<TicketTime>,
    first_response: Option<(TicketTime, usize)>,
    resolved: Option<(TicketTime, usize)>,
    channel: Option<String>,
    summary: Option<String>,
    failed: bool,
}

fn read_ticket(reporter: &mut Reporter, node: &Node, number: usize) -> Option<Ticket> {
    let Some(table) = node.get_ref().as_table() else {
        let message = expected("ticket", node.get_ref());
        reporter.error(node, &ticket_key(number, None), message);
        return None;
    };
    let mut parts = Parts::default();
    for (key, value) in table.iter() {
        let name: &str = key.get_ref();
        let path = ticket_key(number, Some(name));
        if !TICKET_KEYS.contains(&name) {
            parts.failed = true;
            let close = closest(name, TICKET_KEYS.iter().copied());
            let message = Text::new(|lang| words::unknown_ticket_key(lang, TICKET_KEYS, close));
            reporter.error_at(key.span().start, &path, message);
        } else if let Err(message) = parts.read(reporter, name, value, &path) {
            parts.failed = true;
            reporter.error(value, &path, message);
        }
    }
    parts.check(reporter, node, table, number)
}

impl Parts {
    fn read(
        &mut self,
        reporter: &mut Reporter,
        key: &str,
        node: &Node,
        path: &str,
    ) -> Result<(), Text> {
        let value = node.get_ref();
        let at = node.span().start;
        match key {
            "severity" => self.severity = Some(severity(value)?),
            "opened" => self.opened = Some(ticket_time(value)?),
            "first_response" => self.first_response = Some((ticket_time(value)?, at)),
            "resolved" => self.resolved = Some((ticket_time(value)?, at)),
            "channel" => {
                let channel = text(value)?;
                warn_outside_vocabulary(reporter, node, path, channel, CHANNELS);
                self.channel = Some(channel.to_string());
            }
            _ => self.summary = Some(text(value)?.to_string()),
        }
        Ok(())
    }

    /// The ticket, when its required keys are there and no time is before `opened`.
    fn check(
        self,
        reporter: &mut Reporter,
        node: &Node,
        table: &Table,
        number: usize,
    ) -> Option<Ticket> {
        let start = crate::load::tree::first_key_start(table).max(node.span().start);
        for (key, present) in [
            ("severity", self.severity.is_some()),
            ("opened", self.opened.is_some()),
        ] {
            if !present && !table.contains_key(key) {
                let message = Text::new(|lang| words::ticket_needs(lang, key, SEVERITIES));
                reporter.error_at(start, &ticket_key(number, Some(key)), message);
            }
        }
        let opened = self.opened?;
        let mut early = false;
        for (key, time) in [
            ("first_response", self.first_response),
            ("resolved", self.resolved),
        ] {
            if let Some((time, at)) = time.filter(|(time, _)| time.at < opened.at) {
                early = true;
                let (time, opened) = (time.to_string(), opened.to_string());
                let message = Text::new(|lang| words::before_opened(lang, &time, &opened));
                reporter.error_at(at, &ticket_key(number, Some(key)), message);
            }
        }
        if self.failed || early {
            return None;
        }
        Some(Ticket {
            number,
            severity: self.severity?,
            opened,
            first_response: self.first_response.map(|(time, _)| time),
            resolved: self.resolved.map(|(time, _)| time),
            channel: self.channel,
            summary: self.summary,
        })
    }
}

fn text<'v>(value: &'v Value) -> Result<&'v str, Text> {
    value.as_str().ok_or_else(|| expected("string", value))
}

fn severity(value: &Value) -> Result<String, Text> {
    let word = text(value)?;
    if SEVERITIES.contains(&word) {
        return Ok(word.to_string());
    }
    let close = closest(word, SEVERITIES.iter().copied());
    Err(Text::new(|lang| {
        words::not_a_severity(lang, word, SEVERITIES, close)
    }))
}

/// A TOML offset date-time, or the same as a quoted string.
fn ticket_time(value: &Value) -> Result<TicketTime, Text> {
    match value {
        Value::Datetime(datetime) if datetime.offset.is_some() && datetime.time.is_some() => {
            TicketTime::parse(&datetime.to_string())
        }
        Value::Datetime(datetime) => {
            let written = datetime.to_string();
            Err(Text::new(|lang| words::no_offset(lang, &written)))
        }
        Value::String(text) => TicketTime::parse(text),
        other => Err(expected("offset-date-time", other)),
    }
}
