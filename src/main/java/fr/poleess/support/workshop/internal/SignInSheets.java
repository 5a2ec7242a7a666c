package fr.poleess.support.workshop.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.access.AdvisorNames;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.SessionRegistration;
import fr.poleess.support.workshop.SessionSlot;
import fr.poleess.support.workshop.SessionWording;
import fr.poleess.support.workshop.WorkshopSettings;

/** The sign-in sheet of a slot: everyone holding a seat, by surname, then blank lines for walk-ins. */
@Service
class SignInSheets {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    private final Registrations registrations;
    private final Journeys journeys;
    private final Territories territories;
    private final SessionWording wording;
    private final WorkshopSettings settings;
    private final AdvisorNames advisorNames;

    SignInSheets(Registrations registrations, Journeys journeys, Territories territories, SessionWording wording,
            WorkshopSettings settings, AdvisorNames advisorNames) {
        this.registrations = registrations;
        this.journeys = journeys;
        this.territories = territories;
        this.wording = wording;
        this.settings = settings;
        this.advisorNames = advisorNames;
    }

    @Transactional(readOnly = true)
    public byte[] render(CollectiveSession session, SessionSlot slot) {
        List<Surnamed> people = new ArrayList<>();
        for (SessionRegistration r : registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(session.getId())) {
            if (r.getStatus() != RegistrationStatus.REGISTERED) {
                continue;
            }
            if (r.isProspect()) {
                people.add(new Surnamed(r.getProspectLastName(), r.getProspectFirstName(), r.getProspectCommune()));
            } else {
                Participant p = journeys.require(r.getJourneyId()).getParticipant();
                people.add(new Surnamed(p.getLastName(), p.getFirstName(), p.getCommuneName()));
            }
        }
        people.sort(Comparator.comparing(Surnamed::lastName, FRENCH).thenComparing(Surnamed::firstName, FRENCH));
        int index = session.getSlots().indexOf(slot) + 1;
        int count = session.getSlots().size();
        WorkshopSettings.SignInSheet sheet = settings.signInSheet();
        return SignInSheetPdf.render(new SignInSheetPdf.Sheet(sheet.organisation(), sheet.organisationDetails(),
                session.getKind().label(), session.getTitle(), session.getTheme(),
                SessionWording.date(slot.getStartsAt()), SessionWording.times(slot),
                count > 1 ? "créneau " + index + " sur " + count : null, wording.place(session),
                SessionWording.facilitators(session, advisorNames::of),
                territories.findById(session.getTerritoryCode()).map(Territory::getName).orElse(session.getTerritoryCode()),
                people.stream().map(p -> new SignInSheetPdf.Person(p.lastName().toUpperCase(Locale.FRENCH) + " "
                        + p.firstName(), p.commune())).toList(),
                sheet.spareLines(), sheet.footerText(), sheet.footerLogos()));
    }

    private record Surnamed(String lastName, String firstName, String commune) {
    }
}
