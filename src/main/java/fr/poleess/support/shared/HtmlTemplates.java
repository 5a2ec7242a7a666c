package fr.poleess.support.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The server-rendered pages' templates ({@code templates/<name>.mustache}), compiled the one way every
 * page needs: markup escaped, accents kept (the pages are UTF-8), a missing value written as nothing,
 * partials read from the same folder.
 */
public final class HtmlTemplates {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withEscaper(text -> HtmlUtils.htmlEscape(text, "UTF-8"))
            .nullValue("")
            .withLoader(HtmlTemplates::reader);

    private HtmlTemplates() {
    }

    /** The template {@code templates/<name>.mustache}, e.g. {@code compile("agenda/my-agenda")}. */
    public static Template compile(String name) {
        return COMPILER.compile(reader(name));
    }

    private static Reader reader(String name) {
        try {
            return new InputStreamReader(new ClassPathResource("templates/" + name + ".mustache").getInputStream(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No template " + name, e);
        }
    }
}
