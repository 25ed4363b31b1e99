//! Trial tickets against promises (SPEC §9): each ticket's promise (the profile's
//! `support.first_response.<severity>`), its deadline on the vendor's business calendar, and
//! its verdict relative to the evaluation date; the vendor's summary. Pure: the evaluation
//! date is an argument.

use crate::model::calendar::SupportHours;
use crate::model::duration::{Duration, Unit};
use crate::model::fact::Fact;
use crate::model::profile::Profile;
use crate::model::schema::SEVERITIES;
pub use crate::model::trial::{Deadline, Ticket, TicketResult, TrialSummary, Verdict};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

/// The promise for a severity: `support.first_response.<severity>`.
fn promise<'p>(profile: &'p Profile, severity: &str) -> Option<&'p Duration> {
    match profile.fact(&format!("support.first_response.{severity}")) {
        Some(Fact::Duration(duration)) => Some(duration),
        _ => None,
    }
}

/// The deadline of `promise` for a ticket opened at `opened` (SPEC §9): wall-clock time is
/// added; business time is counted on `hours` when given, else converted to expected minutes.
pub fn deadline(
    promise: &Duration,
    opened: Timestamp,
    hours: Option<&SupportHours>,
    week_hours: f64,
) -> Deadline {
    let reach = |at: Option<Timestamp>| at.map_or(Deadline::OutOfReach, Deadline::At);
    match (hours, promise.unit) {
        (Some(hours), Unit::BusinessHours) => reach(hours.deadline(opened, promise.amount * 60.0)),
        (Some(hours), Unit::BusinessDays) => {
            reach(hours.deadline(opened, promise.amount * hours.day_minutes()))
        }
        _ => {
            let minutes = promise.minutes(week_hours);
            let span = SignedDuration::try_from_secs_f64(minutes * 60.0).ok();
            reach(span.and_then(|span| opened.checked_add(span).ok()))
        }
    }
}

/// The start of the evaluation date: 00:00 UTC.
pub fn start_of(evaluation: Date) -> Timestamp {
    evaluation
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_or(Timestamp::MAX, |zoned| zoned.timestamp())
}

/// The verdict of a ticket with a deadline, on the evaluation date.
fn verdict(ticket: &Ticket, deadline: Option<Deadline>, evaluation: Date) -> Verdict {
    let Some(deadline) = deadline else {
        return Verdict::NoPromise;
    };
    match (ticket.first_response, deadline) {
        (Some(response), Deadline::At(due)) if response.at > due => Verdict::Broken,
        (Some(_), _) => Verdict::Kept,
        (None, Deadline::At(due)) if due < start_of(evaluation) => Verdict::Broken,
        (None, _) => Verdict::Open,
    }
}

/// Every ticket of a profile, in file order, judged on the evaluation date.
pub fn assess_tickets(profile: &Profile, evaluation: Date) -> Vec<TicketResult<'_>> {
    if profile.tickets.is_empty() {
        return Vec::new();
    }
    let hours = profile.support_hours();
    let week = profile.business_hours_per_week();
    profile
        .tickets
        .iter()
        .map(|ticket| {
            let promise = promise(profile, &ticket.severity);
            let deadline = promise.map(|p| deadline(p, ticket.opened.at, hours.as_ref(), week));
            TicketResult {
                ticket,
                promise: promise.map(|p| (p, p.minutes(week))),
                deadline,
                observed: ticket.observed_minutes(),
                verdict: verdict(ticket, deadline, evaluation),
            }
        })
        .collect()
}

/// Summarises judged tickets.
pub fn summarise(results: &[TicketResult]) -> TrialSummary {
    let count = |verdict: Verdict| results.iter().filter(|r| r.verdict == verdict).count();
    TrialSummary {
        tickets: results.len(),
        kept: count(Verdict::Kept),
        broken: count(Verdict::Broken),
        open: count(Verdict::Open),
        no_promise: count(Verdict::NoPromise),
        median: std::array::from_fn(|place| observed_median(results, SEVERITIES[place])),
    }
}

/// The median observed first response of the tickets of `severity` that have one.
pub fn observed_median(results: &[TicketResult], severity: &str) -> Option<f64> {
    let mut minutes: Vec<f64> = results
        .iter()
        .filter(|r| r.ticket.severity == severity)
        .filter_map(|r| r.observed)
        .collect();
    median(&mut minutes)
}

/// The median (for an even count, the mean of the two middle values); `None` when empty.
pub fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[middle]),
        _ => Some((values[middle - 1] + values[middle]) / 2.0),
    }
}

/// One vendor's tickets, judged, with its summary.
#[derive(Debug, Clone)]
pub struct VendorTrial<'p> {
    pub profile: &'p Profile,
    pub results: Vec<TicketResult<'p>>,
    pub summary: TrialSummary,
}

/// Every vendor's tickets judged on the evaluation date, vendors in the order given.
pub fn trial_report(profiles: &[Profile], evaluation: Date) -> Vec<VendorTrial<'_>> {
    profiles
        .iter()
        .map(|profile| {
            let results = assess_tickets(profile, evaluation);
            let summary = summarise(&results);
            VendorTrial {
                profile,
                results,
                summary,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
