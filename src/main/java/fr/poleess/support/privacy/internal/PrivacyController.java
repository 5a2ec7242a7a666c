package fr.poleess.support.privacy.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.internal.PersonJourneys.JourneyRow;
import fr.poleess.support.shared.InvalidInputException;

/**
 * The person's rights through our API: export (article 15, managers and the territory's advisors),
 * erasure (article 17, managers), consents and their withdrawal (the territory's advisors and
 * managers), the journey's access log (managers), and the retention's dry run (administrators).
 * Who may reach the managers' and administrators' paths is said in the security configuration.
 * Reads and changes are recorded by {@link AccessLogInterceptor}; erasure and withdrawals record
 * themselves.
 */
@RestController
class PrivacyController {

    private final PersonJourneys journeys;
    private final PersonalDataExport export;
    private final PersonalDataPdf pdf;
    private final Erasure erasure;
    private final JdbcAccessLog accessLog;
    private final JdbcConsents consents;
    private final ConsentWithdrawal withdrawal;
    private final Retention retention;

    PrivacyController(PersonJourneys journeys, PersonalDataExport export, PersonalDataPdf pdf, Erasure erasure,
            JdbcAccessLog accessLog, JdbcConsents consents, ConsentWithdrawal withdrawal, Retention retention) {
        this.journeys = journeys;
        this.export = export;
        this.pdf = pdf;
        this.erasure = erasure;
        this.accessLog = accessLog;
        this.consents = consents;
        this.withdrawal = withdrawal;
        this.retention = retention;
    }

    /** Everything held on the person and their journeys: JSON, or {@code ?format=pdf} to hand over. */
    @GetMapping("/api/journeys/{reference}/personal-data")
    @Transactional(readOnly = true)
    ResponseEntity<?> export(@PathVariable String reference, @RequestParam(defaultValue = "json") String format) {
        JourneyRow journey = journeys.requireVisible(reference);
        Map<String, Object> data = export.export(journey);
        return switch (format) {
            case "json" -> ResponseEntity.ok(data);
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("donnees-personnelles_" + reference + ".pdf").build().toString())
                    .body(pdf.render(data));
            default -> throw new InvalidInputException("format", "Format", "doit être json ou pdf");
        };
    }

    record ErasureRequest(String reason) {
    }

    /**
     * Erases the person of this journey and all their journeys. The answer says what was erased and
     * what is kept for a legal obligation, until when.
     */
    @PostMapping("/api/journeys/{reference}/erasure")
    ResponseEntity<Erasure.Result> erase(@PathVariable String reference, @RequestBody(required = false) ErasureRequest body) {
        JourneyRow journey = journeys.requireVisible(reference);
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw new InvalidInputException("reason", "Motif", "est obligatoire (par exemple « demande de la personne du 3 mars »)");
        }
        if (body.reason().length() > 500) {
            throw new InvalidInputException("reason", "Motif", "ne doit pas dépasser 500 caractères");
        }
        if (journeys.isErased(reference)) {
            throw conflict("Les données de ce parcours ont déjà été effacées.");
        }
        Erasure.Result result = erasure.erase(journeys.ofSamePerson(journey), Erasure.Trigger.REQUEST, body.reason().strip());
        return ResponseEntity.ok(result);
    }

    /** Who read or changed the journey, when: managers only. */
    @GetMapping("/api/journeys/{reference}/access-log")
    List<JdbcAccessLog.Entry> accessLog(@PathVariable String reference) {
        journeys.requireVisible(reference);
        return accessLog.entries(reference);
    }

    @GetMapping("/api/journeys/{reference}/consents")
    List<JdbcConsents.Consent> consents(@PathVariable String reference) {
        return consents.of(journeys.requireVisible(reference).id());
    }

    record WithdrawalRequest(Long partnerId) {
    }

    /**
     * Withdraws a consent from now on: {@code REFERRER_FEEDBACK} (the referrer hears nothing more) or
     * {@code PARTNER_SHARING} (for one partner with {@code partnerId}, or all). Withdrawing
     * {@code DATA_PROCESSING} is an erasure request: {@code 409} says so.
     */
    @PostMapping("/api/journeys/{reference}/consents/{purpose}/withdrawal")
    ResponseEntity<ConsentWithdrawal.Withdrawn> withdraw(@PathVariable String reference, @PathVariable String purpose,
            @RequestBody(required = false) WithdrawalRequest body) {
        JourneyRow journey = journeys.requireVisible(reference);
        ConsentPurpose consent;
        try {
            consent = ConsentPurpose.valueOf(purpose);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("purpose", "Consentement",
                    "doit être DATA_PROCESSING, REFERRER_FEEDBACK ou PARTNER_SHARING");
        }
        if (consent == ConsentPurpose.DATA_PROCESSING) {
            throw conflict("Sans consentement au traitement de ses données, la personne ne peut plus être accompagnée :"
                    + " un·e responsable efface ses données (POST /api/journeys/" + reference + "/erasure).");
        }
        ConsentWithdrawal.Withdrawn withdrawn = withdrawal.withdraw(journey, consent,
                body == null ? null : body.partnerId());
        if (withdrawn.consentsWithdrawn() == 0) {
            throw conflict("Aucun consentement en cours de ce type pour ce parcours.");
        }
        return ResponseEntity.ok(withdrawn);
    }

    /** The retention's run by hand: {@code dryRun=true} (the default) lists what would go and changes nothing. */
    @PostMapping("/api/retention/run")
    Retention.Report runRetention(@RequestParam(defaultValue = "true") boolean dryRun) {
        return retention.run(dryRun);
    }

    private static ErrorResponseException conflict(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflit");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
