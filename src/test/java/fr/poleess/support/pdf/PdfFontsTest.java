package fr.poleess.support.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    static final String FRENCH = "Élodie Lœuvre, café « Œuf & Cœur » à Châtillon — l’été, 1 250 € ; ç è ê ë î ï ô ù û ü ÿ";

    @Test
    void everyFrenchCharacterIsWrittenAndReadBack() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PdfFonts.regular(document), 11);
                content.newLineAtOffset(50, 700);
                content.showText(FRENCH);
                content.setFont(PdfFonts.bold(document), 11);
                content.newLineAtOffset(0, -20);
                content.showText(FRENCH);
                content.setFont(PdfFonts.italic(document), 11);
                content.newLineAtOffset(0, -20);
                content.showText(FRENCH);
                content.endText();
            }
            document.save(pdf);
        }
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text.lines().filter(FRENCH::equals)).hasSize(3);
        }
    }
}
