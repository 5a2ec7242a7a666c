package fr.poleess.support.documents.internal;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.documents.DocumentKind;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.NotFoundException;

/**
 * A journey's documents: {@code GET /api/journeys/{reference}/documents} lists them,
 * {@code .../documents/{id}} downloads one, {@code .../agreement.pdf} and {@code .../summary.pdf}
 * the latest agreement and summary. {@code POST .../documents/agreement} and {@code .../documents/summary}
 * generate a new version on purpose. Another territory's journey answers {@code 404}.
 */
@RestController
@RequestMapping("/api/journeys/{reference}")
class DocumentController {

    private final Journeys journeys;
    private final CurrentUser currentUser;
    private final DocumentStore store;
    private final DocumentGeneration generation;

    DocumentController(Journeys journeys, CurrentUser currentUser, DocumentStore store, DocumentGeneration generation) {
        this.journeys = journeys;
        this.currentUser = currentUser;
        this.store = store;
        this.generation = generation;
    }

    @GetMapping("/documents")
    @Transactional(readOnly = true)
    List<DocumentView> list(@PathVariable String reference) {
        Journey journey = visible(reference);
        return store.list(journey.getId()).stream().map(d -> DocumentView.of(reference, d)).toList();
    }

    @GetMapping("/documents/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable Long id) {
        Journey journey = visible(reference);
        return pdf(store.find(journey.getId(), id)
                .orElseThrow(() -> new NotFoundException("Aucun document n° " + id + " pour le parcours « " + reference + " ».")));
    }

    @GetMapping("/agreement.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> agreement(@PathVariable String reference) {
        return latest(reference, DocumentKind.AGREEMENT, "Aucun contrat d'accompagnement n'a encore été préparé");
    }

    @GetMapping("/summary.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> summary(@PathVariable String reference) {
        return latest(reference, DocumentKind.JOURNEY_SUMMARY, "Aucun bilan de fin de parcours : le parcours n'est pas clôturé");
    }

    @PostMapping("/documents/agreement")
    ResponseEntity<DocumentView> regenerateAgreement(@PathVariable String reference) {
        Journey journey = visible(reference);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DocumentView.of(reference, generation.agreement(journey.getId(), currentUser.userId())));
    }

    @PostMapping("/documents/summary")
    ResponseEntity<DocumentView> regenerateSummary(@PathVariable String reference) {
        Journey journey = visible(reference);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DocumentView.of(reference, generation.summary(journey.getId(), currentUser.userId())));
    }

    private ResponseEntity<byte[]> latest(String reference, DocumentKind kind, String missing) {
        Journey journey = visible(reference);
        return pdf(store.latest(journey.getId(), kind)
                .orElseThrow(() -> new NotFoundException(missing + " pour le parcours « " + reference + " ».")));
    }

    private Journey visible(String reference) {
        return journeys.findVisible(reference, currentUser.visibleTerritoryCodes())
                .orElseThrow(() -> new NotFoundException("Aucun parcours « " + reference + " » parmi ceux que vous suivez."));
    }

    private static ResponseEntity<byte[]> pdf(StoredDocument document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(document.fileName()).build().toString())
                .header(HttpHeaders.ETAG, "\"" + document.sha256() + "\"")
                .body(document.content());
    }
}
