/**
 * Accueil: the first interview with a participant, what the project is, what they need, and the
 * decision that follows (go on to an agreement, redirect elsewhere, or not now). The advisor who
 * holds it becomes the journey's referent.
 */
@ApplicationModule(allowedDependencies = { "closure", "journey", "shared" })
package fr.poleess.support.reception;

import org.springframework.modulith.ApplicationModule;
