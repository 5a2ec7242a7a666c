package fr.poleess.support.workshop;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.FormLabels;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.workshop.CollectiveSessionProcess.ProspectJourneyForm;

/**
 * After an information session, opens a journey at Accueil for each prospect who wants to go on, with
 * "came through the information session of &lt;date&gt;" recorded as how they came. The session gave only
 * name, commune and contact: the advisor adds what every journey needs (birth year, gender, situation,
 * consent) in « Ouvrir le parcours du prospect ».
 */
@Service
public class ProspectJourneys {

    private final Registrations registrations;
    private final CollectiveSessions sessions;
    private final JourneyOpening opening;

    ProspectJourneys(Registrations registrations, CollectiveSessions sessions, JourneyOpening opening) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.opening = opening;
    }

    /** What the form shows about the prospect: name, commune, contact. */
    @Transactional(readOnly = true)
    public String describe(Long registrationId) {
        SessionRegistration r = require(registrationId);
        return r.getProspectFirstName() + " " + r.getProspectLastName() + " — " + r.getProspectCommune()
                + (r.getProspectPhone() == null ? "" : " — " + r.getProspectPhone())
                + (r.getProspectEmail() == null ? "" : " — " + r.getProspectEmail());
    }

    /**
     * « Ouvrir le parcours du prospect »: opens the journey, or notes that the prospect does not go on.
     *
     * @param readViolations what could not be read from the form; they refuse an opening, not a decline
     */
    @Transactional
    public void decide(Long registrationId, OpenProspectJourney input, List<FieldViolation> readViolations) {
        if (input.decision() == null) {
            throw new InvalidInputException(ProspectJourneyForm.DECISION, decisionLabel(), "est obligatoire");
        }
        switch (input.decision()) {
            case DECLINE -> decline(registrationId);
            case OPEN -> open(registrationId, input.birthYear(), input.gender(), input.situation(), input.postalCode(),
                    input.consentGiven(), readViolations);
        }
    }

    private static String decisionLabel() {
        return FormLabels.of(OpenProspectJourney.class, ProspectJourneyForm.DECISION);
    }

    /**
     * @param details birth year, gender, situation, postal code and consent as the advisor entered them
     * @return the journey opened
     */
    @Transactional
    public Journey open(Long registrationId, Integer birthYear, Gender gender, Situation situation, String postalCode,
            Boolean consentGiven, List<FieldViolation> readViolations) {
        if (!readViolations.isEmpty()) {
            throw new InvalidInputException(readViolations);
        }
        SessionRegistration registration = require(registrationId);
        if (registration.getOpenedJourneyId() != null) {
            throw new InvalidInputException(ProspectJourneyForm.DECISION, decisionLabel(),
                    "un parcours est déjà ouvert pour cette personne");
        }
        CollectiveSession session = sessions.require(registration.getSessionId());
        Journey journey = opening.open(NewParticipant.builder()
                .firstName(registration.getProspectFirstName()).lastName(registration.getProspectLastName())
                .email(registration.getProspectEmail()).phone(registration.getProspectPhone())
                .postalCode(postalCode).commune(registration.getProspectCommune())
                .birthYear(birthYear).gender(gender).situation(situation).mobilityConstraints(List.of())
                .cameThrough(CameThrough.INFORMATION_SESSION).informationSessionDate(session.startsAt().toLocalDate())
                .consentGiven(consentGiven).build());
        registration.journeyOpened(journey.getId());
        return journey;
    }

    /** The prospect finally does not go on. */
    @Transactional
    public void decline(Long registrationId) {
        require(registrationId).wantsToContinue(false);
    }

    private SessionRegistration require(Long registrationId) {
        return registrations.findById(registrationId).filter(SessionRegistration::isProspect)
                .orElseThrow(() -> new IllegalStateException("No prospect registration " + registrationId));
    }
}
