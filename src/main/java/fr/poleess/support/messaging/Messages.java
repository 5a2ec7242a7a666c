package fr.poleess.support.messaging;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.territory.Territories;

/**
 * Queues messages to participants and, by e-mail, to partners and prospects. A message is rendered, written to the outbox and handed to its
 * delivery process in the caller's transaction: if the step that causes it rolls back, no message
 * goes; once it commits, the message is sent by an engine job, whatever happens to the SMTP server.
 */
@Service
public class Messages {

    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().escapeHTML(false).defaultValue("");
    /** Templates ship in the jar: compiled once. */
    private static final Map<String, Template> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Outbox outbox;
    private final Journeys journeys;
    private final Territories territories;
    private final RuntimeService runtimeService;
    private final MessagingSettings settings;
    private final Clock clock;

    Messages(Outbox outbox, Journeys journeys, Territories territories, RuntimeService runtimeService,
            MessagingSettings settings, Clock clock) {
        this.outbox = outbox;
        this.journeys = journeys;
        this.territories = territories;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues a message to the journey's participant: by e-mail when they have an address, otherwise
     * as a task for the referent to call them with the same text.
     *
     * @param model the template's values; {@code firstName} and {@code signature} are added
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage toParticipant(Long journeyId, MessageKind kind, Map<String, Object> model) {
        return toParticipant(journeyId, kind, model, null);
    }

    /**
     * {@link #toParticipant(Long, MessageKind, Map)} with a calendar invitation attached to the e-mail
     * (a call task has none).
     *
     * @param invitation may be {@literal null}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage toParticipant(Long journeyId, MessageKind kind, Map<String, Object> model,
            CalendarInvitation invitation) {
        Journey journey = journeys.require(journeyId);
        Participant participant = journey.getParticipant();
        Map<String, Object> values = new HashMap<>(model);
        values.put("firstName", participant.getFirstName());
        values.put("signature", settings.signature());
        String recipient = participant.getEmail() == null || participant.getEmail().isBlank() ? null
                : participant.getEmail();
        OutboxMessage message = outbox.save(new OutboxMessage(journeyId, kind, recipient,
                render(kind.template() + ".subject", values).strip(), render(kind.template() + ".body", values),
                Instant.now(clock)));
        if (invitation != null && message.getChannel() == MessageChannel.EMAIL) {
            message.attach(invitation);
        }
        if (participant.isMessagesPaused()) {
            // Kept, so the timeline shows what was not sent and why.
            message.paused();
            return message;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(MessageDeliveryProcess.Variables.MESSAGE_ID, message.getId());
        variables.put(MessageDeliveryProcess.Variables.CHANNEL, message.getChannel().name());
        if (message.getChannel() == MessageChannel.CALL) {
            // The text and whom to call are read from the outbox when the task is created (task-local, out
            // of history): the process holds ids only.
            variables.put(MessageDeliveryProcess.Variables.REFERENT_ADVISOR, journey.getReferentAdvisor());
            // From the territory, not the journey's process: a message may follow a journey that has ended.
            variables.put(MessageDeliveryProcess.Variables.ADVISORS_GROUP,
                    territories.advisorsGroupOf(journey.getTerritoryCode()));
        }
        ProcessInstance delivery = runtimeService.startProcessInstanceByKey(MessageDeliveryProcess.KEY,
                journey.getReference(), variables);
        message.deliveredBy(delivery.getId());
        return message;
    }

    /**
     * Queues an e-mail to someone who is not the journey's participant: a partner's contact, a referring
     * partner, a prospect registered for an information session. Same outbox, same delivery and retries;
     * the participant's pause of automatic messages does not apply, since it is theirs.
     *
     * @param journeyId the journey the message is about, shown in its timeline; {@code null} when there is none
     * @param businessKey the key of the delivery process, so Cockpit links it to what caused it
     * @param model the template's values; {@code signature} is added
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage toAddress(String recipient, Long journeyId, String businessKey, MessageKind kind,
            Map<String, Object> model) {
        return toAddress(recipient, journeyId, businessKey, kind, model, null);
    }

    /**
     * {@link #toAddress(String, Long, String, MessageKind, Map)} with a calendar invitation attached.
     *
     * @param invitation may be {@literal null}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OutboxMessage toAddress(String recipient, Long journeyId, String businessKey, MessageKind kind,
            Map<String, Object> model, CalendarInvitation invitation) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs an address: " + kind);
        }
        Map<String, Object> values = new HashMap<>(model);
        values.put("signature", settings.signature());
        OutboxMessage message = outbox.save(new OutboxMessage(journeyId, kind, recipient.strip(),
                render(kind.template() + ".subject", values).strip(), render(kind.template() + ".body", values),
                Instant.now(clock)));
        if (invitation != null) {
            message.attach(invitation);
        }
        ProcessInstance delivery = runtimeService.startProcessInstanceByKey(MessageDeliveryProcess.KEY, businessKey,
                Map.of(MessageDeliveryProcess.Variables.MESSAGE_ID, message.getId(),
                        MessageDeliveryProcess.Variables.CHANNEL, message.getChannel().name()));
        message.deliveredBy(delivery.getId());
        return message;
    }

    static String render(String template, Map<String, Object> values) {
        return TEMPLATES.computeIfAbsent(template, Messages::compile).execute(values);
    }

    private static Template compile(String template) {
        ClassPathResource resource = new ClassPathResource("messages/" + template + ".mustache");
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return MUSTACHE.compile(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Missing message template " + resource.getPath(), e);
        }
    }
}
