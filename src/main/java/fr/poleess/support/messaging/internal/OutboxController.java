package fr.poleess.support.messaging.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.internal.OutboxListing.MessageView;

/**
 * {@code GET /api/outbox?status=}: every message and where it stands, for managers. A message whose
 * sending job used up its retries is {@code FAILED}, and Cockpit shows its incident.
 */
@RestController
@RequestMapping("/api/outbox")
class OutboxController {

    private final OutboxListing listing;

    OutboxController(OutboxListing listing) {
        this.listing = listing;
    }

    @GetMapping
    List<MessageView> list(@RequestParam(required = false) MessageStatus status) {
        return listing.list(status);
    }
}
