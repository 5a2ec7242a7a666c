package fr.poleess.support.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.reporting.ReportFixture.Person;

/**
 * The seed's own table: a 2022 fixture of 98 receptions and 76 people supported gives exactly that
 * first table, the same in JSON, CSV, PDF and on /rapports; managers only; no personal data anywhere.
 */
class ActivityReportOutputsIntegrationTest extends ReportIntegrationTest {

    static final String Y2022 = "?from=2022-01-01&to=2022-12-31";
    /** Receptions and people supported per territory: 40 + 28 + 30 = 98, 30 + 22 + 24 = 76. */
    /** Information sessions and thematic workshops held per territory: 2 + 1 + 1 = 4, 1 + 0 + 1 = 2. */
    static final Map<String, int[]> SESSIONS = Map.of("BEA", new int[] { 2, 1 }, "CHA", new int[] { 1, 0 }, "DIJ",
            new int[] { 1, 1 });
    static final Map<String, int[]> SEED = Map.of("BEA", new int[] { 40, 30 }, "CHA", new int[] { 28, 22 }, "DIJ",
            new int[] { 30, 24 });
    static final String SECRET_NAME = "Zéphyrine";

    @BeforeEach
    void fixture() {
        ReportFixture f = new ReportFixture(jdbc);
        if (f.loaded("S22")) {
            return;
        }
        Map<String, List<Long>> journeys = new java.util.HashMap<>();
        SEED.forEach((territory, counts) -> {
            for (int i = 0; i < counts[0]; i++) {
                Person person = new Person(SECRET_NAME, "Seed" + territory + i, 1970 + i % 30, i % 3 == 0 ? "MALE" : "FEMALE",
                        "JOB_SEEKER", "WORD_OF_MOUTH", null);
                long journey = f.journey("S22", person, territory, LocalDate.of(2022, 1 + i % 12, 1));
                f.reception(journey, LocalDateTime.of(2022, 1 + i % 12, 3, 10, 0), "AGREEMENT");
                if (i < counts[1]) {
                    f.agreement(journey, LocalDate.of(2022, 1 + i % 12, 10), 12, LocalDate.of(2022, 1 + i % 12, 10));
                }
                journeys.computeIfAbsent(territory, t -> new java.util.ArrayList<>()).add(journey);
            }
        });
        SESSIONS.forEach((territory, counts) -> {
            long participant = journeys.get(territory).get(0);
            for (int i = 0; i < counts[0]; i++) {
                long session = f.session("INFORMATION_SESSION", territory, "CLOSED");
                f.attended(session, participant, "PRESENT", f.slot(session, LocalDateTime.of(2022, 3 + 3 * i, 14, 14, 0)));
            }
            for (int i = 0; i < counts[1]; i++) {
                long session = f.session("THEMATIC_WORKSHOP", territory, "CLOSED");
                f.attended(session, participant, "PRESENT", f.slot(session, LocalDateTime.of(2022, 5, 20, 9, 0)));
            }
            // Nobody came: not held.
            long empty = f.session("THEMATIC_WORKSHOP", territory, "CLOSED");
            f.attended(empty, participant, "ABSENT", f.slot(empty, LocalDateTime.of(2022, 9, 20, 9, 0)));
        });
    }

    @Test
    void theSeedsShapeGivesExactlyTheFirstTable() {
        ResponseEntity<Map<String, Object>> response = report(MANAGER, Y2022);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> json = response.getBody();
        SEED.forEach((territory, counts) -> {
            assertThat(cell(json, "activity", territory, "receptions")).isEqualTo(counts[0]);
            assertThat(cell(json, "activity", territory, "peopleSupported")).isEqualTo(counts[1]);
            assertThat(cell(json, "activity", territory, "informationSessions")).isEqualTo(SESSIONS.get(territory)[0]);
            assertThat(cell(json, "activity", territory, "thematicWorkshops")).isEqualTo(SESSIONS.get(territory)[1]);
            assertThat(cell(json, "activity", territory, "breakfasts")).isEqualTo(0);
        });
        assertThat(cell(json, "activity", "TOTAL", "receptions")).isEqualTo(98);
        assertThat(cell(json, "activity", "TOTAL", "peopleSupported")).isEqualTo(76);
        assertThat(cell(json, "activity", "TOTAL", "informationSessions")).isEqualTo(4);
        assertThat(cell(json, "activity", "TOTAL", "thematicWorkshops")).isEqualTo(2);
        assertThat(cell(json, "activity", "TOTAL", "breakfasts")).isEqualTo(0);
    }

    @Test
    void theCsvOpensInAFrenchSpreadsheet() {
        ResponseEntity<byte[]> csv = rest.withBasicAuth(MANAGER, PASSWORD).exchange("/api/reports/activity" + Y2022,
                HttpMethod.GET, accept("text/csv"), byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("rapport-activite_2022-01-01_2022-12-31.csv");
        byte[] bytes = csv.getBody();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Rapport d'activité;du 1er janvier 2022 au 31 décembre 2022;Tous les territoires");
        int header = lines.indexOf("Activité par territoire") + 1;
        List<String> columns = List.of(lines.get(header).split(";", -1));
        assertThat(columns).containsExactly("Territoire", "Accueils", "Personnes accompagnées",
                "Informations collectives", "Ateliers thématiques", "Petits déj'");
        Map<String, Object> json = report(MANAGER, Y2022).getBody();
        for (int i = 1; i <= 4; i++) {
            String[] fields = lines.get(header + i).split(";", -1);
            assertThat(fields).hasSize(columns.size());
            String key = switch (fields[0]) {
                case "Beaune et sa région" -> "BEA";
                case "Châtillonnais" -> "CHA";
                case "Siège – agglomération dijonnaise" -> "DIJ";
                case "Total" -> "TOTAL";
                default -> throw new AssertionError("Unexpected row " + fields[0]);
            };
            assertThat(Integer.parseInt(fields[1])).isEqualTo(cell(json, "activity", key, "receptions"));
            assertThat(Integer.parseInt(fields[2])).isEqualTo(cell(json, "activity", key, "peopleSupported"));
            assertThat(Integer.parseInt(fields[3])).isEqualTo(cell(json, "activity", key, "informationSessions"));
            assertThat(Integer.parseInt(fields[4])).isEqualTo(cell(json, "activity", key, "thematicWorkshops"));
            assertThat(Integer.parseInt(fields[5])).isEqualTo(cell(json, "activity", key, "breakfasts"));
        }
        assertThat(lines).contains("Territoire;Parcours clôturés;Durée moyenne (jours);Durée moyenne (mois)");
        assertThat(text).doesNotContain(SECRET_NAME).doesNotContain("@example.org").doesNotContain("S22-");
        // format=csv is the same as the Accept header.
        assertThat(rest.withBasicAuth(MANAGER, PASSWORD).getForEntity("/api/reports/activity" + Y2022 + "&format=csv",
                byte[].class).getBody()).isEqualTo(bytes);
    }

    @Test
    void thePdfPrintsTheSameNumbersAsTheJsonAndAChart() throws IOException {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(MANAGER, PASSWORD).exchange("/api/reports/activity" + Y2022,
                HttpMethod.GET, accept("application/pdf"), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        assertThat(text).contains("Rapport d'activité", "du 1er janvier 2022 au 31 décembre 2022", "Activité par territoire",
                "Activité par territoire : graphique", "Personnes accompagnées");
        // The funder reads how each figure is counted in the report itself.
        assertThat(text).contains("Annexe — Comment chaque chiffre est compté", "Une personne", "Accueils",
                "Informations collectives", "Durée moyenne des parcours").doesNotContain("docs/reporting.md");
        Map<String, Object> json = report(MANAGER, Y2022).getBody();
        for (String[] row : List.of(new String[] { "Beaune et sa région", "BEA" }, new String[] { "Châtillonnais", "CHA" },
                new String[] { "Siège – agglomération dijonnaise", "DIJ" }, new String[] { "Total", "TOTAL" })) {
            String expected = row[0] + " " + cell(json, "activity", row[1], "receptions") + " "
                    + cell(json, "activity", row[1], "peopleSupported") + " "
                    + cell(json, "activity", row[1], "informationSessions") + " "
                    + cell(json, "activity", row[1], "thematicWorkshops") + " " + cell(json, "activity", row[1], "breakfasts");
            assertThat(text).as("row %s of the first table", row[0]).contains(expected);
        }
        assertThat(text).doesNotContain(SECRET_NAME).doesNotContain("@example.org").doesNotContain("S22-");
    }

    @Test
    void theReportPageShowsTheFirstTableToManagersAndPrintsCleanly() {
        ResponseEntity<String> page = rest.withBasicAuth(MANAGER, PASSWORD).getForEntity("/rapports" + Y2022, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = page.getBody();
        assertThat(html).contains("<html lang=\"fr\">", "Rapport d'activité", "Du 1er janvier 2022 au 31 décembre 2022",
                "<th scope=\"row\">Beaune et sa région</th><td class=\"n\">40</td><td class=\"n\">30</td>",
                "<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"n\">98</td><td class=\"n\">76</td>"
                        + "<td class=\"n\">4</td><td class=\"n\">2</td><td class=\"n\">0</td></tr>",
                "<svg", "@media print", "format=csv", "format=pdf");
        assertThat(html).contains("<h2>Comment chaque chiffre est compté</h2>", "<dt>Personnes accompagnées</dt>",
                "<dt>Ateliers thématiques</dt>").doesNotContain("docs/reporting.md");
        assertThat(html).doesNotContain(SECRET_NAME).doesNotContain("@example.org").doesNotContain("S22-");
        assertThat(rest.withBasicAuth(MANAGER, PASSWORD).getForEntity("/rapports?from=2022-12-31&to=2022-01-01",
                String.class).getBody()).contains("Fin de période");
    }

    @Test
    void advisorsAreRefusedAndManagersAndAdministratorsServed() {
        assertThat(report("conseiller.beaune", Y2022).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("conseiller.dijon", PASSWORD).getForEntity("/rapports", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(report("admin", Y2022).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map<String, Object>> thisYear = report(MANAGER, "");
        assertThat(thisYear.getStatusCode()).isEqualTo(HttpStatus.OK);
        int year = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        assertThat(thisYear.getBody()).containsEntry("from", year + "-01-01").containsEntry("to", year + "-12-31");
        // A manager already logged in to Cockpit opens the page without a second login; an advisor's
        // Tasklist session is still refused.
        HttpTestClient manager = new HttpTestClient(port);
        assertThat(manager.webappLogin("cockpit", MANAGER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(manager.get("/rapports" + Y2022).body()).contains("<td class=\"n\">98</td>");
        HttpTestClient advisor = new HttpTestClient(port);
        assertThat(advisor.webappLogin("tasklist", "conseiller.beaune", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(advisor.get("/rapports").statusCode()).isEqualTo(403);
        ResponseEntity<String> anonymous = rest.getForEntity("/rapports", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void theJsonHoldsNoPersonalData() {
        String json = rest.withBasicAuth(MANAGER, PASSWORD).getForEntity("/api/reports/activity" + Y2022, String.class)
                .getBody();
        assertThat(json).doesNotContain(SECRET_NAME).doesNotContain("Seed").doesNotContain("@example.org")
                .doesNotContain("06 00").doesNotContain("S22-");
    }

    private static HttpEntity<Void> accept(String mediaType) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, mediaType);
        return new HttpEntity<>(headers);
    }
}
