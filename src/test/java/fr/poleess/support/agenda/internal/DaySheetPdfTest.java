package fr.poleess.support.agenda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The day sheet's French layout, read back with PDFBox. */
class DaySheetPdfTest {

    @Test
    void oneA4PageInFrenchWithAppointmentsAndSessions() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<AdvisorAgenda.Item> items = List.of(
                new AdvisorAgenda.Item(AdvisorAgenda.Item.Kind.APPOINTMENT, "appointment-1", day.atTime(9, 0), 60,
                        "Chloé Perrin", "C. P.", "Seurre", "06 22 33 44 55", "à la permanence",
                        "Permanence de Seurre, Mairie, salle du conseil, place de l'Hôtel de Ville, 21250 Seurre",
                        "Apporter les devis du local ; appeler la CMA.", "BEA", List.of(), 0, "BEA-2026-0001"),
                new AdvisorAgenda.Item(AdvisorAgenda.Item.Kind.APPOINTMENT, "appointment-2", day.atTime(14, 30), 60,
                        "Bruno Lefèvre", "B. L.", "Nolay", "03 80 21 00 01", "à domicile",
                        "Domicile : 3 rue des Halles, 21340 Nolay", null, "BEA", List.of(), 1, "BEA-2026-0002"),
                new AdvisorAgenda.Item(AdvisorAgenda.Item.Kind.SESSION, "session-slot-3", day.atTime(17, 0), 120,
                        "Atelier thématique : Construire son prévisionnel", null, null, null, null,
                        "Antenne de Beaune, 6 rue du Tribunal, 21200 Beaune", null, "BEA",
                        List.of("Inès Garnier — 06 11 22 33 44", "Karim Benali"), 0, null));

        byte[] pdf = DaySheetPdf.render("Camille Roux", day, items, LocalDateTime.of(2026, 11, 30, 18, 5));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/day-sheet-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(841.89f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Feuille de route du mardi 1er décembre 2026").contains("Camille Roux")
                    .contains("imprimée le lundi 30 novembre 2026 à 18 h 05")
                    .contains("9 h 00 — Chloé Perrin").contains("06 22 33 44 55").contains("Permanence de Seurre")
                    .contains("Apporter les devis du local").contains("14 h 30 — Bruno Lefèvre")
                    .contains("Domicile : 3 rue des Halles, 21340 Nolay")
                    .contains("17 h 00 à 19 h 00 — Atelier thématique : Construire son prévisionnel")
                    .contains("Inscrits : 2 personnes").contains("Inès Garnier — 06 11 22 33 44");
        }
    }
}
