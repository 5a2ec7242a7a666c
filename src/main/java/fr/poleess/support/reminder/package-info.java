/**
 * Reminders that go out on their own: engine timers (never a scheduler of our own) whose delays are
 * set in {@code application.yaml} and read by the BPMN through the {@code reminderSettings} bean.
 * The appointment reminder ({@code processes/appointment-reminder.bpmn}) and the inactivity chase of
 * {@code processes/participant-journey.bpmn} ({@link fr.poleess.support.reminder.InactivityChases}).
 */
@ApplicationModule(allowedDependencies = { "appointment", "journey", "messaging", "shared", "territory" })
package fr.poleess.support.reminder;

import org.springframework.modulith.ApplicationModule;
