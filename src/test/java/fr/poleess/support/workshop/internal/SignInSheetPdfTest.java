package fr.poleess.support.workshop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.poleess.support.workshop.WorkshopSettings;

/** The sign-in sheet read back with PDFBox's text extraction. */
class SignInSheetPdfTest {

    static final String FOOTER = "Action cofinancée par le Fonds social européen (FSE+) — Département de la Côte-d’Or — 1 500 €";

    @Test
    void showsTheSessionEveryRegisteredNameWithItsAccentsAndTheFundersMention() throws IOException {
        byte[] pdf = SignInSheetPdf.render(sheet(List.of(
                new SignInSheetPdf.Person("LEFÈVRE Élodie", "Savigny-lès-Beaune"),
                new SignInSheetPdf.Person("ŒUVRAY Françoise", "Châtillon-sur-Seine"),
                new SignInSheetPdf.Person("N’DIAYE Aïssatou", "Nuits-Saint-Georges")), List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Feuille d'émargement", "Pôle d'économie solidaire", "Atelier thématique",
                    "« Construire son prévisionnel »", "jeudi 3 décembre 2026", "de 9 h 30 à 12 h 30",
                    "créneau 1 sur 2", "Permanence de Beaune", "conseiller.beaune, Mme Roy, expert-comptable",
                    "LEFÈVRE Élodie", "Savigny-lès-Beaune", "ŒUVRAY Françoise", "Châtillon-sur-Seine",
                    "N’DIAYE Aïssatou", "Signature de l'animateur·rice", "Nom et prénom", "Commune", "Signature",
                    "Fonds social européen (FSE+)", "Côte-d’Or", "1 500 €", "Page 1 / 1");
            // Three registered people, then six blank numbered lines for walk-ins.
            assertThat(text).contains("9\n");
        }
    }

    @Test
    void aLongListRunsOverSeveralPagesWithTheTableHeaderRepeated() throws IOException {
        int shortPages = pages(SignInSheetPdf.render(sheet(people(5), List.of())));
        byte[] longSheet = SignInSheetPdf.render(sheet(people(45), List.of()));

        assertThat(shortPages).isEqualTo(1);
        try (PDDocument document = Loader.loadPDF(longSheet)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(shortPages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertThat(second).contains("Feuille d'émargement", "Nom et prénom (suite)", "Signature", FOOTER.substring(0, 30),
                    "Page 2 / " + document.getNumberOfPages());
            assertThat(new PDFTextStripper().getText(document)).contains("PERSONNE45 Zoé");
        }
    }

    @Test
    void logosFromConfigurationArePrintedAndMissingOnesSkipped(@TempDir Path dir) throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Path logo = dir.resolve("fse.png");
        ImageIO.write(image, "png", logo.toFile());

        byte[] pdf = SignInSheetPdf.render(sheet(people(2), List.of(logo.toString(), dir.resolve("absent.png").toString())));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> images = new ArrayList<>();
            document.getPage(0).getResources().getXObjectNames().forEach(name -> images.add(name.getName()));
            assertThat(images).hasSize(1);
        }
    }

    @Test
    void withoutFooterSettingsTheSheetStillRenders() throws IOException {
        WorkshopSettings.SignInSheet defaults = WorkshopSettings.defaults().signInSheet();
        byte[] pdf = SignInSheetPdf.render(new SignInSheetPdf.Sheet(defaults.organisation(), defaults.organisationDetails(),
                "Petit déj'", "Petit déj' de décembre", null, "vendredi 4 décembre 2026", "de 9 h 30 à 11 h 30", null,
                "En visioconférence : https://visio.example.org/petit-dej", "conseiller.dijon", "Siège",
                List.of(), defaults.spareLines(), defaults.footerText(), defaults.footerLogos()));

        assertThat(pages(pdf)).isEqualTo(1);
    }

    static SignInSheetPdf.Sheet sheet(List<SignInSheetPdf.Person> people, List<String> logos) {
        return new SignInSheetPdf.Sheet("Pôle d'économie solidaire de l'agglomération dijonnaise",
                "10 rue de la Liberté, 21000 Dijon — 03 80 50 90 47", "Atelier thématique", "Construire son prévisionnel",
                "Chiffrer son projet : charges, chiffre d’affaires, seuil de rentabilité", "jeudi 3 décembre 2026",
                "de 9 h 30 à 12 h 30", "créneau 1 sur 2", "Permanence de Beaune, 6 rue du Tribunal, 21200 Beaune",
                "conseiller.beaune, Mme Roy, expert-comptable", "Beaune et sa région", people, 6, FOOTER, logos);
    }

    static List<SignInSheetPdf.Person> people(int count) {
        List<SignInSheetPdf.Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(new SignInSheetPdf.Person("PERSONNE" + i + " Zoé", "Arnay-le-Duc"));
        }
        return people;
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
