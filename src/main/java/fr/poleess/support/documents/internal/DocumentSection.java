package fr.poleess.support.documents.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.TimelineEntry;

/** The documents generated for a journey, in its detail (with their download links) and timeline. */
@Component
@Order(20)
class DocumentSection implements JourneySection {

    private final DocumentStore store;

    DocumentSection(DocumentStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public Optional<Object> details(Journey journey) {
        List<DocumentView> documents = store.list(journey.getId()).stream()
                .map(d -> DocumentView.of(journey.getReference(), d)).toList();
        return documents.isEmpty() ? Optional.empty() : Optional.of(documents);
    }

    @Override
    public List<TimelineEntry> timeline(Journey journey) {
        return store.list(journey.getId()).stream()
                .map(d -> new TimelineEntry(d.createdAt(), "DOCUMENT", "Document généré : " + d.kind().label()
                        + (d.version() > 1 ? " (version " + d.version() + ")" : "") + " — " + d.fileName(),
                        d.createdBy()))
                .toList();
    }
}
