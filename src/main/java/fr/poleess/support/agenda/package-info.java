/**
 * The advisor's agenda, for advisors who take the road: the printable day sheet
 * ({@code GET /api/advisors/me/day-sheet.pdf}: appointments with person, phone, mode and place, the next
 * steps written last time, the collective sessions they facilitate with who is registered) and a private
 * iCalendar feed ({@code /api/calendar/{token}.ics}, a revocable secret token stored hashed) that Outlook,
 * Thunderbird and phones subscribe to, with initials and commune only; the page « Mon agenda »
 * ({@code /mon-agenda}, linked from Tasklist) where an advisor creates, sees once and revokes it, and
 * where administrators handle everyone's ({@code /mon-agenda/conseillers}). Reads appointments, journeys,
 * collective sessions and territories; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "access", "appointment", "journey", "pdf", "privacy", "shared", "territory", "workshop" })
package fr.poleess.support.agenda;

import org.springframework.modulith.ApplicationModule;
