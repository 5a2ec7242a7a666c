package fr.poleess.support.messaging;

/**
 * The messages the application sends, each with its template under {@code messages/}
 * ({@code <name>.subject.mustache} and {@code <name>.body.mustache}).
 */
public enum MessageKind {

    APPOINTMENT_REMINDER("appointment-reminder");

    private final String template;

    MessageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
