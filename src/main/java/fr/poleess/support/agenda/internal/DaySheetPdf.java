package fr.poleess.support.agenda.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import fr.poleess.support.shared.FrenchFormat;
import fr.poleess.support.pdf.PdfPages;

/**
 * The advisor's day sheet: one A4 page (more only on a very full day), black on white so that it prints
 * and photocopies well, in French (« jeudi 1er décembre 2026 », « 14 h 30 »). Contains personal data:
 * served only to the advisor, and logged.
 */
final class DaySheetPdf {

    private DaySheetPdf() {
    }

    /** « jeudi 1er décembre 2026 ». */
    static String day(LocalDate date) {
        return FrenchFormat.dayAndDate(date);
    }

    /** « 14 h 30 », « 9 h 00 ». */
    static String time(LocalDateTime at) {
        return FrenchFormat.time(at);
    }

    static byte[] render(String advisorName, LocalDate date, List<AdvisorAgenda.Item> items, LocalDateTime printedAt) {
        try (PdfPages pdf = new PdfPages(PDRectangle.A4,
                "Feuille de route de " + advisorName + " — document confidentiel, à ne pas laisser sur place")) {
            pdf.heading("Feuille de route du " + day(date), 16);
            pdf.paragraph(advisorName + " — imprimée le " + day(printedAt.toLocalDate()) + " à " + time(printedAt));
            pdf.space(6);
            pdf.rule(1);
            pdf.space(6);
            if (items.isEmpty()) {
                pdf.paragraph("Aucun rendez-vous ni temps collectif prévu ce jour-là.");
            }
            for (AdvisorAgenda.Item item : items) {
                pdf.ensureSpace(90);
                String end = time(item.at().plusMinutes(item.minutes()));
                if (item.kind() == AdvisorAgenda.Item.Kind.APPOINTMENT) {
                    pdf.heading(time(item.at()) + " — " + item.person(), 12);
                    pdf.field("Téléphone", item.phone() == null ? "non renseigné" : item.phone());
                    pdf.field("Modalité", item.mode() == null ? "—" : item.mode());
                    pdf.field("Lieu", item.place() == null ? "—" : item.place());
                    pdf.field("Commune", item.commune());
                    pdf.field("Prochaines étapes notées au dernier rendez-vous",
                            item.nextSteps() == null || item.nextSteps().isBlank() ? "—" : item.nextSteps());
                } else {
                    pdf.heading(time(item.at()) + " à " + end + " — " + item.person(), 12);
                    pdf.field("Lieu", item.place() == null ? "—" : item.place());
                    pdf.field("Inscrits", item.registered().size() + " personne" + (item.registered().size() > 1 ? "s" : ""));
                    item.registered().forEach(pdf::bullet);
                }
                pdf.space(4);
                pdf.rule(0.5f);
                pdf.space(6);
            }
            return pdf.toBytes();
        }
    }
}
