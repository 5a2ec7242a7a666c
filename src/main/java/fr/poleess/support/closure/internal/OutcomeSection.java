package fr.poleess.support.closure.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.closure.Outcomes;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.TimelineEntry;

/** The outcome, in a journey's detail and timeline. */
@Component
@Order(4)
class OutcomeSection implements JourneySection {

    private final Outcomes outcomes;

    OutcomeSection(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return "outcome";
    }

    @Override
    public Part read(Journey journey) {
        // The outcome is recorded as the journey closes: an open journey has none.
        if (journey.getStatus() != JourneyStatus.CLOSED) {
            return Part.none();
        }
        return outcomes.findById(journey.getId())
                .map(o -> new Part(o, List.of(new TimelineEntry(o.getOutcomeDate().atTime(23, 59), "CLOSED",
                        "Parcours clôturé : " + o.getKind().label(), o.getRecordedBy()))))
                .orElse(Part.none());
    }
}
