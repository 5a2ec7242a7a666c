/**
 * Contractualisation: the support agreement (3 to 24 months, objectives, planned collective
 * activities), its signature, and the amendments that extend it, never beyond 24 months in all.
 * The agreement's planned end drives the journey's end-of-agreement timer.
 */
@ApplicationModule(allowedDependencies = { "journey", "messaging", "shared" })
package fr.poleess.support.agreement;

import org.springframework.modulith.ApplicationModule;
