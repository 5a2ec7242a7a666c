/**
 * The participant's journey: who the participant is, the journey's reference (the process business
 * key), its territory, referent advisor and status, how it is opened (Tasklist start form or
 * {@code POST /api/journeys}) and how its timeline is assembled from the other modules.
 */
@ApplicationModule(allowedDependencies = { "access", "partner", "privacy", "shared", "territory" })
package fr.poleess.support.journey;

import org.springframework.modulith.ApplicationModule;
