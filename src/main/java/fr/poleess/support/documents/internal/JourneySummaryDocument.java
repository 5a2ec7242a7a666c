package fr.poleess.support.documents.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import fr.poleess.support.agreement.SupportAgreement;
import fr.poleess.support.appointment.Appointment;
import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.closure.LegalForm;
import fr.poleess.support.closure.Outcome;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.documents.DocumentSettings;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.reception.Reception;
import fr.poleess.support.pdf.PdfPages;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.shared.FrenchFormat;

/** The end-of-journey summary handed to the participant: the path taken, what came of it, whom to call next. */
final class JourneySummaryDocument {

    /**
     * Everything the summary says.
     *
     * @param agreement {@literal null} when the journey stopped before an agreement
     * @param parts what other modules contribute (collective sessions, referrals), in their order
     */
    record Content(Journey journey, Territory territory, String referentName, Reception reception,
            SupportAgreement agreement, List<Appointment> appointments, List<Part> parts, Outcome outcome) {
    }

    /** A part contributed by another module: its heading, what it says when empty, its French lines. */
    record Part(String heading, String whenEmpty, List<String> lines) {
    }

    private static final Map<LegalForm, String> LEGAL_FORMS = Map.ofEntries(
            Map.entry(LegalForm.MICRO_ENTREPRISE, "micro-entreprise"), Map.entry(LegalForm.EI, "entreprise individuelle"),
            Map.entry(LegalForm.EURL, "EURL"), Map.entry(LegalForm.SARL, "SARL"), Map.entry(LegalForm.SASU, "SASU"),
            Map.entry(LegalForm.SAS, "SAS"), Map.entry(LegalForm.SCOP, "SCOP"), Map.entry(LegalForm.SCIC, "SCIC"),
            Map.entry(LegalForm.ASSOCIATION, "association"),
            Map.entry(LegalForm.CAE, "coopérative d'activité et d'emploi"), Map.entry(LegalForm.OTHER, "autre"));

    private JourneySummaryDocument() {
    }

    static byte[] write(DocumentSettings settings, Content c, LocalDate generatedOn) {
        Journey journey = c.journey();
        Territory territory = c.territory();
        try (PdfPages pdf = new PdfPages(PDRectangle.A4, settings.footer())) {
            pdf.paragraph(settings.organisation(), pdf.bold(), 11);
            pdf.paragraph(territory.getName());
            pdf.space(14);
            pdf.heading("Bilan de fin de parcours", 18);
            pdf.paragraph(journey.getParticipant().getFirstName() + " " + journey.getParticipant().getLastName()
                    + " — parcours " + journey.getReference() + " — établi le " + FrenchFormat.date(generatedOn));
            pdf.space(10);

            pdf.heading("Votre parcours", 12.5f);
            if (c.reception() != null) {
                pdf.field("Accueil", FrenchFormat.date(c.reception().getHeldOn()) + ", " + c.reception().getMode().label());
            }
            pdf.field("Conseiller·ère référent·e", c.referentName());
            if (c.agreement() != null) {
                pdf.field("Contrat d'accompagnement", c.agreement().getSignedOn() == null ? "préparé, non signé"
                        : "signé le " + FrenchFormat.date(c.agreement().getSignedOn()) + ", du "
                                + FrenchFormat.date(c.agreement().getStartDate()) + " au "
                                + FrenchFormat.date(c.agreement().getPlannedEndDate()) + " ("
                                + FrenchFormat.months(c.agreement().getDurationMonths()) + ")");
            }
            if (journey.getReceivedOn() != null && journey.getClosedOn() != null) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(journey.getReceivedOn(), journey.getClosedOn());
                pdf.field("Durée du parcours", days + (days > 1 ? " jours" : " jour") + ", de l'accueil à la clôture le "
                        + FrenchFormat.date(journey.getClosedOn()));
            }
            pdf.space(6);

            pdf.heading("Rendez-vous individuels", 12.5f);
            if (c.appointments().isEmpty()) {
                pdf.paragraph("Aucun rendez-vous individuel.");
            } else {
                Map<AppointmentMode, Integer> byMode = new EnumMap<>(AppointmentMode.class);
                c.appointments().forEach(a -> byMode.merge(a.getMode(), 1, Integer::sum));
                pdf.paragraph(c.appointments().size() + " rendez-vous, du "
                        + FrenchFormat.date(c.appointments().get(0).getHeldAt().toLocalDate()) + " au "
                        + FrenchFormat.date(c.appointments().get(c.appointments().size() - 1).getHeldAt().toLocalDate())
                        + " :");
                byMode.forEach((mode, n) -> pdf.bullet(n + " " + mode.label()));
            }
            pdf.space(6);

            for (Part part : c.parts()) {
                pdf.heading(part.heading(), 12.5f);
                if (part.lines().isEmpty()) {
                    pdf.paragraph(part.whenEmpty());
                }
                part.lines().forEach(pdf::bullet);
                pdf.space(6);
            }

            Outcome outcome = c.outcome();
            pdf.heading("Issue du parcours", 12.5f);
            pdf.field("Sortie", capitalised(outcome.getKind().label()) + ", le " + FrenchFormat.date(outcome.getOutcomeDate()));
            if (outcome.getKind() == OutcomeKind.ACTIVITY_CREATED) {
                pdf.field("Activité créée le", FrenchFormat.date(outcome.getActivityCreatedOn()));
                if (outcome.getLegalForm() != null) {
                    pdf.field("Forme juridique", LEGAL_FORMS.get(outcome.getLegalForm()));
                }
                if (outcome.getJobsCreated() != null) {
                    pdf.field("Emplois créés", Integer.toString(outcome.getJobsCreated()));
                }
            }
            if (outcome.getRedirectedTo() != null) {
                pdf.field("Orienté·e vers", outcome.getRedirectedTo());
            }
            if (outcome.getPathSummary() != null) {
                pdf.field("Synthèse", outcome.getPathSummary());
            }
            pdf.space(6);

            pdf.heading("Qui contacter ensuite", 12.5f);
            pdf.paragraph(territory.getName() + " — " + territory.getAddress() + ", " + territory.getPostalCode() + " "
                    + territory.getCity() + (territory.getPhone() == null ? "" : ", téléphone " + territory.getPhone())
                    + ". Demandez " + c.referentName() + ".");
            switch (outcome.getKind()) {
                case ACTIVITY_CREATED -> pdf.paragraph("Nous vous appellerons 6, 12 et 36 mois après la création de"
                        + " votre activité pour faire le point ; n'attendez pas ces dates si vous avez besoin d'aide.");
                case REDIRECTED -> pdf.paragraph("Pour la suite de votre projet, prenez contact avec "
                        + outcome.getRedirectedTo() + ". Notre porte reste ouverte si votre projet évolue.");
                case POSTPONED, ABANDONED -> pdf.paragraph("Si vous reprenez votre projet, appelez-nous : un nouvel"
                        + " accueil peut être organisé à tout moment.");
                default -> pdf.paragraph("Si vous revenez à un projet de création, appelez-nous : un nouvel accueil"
                        + " peut être organisé à tout moment.");
            }
            return pdf.toBytes();
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
