package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs bpmnlint (recommended rules + Camunda 7.24 compatibility, see {@code .ci/bpmnlint/.bpmnlintrc}) on every
 * {@code processes/*.bpmn}, the same check Camunda Modeler shows. Needs Node.js and {@code npm ci} in
 * {@code .ci/bpmnlint}; skipped otherwise.
 */
class BpmnLintTest {

    private static final Path LINT_DIR = Path.of(".ci", "bpmnlint");
    private static final Path BPMNLINT = LINT_DIR.resolve(Path.of("node_modules", ".bin", "bpmnlint"));

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void hasNoLintError(Path model) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(BPMNLINT),
                "bpmnlint is not installed: run `npm ci` in .ci/bpmnlint (needs Node.js) to lint the BPMN models");

        Process process = new ProcessBuilder(List.of(BPMNLINT.toAbsolutePath().toString(),
                model.toAbsolutePath().toString()))
                .directory(LINT_DIR.toFile()) // where .bpmnlintrc is
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        System.out.println("bpmnlint " + model + (output.isBlank() ? ": no problem" : ":\n" + output));

        assertThat(finished).as("bpmnlint finished within 2 minutes").isTrue();
        assertThat(process.exitValue()).as("bpmnlint exit code for %s:%n%s", model, output).isZero();
    }
}
