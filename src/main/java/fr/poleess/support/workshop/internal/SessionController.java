package fr.poleess.support.workshop.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.shared.Label;
import fr.poleess.support.workshop.PlanSession;
import fr.poleess.support.workshop.RegisterForSession;
import fr.poleess.support.workshop.SessionKind;

/**
 * {@code /api/sessions}: plan, list and read collective sessions, register and cancel registrations,
 * cancel a session, download a slot's sign-in sheet. Reads go to {@link SessionQueries}, changes to
 * {@link SessionActions}. A session of a territory the caller does not serve answers {@code 404},
 * exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private final SessionQueries queries;
    private final SessionActions actions;

    SessionController(SessionQueries queries, SessionActions actions) {
        this.queries = queries;
        this.actions = actions;
    }

    /** Sessions with a slot in the period ({@code from} inclusive, {@code to} exclusive; default: 3 months back, 12 ahead). */
    @GetMapping
    List<SessionView.Summary> list(@RequestParam(required = false) String territory,
            @RequestParam(required = false) SessionKind kind, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return queries.list(territory, kind, from, to);
    }

    @GetMapping("/{id}")
    SessionView.Detail get(@PathVariable Long id) {
        return queries.detail(id);
    }

    @PostMapping
    ResponseEntity<SessionView.Detail> plan(@RequestBody PlanSession plan) {
        SessionView.Detail session = actions.plan(plan);
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id())).body(session);
    }

    @PostMapping("/{id}/registrations")
    ResponseEntity<SessionView.Registration> register(@PathVariable Long id, @RequestBody RegisterForSession input) {
        SessionView.Registration registration = actions.register(id, input);
        return ResponseEntity.created(URI.create("/api/sessions/" + id + "/registrations/" + registration.id()))
                .body(registration);
    }

    @DeleteMapping("/{id}/registrations/{registrationId}")
    SessionView.Cancelled cancelRegistration(@PathVariable Long id, @PathVariable Long registrationId) {
        return actions.cancelRegistration(id, registrationId);
    }

    /** Cancels the session; {@code {"reason": "…"}}. Everyone registered or waiting is told. */
    @PostMapping("/{id}/cancel")
    SessionView.Detail cancel(@PathVariable Long id, @Valid @RequestBody(required = false) CancelSession body) {
        return actions.cancel(id, body == null ? null : body.reason());
    }

    /** Why the session is cancelled: told to everyone registered or waiting. */
    record CancelSession(
            @Label("Motif de l'annulation") @NotBlank(message = "est obligatoire")
            @Size(max = 1000, message = "1\u00a0000 caractères au plus") String reason) {
    }

    @GetMapping(value = "/{id}/slots/{slotId}/sign-in-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> signInSheet(@PathVariable Long id, @PathVariable Long slotId) {
        SessionQueries.SignInSheet sheet = queries.signInSheet(id, slotId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(sheet.fileName()).build().toString())
                .body(sheet.pdf());
    }
}
