package fr.poleess.support.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.agreement.AgreementSigned;
import fr.poleess.support.closure.JourneyClosed;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.Consents;
import fr.poleess.support.reception.ReceptionHeld;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.shared.FrenchFormat;

/**
 * Tells the referring partner who sent a participant what became of them, at three milestones:
 * received, agreement signed, journey closed with its outcome. Only for a referring partner of the
 * directory with a contact address, and only if the participant agreed when the journey was opened.
 * The message names the participant by first name and initial and the journey reference, nothing
 * more: no notes, no situation, no project details. Each message is written in the transaction of
 * the step that caused it, so a step rolled back sends nothing.
 */
@Service
public class ReferrerFeedback {


    /** The moments a referring partner hears about. */
    public enum Milestone {
        RECEIVED, AGREEMENT_SIGNED, CLOSED
    }

    private final Journeys journeys;
    private final Partners partners;
    private final Territories territories;
    private final Messages messages;
    private final Consents consents;

    ReferrerFeedback(Journeys journeys, Partners partners, Territories territories, Messages messages,
            Consents consents) {
        this.consents = consents;
        this.journeys = journeys;
        this.partners = partners;
        this.territories = territories;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReceptionHeld held) {
        String date = FrenchFormat.date(held.heldOn());
        switch (held.decision()) {
            case AGREEMENT -> tell(held.journeyId(), Milestone.RECEIVED, "accueil réalisé",
                    "nous l'avons reçu·e le " + date + " et lui proposons un accompagnement.");
            case REDIRECTED -> tell(held.journeyId(), Milestone.CLOSED, "accueil réalisé, réorientation",
                    "nous l'avons reçu·e le " + date + " ; son projet relève plutôt d'une autre structure,"
                            + " vers laquelle nous l'avons réorienté·e.");
            case POSTPONED -> tell(held.journeyId(), Milestone.CLOSED, "accueil réalisé, projet reporté",
                    "nous l'avons reçu·e le " + date + " ; son projet est reporté pour le moment.");
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AgreementSigned signed) {
        tell(signed.journeyId(), Milestone.AGREEMENT_SIGNED, "contrat d'accompagnement signé",
                "son contrat d'accompagnement a été signé le " + FrenchFormat.date(signed.signedOn()) + ".");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(JourneyClosed closed) {
        LocalDate on = journeys.require(closed.journeyId()).getClosedOn();
        tell(closed.journeyId(), Milestone.CLOSED, "fin de parcours",
                "son parcours s'est terminé" + (on == null ? "" : " le " + FrenchFormat.date(on)) + " : "
                        + closed.kind().label() + ".");
    }

    private void tell(Long journeyId, Milestone milestone, String title, String text) {
        Journey journey = journeys.require(journeyId);
        Participant participant = journey.getParticipant();
        Optional<Partner> referrer = Optional.ofNullable(participant.getReferringPartnerId()).flatMap(partners::findById);
        // The consent may have been withdrawn since the journey was opened: from then on, nothing more is said.
        if (!participant.isReferrerFeedbackConsent() || !consents.allows(journeyId, ConsentPurpose.REFERRER_FEEDBACK, null)
                || referrer.isEmpty() || referrer.get().getContactEmail() == null) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("participantName", participant.firstNameAndInitial());
        model.put("reference", journey.getReference());
        model.put("territoryName", territories.findById(journey.getTerritoryCode()).map(Territory::getName)
                .orElse(journey.getTerritoryCode()));
        model.put("milestone", milestone.name());
        model.put("milestoneTitle", title);
        model.put("milestoneText", text);
        messages.toAddress(referrer.get().getContactEmail(), journeyId, journey.getReference(),
                MessageKind.REFERRER_FEEDBACK, model);
    }
}
