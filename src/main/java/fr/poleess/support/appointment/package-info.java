/**
 * Individual appointments of the individualised path: when, how (on site, outreach desk, phone,
 * video, home visit), what was done since last time, advice given, next steps and next date.
 */
@ApplicationModule(allowedDependencies = { "agreement", "journey", "shared" })
package fr.poleess.support.appointment;

import org.springframework.modulith.ApplicationModule;
