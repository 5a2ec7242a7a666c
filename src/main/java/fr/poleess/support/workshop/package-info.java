/**
 * Collective time: information sessions (a way in), thematic workshops of 3 to 8 hours (training) and
 * the monthly petit déj' (the collective dynamic). Sessions have slots, registrations with a waiting
 * list, reminders, a sign-in sheet per slot and attendance taken per slot, sent to each participant's
 * journey. Runs {@code processes/collective-session.bpmn} and {@code processes/breakfast-planning.bpmn}.
 */
@ApplicationModule(allowedDependencies = { "access", "documents", "journey", "messaging", "pdf", "reminder", "shared", "territory" })
package fr.poleess.support.workshop;

import org.springframework.modulith.ApplicationModule;
