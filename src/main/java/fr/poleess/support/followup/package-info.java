/**
 * Suivi post-création: once a journey closes with an activity created, the referent calls the
 * participant 6, 12 and 36 months after the creation date ({@code processes/post-creation-follow-up.bpmn},
 * delays in {@code support.reminders.post-creation-follow-ups}), records whether the activity still
 * runs, its jobs and revenue band, and takes the participant back into support when they ask.
 * Three-year survival is the indicator funders read.
 */
@ApplicationModule(allowedDependencies = { "closure", "journey", "messaging", "reminder", "shared", "territory" })
package fr.poleess.support.followup;

import org.springframework.modulith.ApplicationModule;
