package fr.poleess.support.messaging;

/**
 * An iCalendar attachment (RFC 5545 / iTIP) sent with an e-mail: calendar applications offer to add,
 * update (same UID, higher SEQUENCE) or remove (METHOD:CANCEL) the event.
 *
 * @param method {@code REQUEST} or {@code CANCEL}, as in the calendar's METHOD
 * @param ics the whole VCALENDAR text
 */
public record CalendarInvitation(String method, String ics) {
}
