/**
 * Demo data for the default run: a few journeys at different stages in each territory, driven
 * through the real process and services exactly as advisors would, so that a newcomer logging into
 * Tasklist or Cockpit sees living journeys. Off in the {@code postgres} profile.
 */
@ApplicationModule(allowedDependencies = { "journey", "partner", "referral", "territory", "workshop" })
package fr.poleess.support.demo;

import org.springframework.modulith.ApplicationModule;
