package fr.poleess.support.documents.internal;

import java.util.List;

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
    public Part read(Journey journey) {
        List<StoredDocument> stored = store.list(journey.getId());
        if (stored.isEmpty()) {
            return Part.none();
        }
        return new Part(stored.stream().map(d -> DocumentView.of(journey.getReference(), d)).toList(),
                stored.stream()
                        .map(d -> new TimelineEntry(d.createdAt(), "DOCUMENT", "Document généré : " + d.kind().label()
                                + (d.version() > 1 ? " (version " + d.version() + ")" : "") + " — " + d.fileName(),
                                d.createdBy()))
                        .toList());
    }
}
