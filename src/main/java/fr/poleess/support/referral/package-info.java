/**
 * Referrals (mises en lien) to professionals of the partner directory, and feedback to the referring
 * partner who sent the participant. The appointment form recommends partners
 * ({@code processes/referral-recommendations.dmn}); each referral decided there runs
 * {@code processes/referral.bpmn}: introduction to the partner (with consent), message to the
 * participant, follow-up by the referent, one chase, then closed. A referring partner of the
 * directory is told, with the participant's consent, when the journey is received, when the
 * agreement is signed and when it closes.
 */
@ApplicationModule(allowedDependencies = { "access", "agreement", "closure", "documents", "journey", "messaging", "partner", "privacy", "reception", "shared", "territory" })
package fr.poleess.support.referral;

import org.springframework.modulith.ApplicationModule;
