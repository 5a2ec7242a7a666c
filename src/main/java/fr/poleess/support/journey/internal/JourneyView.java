package fr.poleess.support.journey.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.MobilityConstraint;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.journey.ReferringPartnerType;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.journey.TimelineEntry;

/** JSON views of journeys for {@code /api/journeys}. */
final class JourneyView {

    private JourneyView() {
    }

    record Summary(String reference, JourneyStatus status, String territory, String participant, String commune,
            String referentAdvisor, LocalDate openedOn, LocalDate closedOn) {

        static Summary of(Journey j) {
            Participant p = j.getParticipant();
            return new Summary(j.getReference(), j.getStatus(), j.getTerritoryCode(),
                    p.getFirstName() + " " + p.getLastName(), p.getCommuneName(), j.getReferentAdvisor(),
                    j.getOpenedOn(), j.getClosedOn());
        }
    }

    record ParticipantView(String firstName, String lastName, String email, String phone, String addressLine,
            String postalCode, String commune, Gender gender, int birthYear, Situation situation,
            Set<MobilityConstraint> mobilityConstraints, CameThrough cameThrough,
            ReferringPartnerType referringPartnerType, String referringPartnerName, LocalDate informationSessionDate,
            boolean consentGiven, LocalDate consentDate, boolean messagesPaused, Long referringPartnerId,
            boolean referrerFeedbackConsent, String communeNote) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.getFirstName(), p.getLastName(), p.getEmail(), p.getPhone(),
                    p.getAddressLine(), p.getPostalCode(), p.getCommuneName(), p.getGender(), p.getBirthYear(),
                    p.getSituation(), p.getMobilityConstraints(), p.getCameThrough(), p.getReferringPartnerType(),
                    p.getReferringPartnerName(), p.getInformationSessionOn(), p.isConsentGiven(), p.getConsentDate(),
                    p.isMessagesPaused(), p.getReferringPartnerId(), p.isReferrerFeedbackConsent(),
                    p.getCommuneId() == null ? "Commune hors Côte-d'Or : parcours reçu par le siège" : null);
        }
    }

    record OpenTask(String id, String name, String assignee, java.util.Date created) {
    }

    static final class Detail {

        private final Journey journey;
        private final String territoryName;
        private final List<OpenTask> openTasks;
        private final List<TimelineEntry> timeline;
        private final Map<String, Object> sections = new LinkedHashMap<>();

        Detail(Journey journey, String territoryName, Map<String, Object> sections, List<OpenTask> openTasks,
                List<TimelineEntry> timeline) {
            this.journey = journey;
            this.territoryName = territoryName;
            this.sections.putAll(sections);
            this.openTasks = openTasks;
            this.timeline = timeline;
        }

        public String getReference() {
            return journey.getReference();
        }

        public JourneyStatus getStatus() {
            return journey.getStatus();
        }

        public Map<String, String> getTerritory() {
            return Map.of("code", journey.getTerritoryCode(), "name", territoryName);
        }

        public String getReferentAdvisor() {
            return journey.getReferentAdvisor();
        }

        public LocalDate getOpenedOn() {
            return journey.getOpenedOn();
        }

        public LocalDate getReceivedOn() {
            return journey.getReceivedOn();
        }

        public LocalDate getAgreementSignedOn() {
            return journey.getAgreementSignedOn();
        }

        public LocalDate getClosedOn() {
            return journey.getClosedOn();
        }

        public String getProcessInstanceId() {
            return journey.getProcessInstanceId();
        }

        public ParticipantView getParticipant() {
            return ParticipantView.of(journey.getParticipant());
        }

        @JsonAnyGetter
        public Map<String, Object> getSections() {
            return sections;
        }

        public List<OpenTask> getOpenTasks() {
            return openTasks;
        }

        public List<TimelineEntry> getTimeline() {
            return timeline;
        }
    }
}
