package fr.poleess.support.journey.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.ParticipantMessages;

/**
 * {@code /api/journeys}: open a journey, list those the caller may see, read one with its timeline,
 * pause its messages. A journey of a territory the caller does not serve answers {@code 404}, exactly
 * like one that does not exist, so that its existence leaks nothing either.
 */
@RestController
@RequestMapping("/api/journeys")
class JourneyController {

    private final JourneyViews views;
    private final ParticipantMessages messages;
    private final CurrentUser currentUser;

    JourneyController(JourneyViews views, ParticipantMessages messages, CurrentUser currentUser) {
        this.views = views;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<JourneyView.Detail> open(@Valid @RequestBody NewParticipant participant) {
        JourneyView.Detail body = views.open(participant);
        return ResponseEntity.created(URI.create("/api/journeys/" + body.getReference())).body(body);
    }

    @GetMapping
    List<JourneyView.Summary> list(@RequestParam(required = false) String territory,
            @RequestParam(required = false) JourneyStatus status) {
        return views.list(territory, status);
    }

    @GetMapping("/{reference}")
    JourneyView.Detail get(@PathVariable String reference) {
        return views.get(reference);
    }

    /** Pauses or resumes the participant's automatic messages (reminders); {@code {"paused": true}}. */
    @PutMapping("/{reference}/messages-paused")
    ResponseEntity<Void> pauseMessages(@PathVariable String reference, @Valid @RequestBody MessagesPaused body) {
        if (!messages.pauseMessages(reference, currentUser.visibleTerritoryCodes(), body.paused())) {
            throw JourneyViews.notFound(reference);
        }
        return ResponseEntity.noContent().build();
    }

    record MessagesPaused(@jakarta.validation.constraints.NotNull(message = "est obligatoire") Boolean paused) {
    }
}
