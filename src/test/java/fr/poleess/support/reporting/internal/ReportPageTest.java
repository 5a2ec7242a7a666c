package fr.poleess.support.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.poleess.support.reporting.internal.ActivityReport.Column;
import fr.poleess.support.reporting.internal.ActivityReport.Row;
import fr.poleess.support.reporting.internal.ActivityReport.Table;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;

/** The {@code /rapports} page as HTML, without starting the application: table, chart, links, escaping. */
class ReportPageTest {

    private final ActivityReports reports = mock(ActivityReports.class);
    private final Territories territories = mock(Territories.class);
    private final ReportPage page = new ReportPage(reports, new ReportHtml(), territories,
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Paris")));

    ReportPageTest() {
        List<Territory> all = List.of(territory("CHA", "Châtillon <Montbard>"), territory("BEA", "Pays Beaunois & Côte"));
        when(territories.findAll()).thenReturn(all);
    }

    @Test
    void showsTheFirstTableItsChartAndTheDownloads() {
        when(reports.compute(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "BEA")).thenReturn(report());

        String html = page.page("2026-01-01", "2026-12-31", "BEA");

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").endsWith("</main>\n</body>\n</html>\n")
                .contains("<h1>Rapport d'activité</h1>")
                .contains("<option value=\"BEA\" selected>Pays Beaunois &amp; Côte</option>")
                .contains("<option value=\"CHA\">Châtillon &lt;Montbard&gt;</option>")
                .contains("<a href=\"/rapports?from=2024-01-01&amp;to=2024-12-31&amp;territory=BEA\">Année 2024</a>")
                .contains("<p class=\"period\">Du 1er janvier 2026 au 31 décembre 2026 — Pays Beaunois &amp; Côte</p>")
                .contains("<th scope=\"col\" class=\"n\">Accueils</th>")
                .contains("<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"n\">1\u00a0234</td><td class=\"n\">12,5</td></tr>")
                .contains("<p class=\"note\">Une personne compte une fois.</p>")
                .contains("<svg role=\"img\" aria-label=\"Activité par territoire : graphique\" viewBox=\"0 0 900 300\"")
                .contains("<rect x=\"404.0\" y=\"40.0\" width=\"44.0\" height=\"200.0\" fill=\"#1f4e79\">"
                        + "<title>Pays Beaunois &amp; Côte — Accueils : 1\u00a0234</title></rect>")
                .contains("<a href=\"/api/reports/activity?from=2026-01-01&amp;to=2026-12-31&amp;territory=BEA&amp;format=csv\">")
                .contains("<section class=\"rules\" id=\"regles\">").doesNotContain("role=\"alert\"");
    }

    @Test
    void saysWhyWhenThePeriodIsRefused() {
        when(reports.compute(any(), any(), any()))
                .thenThrow(new InvalidInputException("to", "Fin de période", "doit être postérieure"));

        String html = page.page("2026-12-31", "2026-01-01", null);

        assertThat(html).contains("<p class=\"error\" role=\"alert\">")
                .contains("<input type=\"date\" name=\"from\" value=\"2026-01-01\">")
                .contains("<a href=\"/rapports?from=2026-01-01&amp;to=2026-12-31\">Année 2026</a>")
                .doesNotContain("<svg", "<table>").contains("<section class=\"rules\" id=\"regles\">");
    }

    private static ActivityReport report() {
        List<Column> columns = List.of(new Column("receptions", "Accueils"), new Column("average", "Durée <moyenne>"));
        Map<String, Number> territory = new LinkedHashMap<>();
        territory.put("receptions", 1234);
        territory.put("average", new BigDecimal("12.5"));
        Table first = new Table("activity", "Activité par territoire", "Territoire", columns,
                List.of(new Row("BEA", "Pays Beaunois & Côte", false, territory), new Row("TOTAL", "Total", true, territory)),
                "Une personne compte une fois.");
        return new ActivityReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "BEA", "Pays Beaunois & Côte",
                LocalDateTime.of(2026, 12, 1, 11, 0), List.of(first));
    }

    private static Territory territory(String code, String name) {
        Territory territory = mock(Territory.class);
        when(territory.getCode()).thenReturn(code);
        when(territory.getName()).thenReturn(name);
        return territory;
    }
}
