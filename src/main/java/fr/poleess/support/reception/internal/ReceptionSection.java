package fr.poleess.support.reception.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.reception.Reception;
import fr.poleess.support.reception.Receptions;

/** The reception, in a journey's detail and timeline. */
@Component
@Order(1)
class ReceptionSection implements JourneySection {

    private final Receptions receptions;

    ReceptionSection(Receptions receptions) {
        this.receptions = receptions;
    }

    @Override
    public String name() {
        return "reception";
    }

    @Override
    public Part read(Journey journey) {
        // Recording the reception moves the journey out of RECEPTION in the same transaction.
        if (journey.getStatus() == JourneyStatus.RECEPTION) {
            return Part.none();
        }
        return receptions.findByJourneyId(journey.getId())
                .map(r -> new Part(ReceptionView.of(r), List.of(new TimelineEntry(r.getHeldOn().atStartOfDay(), "RECEPTION",
                        "Accueil " + r.getMode().label() + " : " + r.getDecision().label(), r.getAdvisor()))))
                .orElse(Part.none());
    }

    record ReceptionView(java.time.LocalDate heldOn, String mode, String projectSector, String projectSummary,
            String needs, String decision, String redirectedTo, String comment, String advisor) {

        static ReceptionView of(Reception r) {
            return new ReceptionView(r.getHeldOn(), r.getMode().name(), r.getProjectSector().name(),
                    r.getProjectSummary(), r.getNeeds(), r.getDecision().name(), r.getRedirectedTo(), r.getComment(),
                    r.getAdvisor());
        }
    }
}
