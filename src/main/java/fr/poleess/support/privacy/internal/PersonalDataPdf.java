package fr.poleess.support.privacy.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.poleess.support.shared.FrenchFormat;
import fr.poleess.support.pdf.PdfPages;

/**
 * The export as a French PDF to hand to the person: each section under a French title, each value
 * under a French label, codes left as they are stored (their meaning is in docs/privacy.md).
 */
@Component
class PersonalDataPdf {


    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("identity", "Identité"), Map.entry("contacts", "Coordonnées"),
            Map.entry("mobilityConstraints", "Contraintes de mobilité"), Map.entry("reception", "Accueil"),
            Map.entry("agreement", "Contrat d'accompagnement"), Map.entry("amendments", "Avenants"),
            Map.entry("appointments", "Rendez-vous individuels"), Map.entry("projectProfile", "Profil du projet"),
            Map.entry("collectiveSessions", "Temps collectifs"),
            Map.entry("referrals", "Mises en lien (et coordonnées transmises)"),
            Map.entry("followUps", "Suivis post-création"), Map.entry("outcome", "Fin de parcours"),
            Map.entry("messages", "Messages envoyés"), Map.entry("documents", "Documents"),
            Map.entry("consents", "Consentements"), Map.entry("erasure", "Effacement"));

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("firstName", "Prénom"), Map.entry("lastName", "Nom"), Map.entry("birthYear", "Année de naissance"),
            Map.entry("gender", "Genre"), Map.entry("situation", "Situation"), Map.entry("cameThrough", "Venu·e par"),
            Map.entry("referringPartnerType", "Type de prescripteur"),
            Map.entry("referringPartnerName", "Prescripteur"),
            Map.entry("informationSessionOn", "Information collective le"), Map.entry("createdAt", "Créé le"),
            Map.entry("email", "Courriel"), Map.entry("phone", "Téléphone"), Map.entry("addressLine", "Adresse"),
            Map.entry("postalCode", "Code postal"), Map.entry("communeName", "Commune"),
            Map.entry("messagesPaused", "Messages automatiques suspendus"), Map.entry("reference", "Référence"),
            Map.entry("territory", "Territoire"), Map.entry("status", "État"),
            Map.entry("referentAdvisor", "Conseiller·ère référent·e"), Map.entry("openedOn", "Ouvert le"),
            Map.entry("receivedOn", "Accueilli·e le"), Map.entry("agreementSignedOn", "Contrat signé le"),
            Map.entry("closedOn", "Clôturé le"), Map.entry("heldOn", "Le"), Map.entry("mode", "Modalité"),
            Map.entry("projectSummary", "Projet"), Map.entry("projectSector", "Secteur"), Map.entry("needs", "Besoins"),
            Map.entry("decision", "Décision"), Map.entry("redirectedTo", "Réorienté·e vers"),
            Map.entry("comment", "Commentaire"), Map.entry("advisor", "Conseiller·ère"),
            Map.entry("recordedAt", "Enregistré le"), Map.entry("startDate", "Début"),
            Map.entry("durationMonths", "Durée (mois)"), Map.entry("plannedEndDate", "Fin prévue"),
            Map.entry("objectives", "Objectifs"), Map.entry("plannedWorkshops", "Ateliers prévus"),
            Map.entry("preparedBy", "Préparé par"), Map.entry("preparedAt", "Préparé le"),
            Map.entry("signedOn", "Signé le"), Map.entry("activities", "Activités prévues"),
            Map.entry("extensionMonths", "Prolongation (mois)"), Map.entry("previousEndDate", "Fin précédente"),
            Map.entry("newEndDate", "Nouvelle fin"), Map.entry("reason", "Motif"), Map.entry("createdBy", "Par"),
            Map.entry("heldAt", "Le"), Map.entry("durationMinutes", "Durée (minutes)"), Map.entry("place", "Lieu"),
            Map.entry("stepsDone", "Démarches faites"), Map.entry("notes", "Notes"),
            Map.entry("nextSteps", "Prochaines étapes"), Map.entry("nextAppointmentOn", "Prochain rendez-vous le"),
            Map.entry("nextAppointmentTime", "à"), Map.entry("nextAppointmentMode", "Modalité du prochain"),
            Map.entry("nextAppointmentPlace", "Lieu du prochain"), Map.entry("legalFormConsidered", "Forme juridique envisagée"),
            Map.entry("financingNeed", "Besoin de financement"), Map.entry("bankAccess", "Accès bancaire"),
            Map.entry("updatedOn", "Mis à jour le"), Map.entry("updatedBy", "Par"), Map.entry("kind", "Nature"),
            Map.entry("title", "Intitulé"), Map.entry("theme", "Thème"), Map.entry("registration", "Inscription"),
            Map.entry("registeredAt", "Inscrit·e le"), Map.entry("prospectFirstName", "Prénom (inscription)"),
            Map.entry("prospectLastName", "Nom (inscription)"), Map.entry("prospectCommune", "Commune (inscription)"),
            Map.entry("prospectEmail", "Courriel (inscription)"), Map.entry("prospectPhone", "Téléphone (inscription)"),
            Map.entry("firstSlot", "Première séance"), Map.entry("slotsAttended", "Séances suivies"),
            Map.entry("partner", "Partenaire"), Map.entry("partnerKind", "Type de partenaire"),
            Map.entry("recommendationReason", "Raison"), Map.entry("contactShared", "Coordonnées transmises au partenaire"),
            Map.entry("proposedOn", "Proposée le"), Map.entry("proposedBy", "Par"), Map.entry("sentOn", "Envoyée le"),
            Map.entry("chasedOn", "Relance le"), Map.entry("meetingOn", "Rendez-vous le"),
            Map.entry("outcome", "Suite"), Map.entry("milestoneMonths", "Étape (mois)"), Map.entry("dueOn", "Prévu le"),
            Map.entry("recordedOn", "Le"), Map.entry("activityRunning", "Activité en cours"), Map.entry("jobs", "Emplois"),
            Map.entry("revenueBand", "Chiffre d'affaires"), Map.entry("helpNeeded", "Aide souhaitée"),
            Map.entry("supportRequested", "Accompagnement demandé"), Map.entry("recordedBy", "Par"),
            Map.entry("outcomeDate", "Date"), Map.entry("pathSummary", "Bilan du parcours"),
            Map.entry("legalForm", "Forme juridique"), Map.entry("activityCreatedOn", "Activité créée le"),
            Map.entry("siret", "SIRET"), Map.entry("jobsCreated", "Emplois créés"), Map.entry("channel", "Canal"),
            Map.entry("recipient", "Destinataire"), Map.entry("subject", "Objet"), Map.entry("body", "Texte"),
            Map.entry("sentAt", "Envoyé le"), Map.entry("version", "Version"), Map.entry("fileName", "Fichier"),
            Map.entry("sizeBytes", "Taille (octets)"), Map.entry("sha256", "Empreinte SHA-256"),
            Map.entry("purpose", "Objet du consentement"), Map.entry("wordingVersion", "Version du texte présenté"),
            Map.entry("givenAt", "Donné le"), Map.entry("withdrawnAt", "Retiré le"), Map.entry("withdrawnBy", "Retrait noté par"),
            Map.entry("erasedAt", "Effacé le"), Map.entry("triggerKind", "Origine"));

    /** Fields that hold codes; a name in capitals is never taken for one. */
    private static final Set<String> CODE_FIELDS = Set.of("gender", "situation", "cameThrough", "referringPartnerType",
            "mobilityConstraints", "status", "mode", "nextAppointmentMode", "projectSector", "decision", "kind",
            "legalForm", "legalFormConsidered", "partnerKind", "financingNeed", "bankAccess", "registration", "channel",
            "purpose", "triggerKind", "activities", "revenueBand");

    private final String organisation;
    private final String footer;

    PersonalDataPdf(@Value("${support.documents.organisation:}") String organisation,
            @Value("${support.documents.footer:}") String footer) {
        this.organisation = organisation;
        this.footer = footer;
    }

    @SuppressWarnings("unchecked")
    byte[] render(Map<String, Object> export) {
        try (PdfPages pdf = new PdfPages(PDRectangle.A4, footer)) {
            pdf.paragraph(organisation, pdf.bold(), 11);
            pdf.space(8);
            pdf.heading("Vos données personnelles", 18);
            pdf.paragraph("Réponse à une demande d'accès (article 15 du RGPD) — parcours " + export.get("reference")
                    + ", export du " + text(export.get("exportedAt")) + ". Ce document contient tout ce que nous"
                    + " conservons sur vous et sur vos parcours d'accompagnement.");
            pdf.space(6);
            section(pdf, "identity", export.get("identity"), 13);
            section(pdf, "contacts", export.get("contacts"), 13);
            section(pdf, "mobilityConstraints", export.get("mobilityConstraints"), 13);
            for (Map<String, Object> journey : (List<Map<String, Object>>) export.get("journeys")) {
                pdf.space(10);
                pdf.heading("Parcours " + journey.get("reference"), 15);
                journey.forEach((key, value) -> {
                    if (!TITLES.containsKey(key)) {
                        pdf.field(label(key), text(key, value));
                    }
                });
                for (String key : PersonalDataExport.JOURNEY_SECTIONS) {
                    section(pdf, key, journey.get(key), 12);
                }
                if (journey.get("erasure") != null) {
                    section(pdf, "erasure", journey.get("erasure"), 12);
                }
            }
            return pdf.toBytes();
        }
    }

    @SuppressWarnings("unchecked")
    private void section(PdfPages pdf, String key, Object value, float size) {
        pdf.space(6);
        pdf.heading(TITLES.getOrDefault(key, key), size);
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            pdf.paragraph("Aucune donnée.");
            return;
        }
        if (value instanceof Map<?, ?> map) {
            fields(pdf, (Map<String, Object>) map);
        } else if (value instanceof Collection<?> list) {
            boolean first = true;
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    if (!first) {
                        pdf.space(4);
                    }
                    fields(pdf, (Map<String, Object>) map);
                    first = false;
                } else {
                    pdf.bullet(text(key, item));
                }
            }
        }
    }

    private void fields(PdfPages pdf, Map<String, Object> values) {
        values.forEach((key, value) -> {
            if (value != null) {
                pdf.field(label(key), text(key, value));
            }
        });
    }

    private static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    /** A value as the person reads it: codes in French words, dates the French way. */
    private static String text(String field, Object value) {
        if (!CODE_FIELDS.contains(field)) {
            return text(value);
        }
        if (value instanceof String code) {
            return CodeLabels.of(field, code);
        }
        if (value instanceof Collection<?> list && !list.isEmpty()) {
            return String.join(", ", list.stream().map(item -> text(field, item)).toList());
        }
        return text(value);
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        if (value instanceof LocalDateTime at) {
            return FrenchFormat.dayDateAndTime(at);
        }
        if (value instanceof LocalDate day) {
            return FrenchFormat.date(day);
        }
        if (value instanceof LocalTime time) {
            return FrenchFormat.time(time);
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "—" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
