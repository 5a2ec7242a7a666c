package fr.poleess.support.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.partner.PartnerKind;

/** French names of the categories the report counts, in the order funders read them. */
final class Labels {

    static final Map<String, String> APPOINTMENT_MODES = new LinkedHashMap<>();
    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();
    static final Map<String, String> PARTNER_KINDS = new LinkedHashMap<>();
    static final Map<String, String> APPOINTMENT_CHANGES = ordered("MOVED", "Déplacés", "CANCELLED_BY_PARTICIPANT",
            "Annulés par le porteur de projet", "CANCELLED_BY_US", "Annulés par la structure", "NOT_HONOURED",
            "Non honorés");
    static final Map<String, String> GENDERS = ordered("FEMALE", "Femmes", "MALE", "Hommes", "OTHER", "Autre");
    static final Map<String, String> AGE_BANDS = ordered("UNDER_26", "Moins de 26 ans", "FROM_26_TO_35", "26 à 35 ans",
            "FROM_36_TO_45", "36 à 45 ans", "FROM_46_TO_55", "46 à 55 ans", "FROM_56", "56 ans et plus");
    static final Map<String, String> SITUATIONS = ordered("JOB_SEEKER", "Demandeur·se d'emploi", "RSA",
            "Allocataire du RSA", "EMPLOYED", "Salarié·e", "STUDENT", "Étudiant·e", "OTHER", "Autre");
    static final Map<String, String> CAME_THROUGH = ordered("REFERRING_PARTNER", "Par un prescripteur",
            "INFORMATION_SESSION", "Par une information collective", "WORD_OF_MOUTH", "Bouche-à-oreille", "MEDIA",
            "Médias", "OTHER", "Autre");
    static final Map<String, String> REFERRING_PARTNERS = ordered("FRANCE_TRAVAIL", "France Travail",
            "MAISON_DE_L_EMPLOI", "Maison de l'Emploi", "MISSION_LOCALE", "Mission locale", "SOCIAL_SERVICES",
            "Services sociaux", "PAYS_DEVELOPMENT", "Pays (développement local)", "CONSULAR_CHAMBER",
            "Chambre consulaire", "OTHER", "Autre");

    static {
        for (AppointmentMode mode : AppointmentMode.values()) {
            APPOINTMENT_MODES.put(mode.name(), capitalised(mode.label()));
        }
        for (PartnerKind kind : PartnerKind.values()) {
            PARTNER_KINDS.put(kind.name(), kind.label());
        }
        for (OutcomeKind kind : OutcomeKind.values()) {
            OUTCOMES.put(kind.name(), capitalised(kind.label()));
        }
    }

    private Labels() {
    }

    static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
