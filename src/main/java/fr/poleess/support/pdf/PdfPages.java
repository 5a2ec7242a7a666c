package fr.poleess.support.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A small top-to-bottom layout over PDFBox for our French documents: headings, wrapped paragraphs,
 * labelled fields, bullets and simple tables, starting a new page when the current one is full.
 * Every text goes through {@link PdfFonts}; a character the font lacks is printed as « ? » rather
 * than failing the whole document.
 */
public final class PdfPages implements AutoCloseable {

    public static final float MARGIN = 50;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private int pages;

    /**
     * @param size {@code PDRectangle.A4}, or a landscape one
     * @param footer printed at the bottom of every page with its number; may be {@literal null}
     */
    public PdfPages(PDRectangle size, String footer) {
        this.size = size;
        this.footer = footer;
        this.regular = PdfFonts.regular(document);
        this.bold = PdfFonts.bold(document);
        newPage();
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    public float left() {
        return MARGIN;
    }

    public float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** Distance from the bottom of the page to the next line's top. */
    public float y() {
        return y;
    }

    /** The current page's drawing stream, for shapes (charts); text should go through {@link #text}. */
    public PDPageContentStream content() {
        return content;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    public void ensureSpace(float height) {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    /** Moves the cursor down. */
    public void space(float points) {
        y -= points;
    }

    public void heading(String text, float fontSize) {
        paragraph(text, bold, fontSize);
        space(fontSize * 0.4f);
    }

    public void paragraph(String text) {
        paragraph(text, regular, BODY_SIZE);
    }

    /** Wrapped to the page width; line breaks in {@code text} are kept. */
    public void paragraph(String text, PDFont font, float fontSize) {
        for (String line : wrap(text == null ? "" : text, font, fontSize, width())) {
            ensureSpace(fontSize * LEADING);
            y -= fontSize * LEADING;
            text(line, font, fontSize, left(), y + fontSize * 0.3f);
        }
    }

    /** « Label : value », the label in bold, the value wrapped under the label's width. */
    public void field(String label, String value) {
        String prefix = label + " : ";
        float prefixWidth = textWidth(prefix, bold, BODY_SIZE);
        List<String> lines = wrap(value == null || value.isBlank() ? "—" : value, regular, BODY_SIZE,
                width() - prefixWidth);
        for (int i = 0; i < lines.size(); i++) {
            ensureSpace(BODY_SIZE * LEADING);
            y -= BODY_SIZE * LEADING;
            if (i == 0) {
                text(prefix, bold, BODY_SIZE, left(), y + BODY_SIZE * 0.3f);
            }
            text(lines.get(i), regular, BODY_SIZE, left() + prefixWidth, y + BODY_SIZE * 0.3f);
        }
    }

    public void bullet(String value) {
        float indent = 14;
        List<String> lines = wrap(value, regular, BODY_SIZE, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensureSpace(BODY_SIZE * LEADING);
            y -= BODY_SIZE * LEADING;
            if (i == 0) {
                text("•", regular, BODY_SIZE, left() + 3, y + BODY_SIZE * 0.3f);
            }
            text(lines.get(i), regular, BODY_SIZE, left() + indent, y + BODY_SIZE * 0.3f);
        }
    }

    /**
     * A table: a wide first column, the other columns right-aligned and equally wide. Headers wrap.
     *
     * @param boldRows indexes of the rows printed in bold (totals)
     */
    public void table(List<String> headers, List<List<String>> rows, float firstColumnWidth, List<Integer> boldRows) {
        float fontSize = 9.5f;
        int others = headers.size() - 1;
        float columnWidth = others == 0 ? 0 : (width() - firstColumnWidth) / others;
        List<List<String>> headerLines = new ArrayList<>();
        int headerHeight = 1;
        for (int i = 0; i < headers.size(); i++) {
            List<String> lines = wrap(headers.get(i), bold, fontSize, (i == 0 ? firstColumnWidth : columnWidth) - 6);
            headerLines.add(lines);
            headerHeight = Math.max(headerHeight, lines.size());
        }
        float rowHeight = fontSize * 1.6f;
        ensureSpace(headerHeight * fontSize * 1.25f + rowHeight * Math.min(rows.size(), 3) + 6);
        float top = y;
        for (int i = 0; i < headers.size(); i++) {
            List<String> lines = headerLines.get(i);
            for (int l = 0; l < lines.size(); l++) {
                float lineY = top - (l + 1) * fontSize * 1.25f;
                if (i == 0) {
                    text(lines.get(l), bold, fontSize, left(), lineY);
                } else {
                    float right = left() + firstColumnWidth + i * columnWidth - 3;
                    text(lines.get(l), bold, fontSize, right - textWidth(lines.get(l), bold, fontSize), lineY);
                }
            }
        }
        y = top - headerHeight * fontSize * 1.25f - 4;
        rule(0.8f);
        for (int r = 0; r < rows.size(); r++) {
            if (y - rowHeight < MARGIN + 20) {
                newPage();
            }
            List<String> row = rows.get(r);
            PDFont font = boldRows.contains(r) ? bold : regular;
            if (boldRows.contains(r)) {
                rule(0.5f);
            }
            y -= rowHeight;
            float baseline = y + fontSize * 0.45f;
            String first = wrap(row.get(0), font, fontSize, firstColumnWidth - 6).get(0);
            text(first, font, fontSize, left(), baseline);
            for (int i = 1; i < row.size(); i++) {
                float right = left() + firstColumnWidth + i * columnWidth - 3;
                text(row.get(i), font, fontSize, right - textWidth(row.get(i), font, fontSize), baseline);
            }
        }
        rule(0.8f);
        space(6);
    }

    /** A horizontal line across the page at the cursor. */
    public void rule(float thickness) {
        try {
            content.setStrokingColor(Color.GRAY);
            content.setLineWidth(thickness);
            content.moveTo(left(), y);
            content.lineTo(left() + width(), y);
            content.stroke();
            content.setStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of text at a position, with characters the font lacks replaced. */
    public void text(String value, PDFont font, float fontSize, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(value, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float textWidth(String value, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(printable(value, font)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines no wider than {@code maxWidth}; words longer than a line are cut. */
    public List<String> wrap(String text, PDFont font, float fontSize, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, fontSize) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (textWidth(word, font, fontSize) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && textWidth(word.substring(0, cut), font, fontSize) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The finished document. */
    public byte[] toBytes() {
        try {
            closePage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            closePage();
            PDPage page = new PDPage(size);
            document.addPage(page);
            pages++;
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
            if (footer != null) {
                String text = footer + " — page " + pages;
                text(text, regular, 8, left(), MARGIN - 20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private String printable(String value, PDFont font) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
