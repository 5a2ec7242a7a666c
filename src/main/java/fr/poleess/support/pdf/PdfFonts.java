package fr.poleess.support.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of every PDF we produce. PDFBox's standard 14 fonts cannot encode œ, ’ or € (WinAnsi
 * covers part of French only), so we embed Liberation Sans, subset to the characters used.
 */
public final class PdfFonts {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final String ITALIC = "liberation/LiberationSans-Italic.ttf";

    private PdfFonts() {
    }

    public static PDFont regular(PDDocument document) {
        return load(document, REGULAR);
    }

    public static PDFont bold(PDDocument document) {
        return load(document, BOLD);
    }

    public static PDFont italic(PDDocument document) {
        return load(document, ITALIC);
    }

    private static PDFont load(PDDocument document, String resource) {
        try (InputStream font = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return PDType0Font.load(document, font);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
