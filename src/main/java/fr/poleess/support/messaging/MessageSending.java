package fr.poleess.support.messaging;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.core.io.ByteArrayResource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends one queued e-mail; called by the delivery process's job. A failure is recorded in its own
 * transaction (the job's rolls back) and rethrown, so the engine retries the job with back-off and
 * leaves an incident in Cockpit after the last try. Without an SMTP server configured, messages
 * stay pending in the outbox, readable by managers: nothing is lost, nothing fails.
 */
@Service
public class MessageSending {

    static final String SENDING_OFF = "Envoi désactivé : aucun serveur SMTP n'est configuré (MAIL_HOST).";

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectProvider<MailProperties> mailProperties;
    private final MessagingSettings settings;
    private final TransactionTemplate separateTransaction;
    private final ManagementService managementService;
    private final Clock clock;

    MessageSending(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, ObjectProvider<MailProperties> mailProperties,
            MessagingSettings settings, PlatformTransactionManager transactionManager,
            ManagementService managementService, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.mailProperties = mailProperties;
        this.settings = settings;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.managementService = managementService;
        this.clock = clock;
    }

    /** Sends the message unless it was sent already (a job may run again after a crash) or cancelled. */
    @Transactional
    public void send(Long messageId) {
        OutboxMessage message = outbox.require(messageId);
        if (message.getStatus() == MessageStatus.SENT || message.getStatus() == MessageStatus.CANCELLED) {
            return;
        }
        JavaMailSender sender = enabledSender();
        if (sender == null) {
            message.failed(SENDING_OFF, false);
            return;
        }
        try {
            if (message.getCalendarInvitation() == null) {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(settings.from());
                mail.setTo(message.getRecipient());
                mail.setSubject(message.getSubject());
                mail.setText(message.getBody());
                sender.send(mail);
            } else {
                sender.send(withInvitation(sender, message));
            }
        } catch (MailException e) {
            separateTransaction.executeWithoutResult(status -> {
                OutboxMessage failed = outbox.require(messageId);
                failed.attempt();
                failed.failed(e.getMessage(), isLastTry(failed));
            });
            throw e;
        }
        message.attempt();
        message.sent(Instant.now(clock));
    }

    /** The text, and the invitation as {@code invitation.ics} ({@code text/calendar; method=…}) that calendar applications read. */
    private MimeMessage withInvitation(JavaMailSender sender, OutboxMessage message) {
        CalendarInvitation invitation = message.getCalendarInvitation();
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            helper.setText(message.getBody());
            helper.addAttachment("invitation.ics",
                    new ByteArrayResource(invitation.ics().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + invitation.method());
            return mime;
        } catch (MessagingException e) {
            throw new MailPreparationException("Invitation not attached to message " + message.getId(), e);
        }
    }

    /**
     * Whether the failing try is the job's last: the engine lowers the retries only after this
     * failure, so a job with one retry left is about to become an incident.
     */
    private boolean isLastTry(OutboxMessage message) {
        if (message.getProcessInstanceId() == null) {
            return false;
        }
        return managementService.createJobQuery().processInstanceId(message.getProcessInstanceId()).list().stream()
                .anyMatch(job -> job.getRetries() <= 1);
    }

    private JavaMailSender enabledSender() {
        MailProperties properties = mailProperties.getIfAvailable();
        if (properties == null || !StringUtils.hasText(properties.getHost())) {
            return null;
        }
        return mailSender.getIfAvailable();
    }
}
