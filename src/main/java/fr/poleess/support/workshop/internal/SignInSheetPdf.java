package fr.poleess.support.workshop.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.poleess.support.pdf.PdfFonts;

/**
 * Lays out the sign-in sheet (feuille d'émargement) of one slot on A4 pages: the organisation's header on
 * every page; on the first, what the session is; a table of the registered people (name, commune, a
 * signature box each) followed by blank lines for walk-ins, its header repeated on each page; the
 * facilitator's signature line; the funders' mention and logos at the foot of every page.
 */
final class SignInSheetPdf {

    private static final Logger LOG = LoggerFactory.getLogger(SignInSheetPdf.class);

    /** What the sheet shows. */
    record Sheet(String organisation, String organisationDetails, String kindLabel, String title, String theme,
            String dateLabel, String timesLabel, String slotLabel, String place, String facilitators,
            String territory, List<Person> people, int spareLines, String footerText, List<String> footerLogos) {
    }

    record Person(String name, String commune) {
    }

    private static final float MARGIN = 40;
    private static final float ROW = 30;
    private static final float FOOTER_HEIGHT = 80;
    private static final float[] COLUMNS = { 28, 200, 130 }; // n°, nom, commune; the signature box takes the rest
    private static final Color GREY = new Color(0.9f, 0.9f, 0.9f);

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final Sheet sheet;
    private final float width = PDRectangle.A4.getWidth();
    private final float height = PDRectangle.A4.getHeight();
    private PDPageContentStream out;
    private float y;

    private SignInSheetPdf(PDDocument document, Sheet sheet) {
        this.document = document;
        this.sheet = sheet;
        this.regular = PdfFonts.regular(document);
        this.bold = PdfFonts.bold(document);
        this.italic = PdfFonts.italic(document);
    }

    static byte[] render(Sheet sheet) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Feuille d'émargement — " + sheet.title() + " — " + sheet.dateLabel());
            info.setAuthor(sheet.organisation());
            new SignInSheetPdf(document, sheet).layout();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the sign-in sheet", e);
        }
    }

    private void layout() throws IOException {
        newPage();
        sessionBlock();
        tableHeader(false);
        int number = 1;
        for (Person person : sheet.people()) {
            row(number++, person.name(), person.commune());
        }
        for (int i = 0; i < sheet.spareLines(); i++) {
            row(number++, "", "");
        }
        signatureBlock();
        out.close();
        footers();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = height - MARGIN;
        text(bold, 12, MARGIN, y - 10, sheet.organisation());
        text(regular, 9, MARGIN, y - 24, sheet.organisationDetails());
        String heading = "Feuille d'émargement";
        text(bold, 15, width - MARGIN - bold.getStringWidth(heading) / 1000 * 15, y - 12, heading);
        line(MARGIN, y - 32, width - MARGIN, y - 32, 1f);
        y -= 50;
    }

    private void sessionBlock() throws IOException {
        text(bold, 11, MARGIN, y, sheet.kindLabel());
        y -= 20;
        for (String line : wrap(bold, 15, "« " + sheet.title() + " »", width - 2 * MARGIN)) {
            text(bold, 15, MARGIN, y, line);
            y -= 19;
        }
        if (sheet.theme() != null && !sheet.theme().isBlank()) {
            for (String line : wrap(italic, 10, sheet.theme(), width - 2 * MARGIN)) {
                text(italic, 10, MARGIN, y, line);
                y -= 13;
            }
        }
        y -= 6;
        labelled("Date", sheet.dateLabel());
        labelled("Horaires", sheet.timesLabel() + (sheet.slotLabel() == null ? "" : " (" + sheet.slotLabel() + ")"));
        labelled("Lieu", sheet.place());
        labelled("Animation", sheet.facilitators());
        labelled("Territoire", sheet.territory());
        y -= 10;
        List<String> note = wrap(italic, 8.5f, "En signant, chaque participant·e atteste de sa présence à ce créneau. "
                + "Seule la présence signée compte pour les financeurs.", width - 2 * MARGIN);
        for (String line : note) {
            text(italic, 8.5f, MARGIN, y, line);
            y -= 11;
        }
        y -= 8;
    }

    private void labelled(String label, String value) throws IOException {
        String prefix = label + " : ";
        float prefixWidth = bold.getStringWidth(prefix) / 1000 * 10.5f;
        text(bold, 10.5f, MARGIN, y, prefix);
        for (String line : wrap(regular, 10.5f, value == null ? "" : value, width - 2 * MARGIN - prefixWidth)) {
            text(regular, 10.5f, MARGIN + prefixWidth, y, line);
            y -= 14;
        }
    }

    private void tableHeader(boolean continued) throws IOException {
        float top = y;
        out.setNonStrokingColor(GREY);
        out.addRect(MARGIN, top - 20, width - 2 * MARGIN, 20);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        String[] titles = { "N°", "Nom et prénom" + (continued ? " (suite)" : ""), "Commune", "Signature" };
        float x = MARGIN;
        for (int i = 0; i < titles.length; i++) {
            text(bold, 9.5f, x + 4, top - 14, titles[i]);
            x += i < COLUMNS.length ? COLUMNS[i] : 0;
        }
        box(top, 20);
        y = top - 20;
    }

    private void row(int number, String name, String commune) throws IOException {
        if (y - ROW < MARGIN + FOOTER_HEIGHT) {
            newPage();
            tableHeader(true);
        }
        float top = y;
        text(regular, 9.5f, MARGIN + 4, top - 18, Integer.toString(number));
        text(regular, 10, MARGIN + COLUMNS[0] + 4, top - 18, fit(regular, 10, name, COLUMNS[1] - 8));
        text(regular, 10, MARGIN + COLUMNS[0] + COLUMNS[1] + 4, top - 18, fit(regular, 10, commune, COLUMNS[2] - 8));
        box(top, ROW);
        y = top - ROW;
    }

    private void box(float top, float rowHeight) throws IOException {
        out.setLineWidth(0.6f);
        out.addRect(MARGIN, top - rowHeight, width - 2 * MARGIN, rowHeight);
        float x = MARGIN;
        for (float column : COLUMNS) {
            x += column;
            out.moveTo(x, top);
            out.lineTo(x, top - rowHeight);
        }
        out.stroke();
    }

    private void signatureBlock() throws IOException {
        if (y - 110 < MARGIN + FOOTER_HEIGHT) {
            newPage();
        }
        y -= 22;
        text(regular, 10, MARGIN, y, "Nombre de personnes présentes : ............");
        y -= 22;
        text(bold, 10, MARGIN, y, "Signature de l'animateur·rice :");
        text(regular, 10, width / 2 + 10, y, "Nom : " + (sheet.facilitators() == null ? "" : fit(regular, 10,
                sheet.facilitators(), width / 2 - MARGIN - 40)));
        out.setLineWidth(0.6f);
        out.addRect(MARGIN, y - 56, width / 2 - MARGIN - 20, 48);
        out.stroke();
        y -= 62;
    }

    private void footers() throws IOException {
        List<PDImageXObject> logos = logos();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                line(MARGIN, MARGIN + FOOTER_HEIGHT - 8, width - MARGIN, MARGIN + FOOTER_HEIGHT - 8, 0.5f);
                float x = MARGIN;
                for (PDImageXObject logo : logos) {
                    float h = 28;
                    float w = logo.getWidth() * h / logo.getHeight();
                    footer.drawImage(logo, x, MARGIN + 22, w, h);
                    x += w + 12;
                }
                float textY = MARGIN + 12;
                if (sheet.footerText() != null && !sheet.footerText().isBlank()) {
                    List<String> lines = wrap(regular, 7.5f, sheet.footerText(), width - 2 * MARGIN - 60);
                    textY = MARGIN + 2 + 9 * Math.min(lines.size(), 2);
                    for (String line : lines.subList(0, Math.min(lines.size(), 2))) {
                        text(regular, 7.5f, MARGIN, textY, line);
                        textY -= 9;
                    }
                }
                String page = "Page " + (i + 1) + " / " + count;
                text(regular, 8, width - MARGIN - regular.getStringWidth(page) / 1000 * 8, MARGIN + 2, page);
            }
        }
    }

    private List<PDImageXObject> logos() {
        List<PDImageXObject> images = new ArrayList<>();
        for (String file : sheet.footerLogos()) {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                LOG.warn("Sign-in sheet footer logo not found, skipped: {}", path.toAbsolutePath());
                continue;
            }
            try {
                images.add(PDImageXObject.createFromFile(path.toString(), document));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Sign-in sheet footer logo unreadable, skipped: {}", path.toAbsolutePath(), e);
            }
        }
        return images;
    }

    private void text(PDFont font, float size, float x, float atY, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, atY);
        out.showText(text);
        out.endText();
    }

    private void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        out.setLineWidth(lineWidth);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private static String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        if (text == null || font.getStringWidth(text) / 1000 * size <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getStringWidth(cut + "…") / 1000 * size > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
