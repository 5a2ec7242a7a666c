/**
 * Messages to participants: French templates, the outbox they are written to in the same
 * transaction as the step that caused them, and their delivery by an engine job
 * ({@code processes/message-delivery.bpmn}) — by e-mail with retries and an incident after the
 * last one, or, for a participant without an e-mail address, as a "call the participant" task.
 */
@ApplicationModule(allowedDependencies = { "journey", "shared", "territory" })
package fr.poleess.support.messaging;

import org.springframework.modulith.ApplicationModule;
