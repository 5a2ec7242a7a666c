package fr.poleess.support.privacy.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * French words for the codes our tables store, for the export's PDF. The modules that own these
 * codes depend on {@code privacy} (to log and to ask for consents), so their enums cannot be read
 * from here: the words are repeated, per field where a code means different things; an unknown code
 * is printed as stored.
 */
final class CodeLabels {

    private static final Map<String, String> ANY = new HashMap<>();
    private static final Map<String, Map<String, String>> BY_FIELD = new HashMap<>();

    static {
        any("FEMALE", "femme", "MALE", "homme", "JOB_SEEKER", "demandeur·se d'emploi", "RSA", "allocataire du RSA",
                "EMPLOYED", "salarié·e", "STUDENT", "étudiant·e", "OTHER", "autre", "REFERRING_PARTNER",
                "par un prescripteur", "WORD_OF_MOUTH", "bouche-à-oreille", "MEDIA", "médias", "FRANCE_TRAVAIL",
                "France Travail", "MAISON_DE_L_EMPLOI", "Maison de l'Emploi", "MISSION_LOCALE", "Mission locale",
                "SOCIAL_SERVICES", "services sociaux", "PAYS_DEVELOPMENT", "Pays (développement local)",
                "CONSULAR_CHAMBER", "chambre consulaire", "NO_CAR", "pas de voiture", "NO_LICENCE", "pas de permis",
                "PUBLIC_TRANSPORT_ONLY", "transports en commun seulement", "REDUCED_MOBILITY", "mobilité réduite",
                "ON_SITE", "dans nos locaux", "OUTREACH_DESK", "à la permanence", "PHONE", "par téléphone", "VIDEO",
                "en visioconférence", "HOME_VISIT", "à domicile", "CRAFTS", "artisanat", "TRADE", "commerce",
                "SERVICES", "services", "AGRICULTURE", "agriculture", "LIBERAL_PROFESSION", "profession libérale",
                "SOCIAL_ECONOMY", "économie sociale et solidaire", "ACTIVITY_CREATED", "activité créée",
                "SALARIED_JOB", "emploi salarié", "TRAINING", "formation", "ABANDONED", "projet abandonné",
                "POSTPONED", "projet reporté", "REDIRECTED", "réorientation vers une autre structure",
                "MICRO_ENTREPRISE", "micro-entreprise", "CMA", "Chambre de métiers et de l'artisanat", "CCI",
                "Chambre de commerce et d'industrie", "CHAMBER_OF_AGRICULTURE", "Chambre d'agriculture", "BANK",
                "banque", "ACCOUNTANT", "expert-comptable", "HONOUR_LOAN", "prêt d'honneur", "MICRO_CREDIT",
                "microcrédit", "LAWYER", "avocat", "EMPLOYMENT_SERVICE", "service public de l'emploi",
                "THEMATIC_WORKSHOP", "atelier thématique", "THEMATIC_WORKSHOPS", "ateliers thématiques", "BREAKFAST",
                "petit déj'", "EMAIL", "courriel", "CALL", "appel téléphonique", "JOURNEY_SUMMARY",
                "bilan de fin de parcours", "AMENDMENT", "avenant", "DATA_PROCESSING",
                "traitement des données pour l'accompagnement", "REFERRER_FEEDBACK", "nouvelles au prescripteur",
                "PARTNER_SHARING", "coordonnées transmises au partenaire", "REQUEST", "à la demande de la personne",
                "RETENTION", "fin de la durée de conservation");
        field("status", "RECEPTION", "accueil", "IN_PROGRESS", "parcours en cours", "CLOSED", "clôturé", "PROPOSED",
                "proposée", "SENT", "envoyé(e)", "MEETING_HELD", "rendez-vous tenu", "NO_FOLLOW_UP", "sans suite",
                "CANCELLED", "annulé(e)", "PENDING", "en attente d'envoi", "FAILED", "échec de l'envoi",
                "CALL_REQUESTED", "à transmettre par téléphone", "CALLED", "transmis par téléphone", "PAUSED",
                "non envoyé : messages en pause", "AGREEMENT", "contrat en préparation");
        field("decision", "AGREEMENT", "vers un contrat d'accompagnement", "REDIRECTED",
                "réorientation vers une autre structure", "POSTPONED", "projet reporté");
        field("kind", "INFORMATION_SESSION", "information collective", "AGREEMENT", "contrat d'accompagnement");
        field("mode", "INFORMATION_SESSION", "lors d'une information collective");
        field("cameThrough", "INFORMATION_SESSION", "par une information collective");
        field("registration", "REGISTERED", "inscrit·e", "WAITING", "liste d'attente", "CANCELLED", "annulée");
        field("financingNeed", "NONE", "aucun besoin de financement extérieur", "SMALL", "moins de 10 000 €", "LARGE",
                "10 000 € ou plus");
        field("bankAccess", "YES", "une banque suit déjà la personne", "DIFFICULT", "difficile", "UNKNOWN",
                "pas encore évalué");
    }

    private CodeLabels() {
    }

    /** The French word for the code stored in that field, or the code itself. */
    static String of(String field, String code) {
        String word = BY_FIELD.getOrDefault(field, Map.of()).get(code);
        return word != null ? word : ANY.getOrDefault(code, code);
    }

    private static void any(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            ANY.put(pairs[i], pairs[i + 1]);
        }
    }

    private static void field(String field, String... pairs) {
        Map<String, String> words = BY_FIELD.computeIfAbsent(field, f -> new HashMap<>());
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
    }
}
