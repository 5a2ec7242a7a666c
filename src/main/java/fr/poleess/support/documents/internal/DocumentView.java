package fr.poleess.support.documents.internal;

import java.time.LocalDateTime;

import fr.poleess.support.documents.DocumentKind;

/** A stored document as the API lists it, with the path to download it. */
record DocumentView(Long id, DocumentKind kind, String label, int version, String fileName, int sizeBytes,
        String sha256, LocalDateTime createdAt, String createdBy, String download) {

    static DocumentView of(String reference, StoredDocument d) {
        return new DocumentView(d.id(), d.kind(), d.kind().label(), d.version(), d.fileName(), d.sizeBytes(),
                d.sha256(), d.createdAt(), d.createdBy(), "/api/journeys/" + reference + "/documents/" + d.id());
    }
}
