package fr.poleess.support.privacy;

/** What someone did with a journey, as the access log records it (never the data itself). */
public enum AccessAction {
    /** The journey's detail and timeline were read. */
    READ_DETAIL("Consultation du parcours"),
    /** One of the journey's documents (PDF) or their list was read. */
    READ_DOCUMENT("Consultation d'un document"),
    /** An advisor's day sheet listing the journey's appointment (person, phone, place, next steps) was printed. */
    READ_DAY_SHEET("Feuille de route du conseiller"),
    /** Everything held on the person was exported (article 15). */
    EXPORT("Export des données personnelles"),
    /** The journey's access log was read. */
    READ_ACCESS_LOG("Consultation du journal d'accès"),
    /** Something was recorded or changed through our API. */
    CHANGE("Modification"),
    /** A task of the journey was completed (Tasklist or engine REST): what the form recorded. */
    TASK_COMPLETED("Tâche terminée"),
    /** A consent was withdrawn. */
    CONSENT_WITHDRAWN("Retrait d'un consentement"),
    /** The person's data was erased, on request or by retention. */
    ERASURE("Effacement des données personnelles");

    private final String label;

    AccessAction(String label) {
        this.label = label;
    }

    /** French, for the access log's readers. */
    public String label() {
        return label;
    }

    /** Whether the action changes the journey's data: a change counts as contact for retention. */
    public boolean isChange() {
        return this == CHANGE || this == TASK_COMPLETED || this == CONSENT_WITHDRAWN;
    }
}
