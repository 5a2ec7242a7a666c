package fr.poleess.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are modules: no cycles between them, none reaches into another's
 * {@code internal} package, and each uses only the modules its {@code package-info.java} allows
 * ({@code @ApplicationModule(allowedDependencies = …)}). The second test writes the module diagram, one
 * diagram per module and the module canvases into {@code docs/modules/}, so that they stay true: a change
 * of the module graph shows in the diff of the commit that makes it. The Documenter writes the lines of a
 * diagram or a canvas list in no fixed order, so a file is replaced only when its lines differ as a set
 * (ignoring the table cell marker that goes to whichever line comes first), not when they are merely
 * shuffled: an unchanged graph leaves the tree clean.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SupportApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        Path written = Files.createTempDirectory("modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeDocumentation();
        Path docs = Path.of("docs/modules");
        Files.createDirectories(docs);
        try (Stream<Path> files = Files.list(written)) {
            for (Path file : files.toList()) {
                Path target = docs.resolve(file.getFileName().toString());
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted().toList();
    }
}
