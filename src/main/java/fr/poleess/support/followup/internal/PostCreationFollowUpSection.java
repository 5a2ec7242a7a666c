package fr.poleess.support.followup.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.followup.PostCreationFollowUp;
import fr.poleess.support.followup.PostCreationFollowUps;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.TimelineEntry;

/** The recorded post-creation follow-ups, in a journey's detail and timeline. */
@Component
@Order(6)
class PostCreationFollowUpSection implements JourneySection {

    private final PostCreationFollowUps followUps;

    PostCreationFollowUpSection(PostCreationFollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public String name() {
        return "postCreationFollowUps";
    }

    @Override
    public Part read(Journey journey) {
        // Follow-ups come after the journey closed with an activity created.
        if (journey.getStatus() != JourneyStatus.CLOSED) {
            return Part.none();
        }
        List<PostCreationFollowUp> all = followUps.findByJourneyIdOrderByMilestoneMonths(journey.getId());
        if (all.isEmpty()) {
            return Part.none();
        }
        return new Part(all.stream()
                .map(f -> new FollowUpView(f.getMilestoneMonths(), f.getDueOn(), f.getRecordedOn(), f.isActivityRunning(),
                        f.getJobs(), f.getRevenueBand() == null ? null : f.getRevenueBand().name(),
                        f.getRevenueBand() == null ? null : f.getRevenueBand().label(), f.getHelpNeeded(),
                        f.isSupportRequested(), f.getRecordedBy()))
                .toList(),
                all.stream()
                        .map(f -> new TimelineEntry(f.getRecordedOn().atStartOfDay(), "POST_CREATION_FOLLOW_UP", label(f),
                                f.getRecordedBy()))
                        .toList());
    }

    /** "Suivi post-création à 6 mois : activité en cours". */
    static String label(PostCreationFollowUp f) {
        return "Suivi post-création à " + f.getMilestoneMonths() + " mois : "
                + (f.isActivityRunning() ? "activité en cours" : "activité arrêtée")
                + (f.isSupportRequested() ? ", nouvel accompagnement demandé" : "");
    }

    record FollowUpView(int milestoneMonths, LocalDate dueOn, LocalDate recordedOn, boolean activityRunning,
            Integer jobs, String revenueBand, String revenueBandLabel, String helpNeeded, boolean supportRequested,
            String recordedBy) {
    }
}
