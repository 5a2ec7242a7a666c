/**
 * Reminders that go out on their own: engine timers (never a scheduler of our own) whose delays are
 * set in {@code application.yaml} and read by the BPMN through the {@code reminderSettings} bean.
 * For now: the appointment reminder ({@code processes/appointment-reminder.bpmn}).
 */
package fr.poleess.support.reminder;
