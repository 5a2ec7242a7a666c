package fr.poleess.support.documents.internal;

import java.time.LocalDateTime;

import fr.poleess.support.documents.DocumentKind;

/**
 * A generated document as stored; {@code content} is empty when only the list was read.
 *
 * @param sourceId the agreement's or the amendment's id; {@literal null} for a summary
 * @param createdAt Paris local time
 */
record StoredDocument(Long id, Long journeyId, DocumentKind kind, Long sourceId, int version, String fileName,
        String contentType, int sizeBytes, String sha256, LocalDateTime createdAt, String createdBy, byte[] content) {
}
