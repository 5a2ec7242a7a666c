package fr.poleess.support.documents;

import java.util.List;

/**
 * A part of the end-of-journey summary that another module knows: the collective sessions attended,
 * the referrals made. The documents module prints every part without depending on the modules that
 * own them: they depend on it, as they do on {@code journey.JourneySection} for the timeline. Parts
 * are printed in their {@code @Order}, after the individual appointments and before the outcome.
 *
 * <p>The summary is written when the closure's transaction is about to commit, after every module has
 * reacted to {@code JourneyClosed}: a part reads its module's data as the closure left it (referrals
 * still open are cancelled by then).
 */
public interface JourneySummarySection {

    /** The part's heading, in French (« Mises en lien avec des partenaires »). */
    String heading();

    /** What the part says when the journey has no line in it (« Aucune mise en lien enregistrée. »). */
    String whenEmpty();

    /** One French line per item, in the order to print them; empty when none. */
    List<String> lines(Long journeyId);
}
