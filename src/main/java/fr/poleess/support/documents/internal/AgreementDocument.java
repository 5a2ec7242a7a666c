package fr.poleess.support.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import fr.poleess.support.agreement.Amendment;
import fr.poleess.support.agreement.PlannedActivity;
import fr.poleess.support.agreement.SupportAgreement;
import fr.poleess.support.documents.DocumentSettings;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.pdf.PdfPages;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.shared.FrenchFormat;

/** The contrat d'accompagnement and its avenants as PDFs, in French. */
final class AgreementDocument {

    static final Map<PlannedActivity, String> ACTIVITIES = Map.of(
            PlannedActivity.INFORMATION_SESSION, "Information collective sur la création d'activité",
            PlannedActivity.THEMATIC_WORKSHOPS, "Ateliers thématiques (3 à 8 heures sur un thème)",
            PlannedActivity.BREAKFAST, "Petits déj' : rencontres conviviales mensuelles entre porteurs de projet");

    private AgreementDocument() {
    }

    /** The agreement as prepared; {@code version} > 1 when it was generated again before signature. */
    static byte[] agreement(DocumentSettings settings, Journey journey, Territory territory, SupportAgreement agreement,
            String referentName, int version, LocalDate generatedOn) {
        Participant participant = journey.getParticipant();
        try (PdfPages pdf = new PdfPages(PDRectangle.A4, settings.footer())) {
            pdf.paragraph(settings.organisation(), pdf.bold(), 11);
            pdf.paragraph(territory.getName() + " — " + territory.getAddress() + ", " + territory.getPostalCode() + " "
                    + territory.getCity() + (territory.getPhone() == null ? "" : " — " + territory.getPhone()));
            pdf.space(14);
            pdf.heading("Contrat d'accompagnement", 18);
            pdf.paragraph("Parcours " + journey.getReference() + " — version " + version + " établie le "
                    + FrenchFormat.date(generatedOn));
            pdf.space(10);

            pdf.heading("Entre", 12.5f);
            pdf.field("La structure d'accompagnement", settings.organisation() + ", " + territory.getName());
            pdf.field("Représentée par", referentName + ", conseiller·ère référent·e");
            pdf.field("Et le porteur de projet", participant.getFirstName() + " " + participant.getLastName());
            pdf.field("Domicilié·e à", address(participant));
            pdf.space(8);

            pdf.heading("Durée de l'accompagnement", 12.5f);
            pdf.field("Début", FrenchFormat.date(agreement.getStartDate()));
            pdf.field("Fin prévue", FrenchFormat.date(agreement.getPlannedEndDate()));
            pdf.field("Durée", FrenchFormat.months(agreement.getDurationMonths()));
            pdf.paragraph("La durée peut être prolongée par avenant, sans dépasser 24 mois au total.");
            pdf.space(8);

            pdf.heading("Objectifs du parcours", 12.5f);
            pdf.paragraph(agreement.getObjectives());
            pdf.space(8);

            pdf.heading("Temps collectifs prévus", 12.5f);
            List<PlannedActivity> activities = agreement.getPlannedActivities().stream().sorted().toList();
            if (activities.isEmpty()) {
                pdf.paragraph("Aucun temps collectif prévu à ce jour.");
            }
            activities.forEach(a -> pdf.bullet(ACTIVITIES.get(a)));
            if (agreement.getPlannedWorkshops() != null && !agreement.getPlannedWorkshops().isBlank()) {
                pdf.field("Ateliers envisagés", agreement.getPlannedWorkshops());
            }
            pdf.space(8);

            pdf.heading("Engagements de la structure", 12.5f);
            pdf.bullet("Désigner un·e conseiller·ère référent·e qui suit le parcours du début à la fin.");
            pdf.bullet("Proposer des rendez-vous individuels réguliers, dans nos locaux, à la permanence la plus"
                    + " proche, par téléphone, en visioconférence ou à domicile selon les contraintes de mobilité.");
            pdf.bullet("Ouvrir l'accès aux temps collectifs prévus et mettre en lien avec les partenaires utiles"
                    + " au projet (chambres consulaires, financeurs, réseaux).");
            pdf.bullet("Garder confidentielles les informations confiées et ne les utiliser que pour l'accompagnement.");
            pdf.space(4);
            pdf.heading("Engagements du porteur de projet", 12.5f);
            pdf.bullet("Venir aux rendez-vous convenus ou prévenir en cas d'empêchement.");
            pdf.bullet("Avancer entre les rendez-vous sur les étapes décidées ensemble.");
            pdf.bullet("Informer son conseiller·ère référent·e de tout changement de situation ou de projet.");
            pdf.bullet("Répondre aux suivis après la création de l'activité (à 6, 12 et 36 mois).");
            pdf.space(14);

            signatures(pdf, participant.getFirstName() + " " + participant.getLastName(), referentName);
            return pdf.toBytes();
        }
    }

    /** An avenant: how long, until when, why. */
    static byte[] amendment(DocumentSettings settings, Journey journey, Territory territory, SupportAgreement agreement,
            Amendment amendment, int number, String advisorName, LocalDate generatedOn) {
        Participant participant = journey.getParticipant();
        try (PdfPages pdf = new PdfPages(PDRectangle.A4, settings.footer())) {
            pdf.paragraph(settings.organisation(), pdf.bold(), 11);
            pdf.paragraph(territory.getName() + " — " + territory.getAddress() + ", " + territory.getPostalCode() + " "
                    + territory.getCity());
            pdf.space(14);
            pdf.heading("Avenant n° " + number + " au contrat d'accompagnement", 18);
            pdf.paragraph("Parcours " + journey.getReference() + " — établi le " + FrenchFormat.date(generatedOn));
            pdf.space(10);
            pdf.field("Porteur de projet", participant.getFirstName() + " " + participant.getLastName());
            pdf.field("Conseiller·ère", advisorName);
            pdf.field("Contrat signé le", FrenchFormat.date(agreement.getSignedOn()));
            pdf.field("Début du contrat", FrenchFormat.date(agreement.getStartDate()));
            pdf.space(8);
            pdf.heading("Prolongation", 12.5f);
            pdf.field("Prolongation", FrenchFormat.months(amendment.getExtensionMonths()));
            pdf.field("Fin prévue jusqu'ici", FrenchFormat.date(amendment.getPreviousEndDate()));
            pdf.field("Nouvelle fin prévue", FrenchFormat.date(amendment.getNewEndDate()));
            pdf.field("Durée totale", FrenchFormat.months(
                    (int) java.time.temporal.ChronoUnit.MONTHS.between(agreement.getStartDate(), amendment.getNewEndDate())));
            pdf.field("Motif", amendment.getReason());
            pdf.space(8);
            pdf.paragraph("Les autres clauses du contrat d'accompagnement restent inchangées.");
            pdf.space(14);
            signatures(pdf, participant.getFirstName() + " " + participant.getLastName(), advisorName);
            return pdf.toBytes();
        }
    }

    static String address(Participant participant) {
        StringBuilder address = new StringBuilder();
        if (participant.getAddressLine() != null && !participant.getAddressLine().isBlank()) {
            address.append(participant.getAddressLine()).append(", ");
        }
        if (participant.getPostalCode() != null) {
            address.append(participant.getPostalCode()).append(' ');
        }
        return address.append(participant.getCommuneName()).toString();
    }

    /** Two boxes side by side: the participant's and the advisor's. */
    private static void signatures(PdfPages pdf, String participantName, String advisorName) {
        float height = 110;
        pdf.ensureSpace(height + 10);
        float top = pdf.y();
        float boxWidth = (pdf.width() - 20) / 2;
        String[][] parties = { { "Le porteur de projet", participantName },
                { "Pour la structure, le conseiller·ère référent·e", advisorName } };
        PDPageContentStream content = pdf.content();
        try {
            for (int i = 0; i < 2; i++) {
                float x = pdf.left() + i * (boxWidth + 20);
                content.setLineWidth(0.6f);
                content.addRect(x, top - height, boxWidth, height);
                content.stroke();
                pdf.text(parties[i][0], pdf.bold(), 10, x + 8, top - 16);
                pdf.text(parties[i][1], pdf.regular(), 10, x + 8, top - 31);
                pdf.text("Date :", pdf.regular(), 9.5f, x + 8, top - 50);
                pdf.text("Signature, précédée de « lu et approuvé » :", pdf.regular(), 9, x + 8, top - 66);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.space(height + 10);
    }
}
