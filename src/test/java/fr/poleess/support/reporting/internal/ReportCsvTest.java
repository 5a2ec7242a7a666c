package fr.poleess.support.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.poleess.support.reporting.internal.ActivityReport.Column;
import fr.poleess.support.reporting.internal.ActivityReport.Row;
import fr.poleess.support.reporting.internal.ActivityReport.Table;

/** The CSV a French spreadsheet opens as it is: BOM, semicolons, decimal commas, quoted fields. */
class ReportCsvTest {

    @Test
    void writesUtf8WithABomSemicolonsAndDecimalCommas() {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("closed", 3);
        values.put("days", new BigDecimal("285.5"));
        Table table = new Table("journeyLength", "Durée moyenne des parcours", "Territoire",
                List.of(new Column("closed", "Parcours clôturés"), new Column("days", "Durée moyenne (jours)")),
                List.of(new Row("BEA", "Beaune; « et sa région »", false, values)), null);
        ActivityReport report = new ActivityReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
                "Tous les territoires", LocalDateTime.of(2027, 1, 5, 10, 0), List.of(table));

        byte[] csv = ReportCsv.write(report);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).containsExactly(
                "Rapport d'activité;du 1er janvier 2026 au 31 décembre 2026;Tous les territoires",
                "",
                "Durée moyenne des parcours",
                "Territoire;Parcours clôturés;Durée moyenne (jours)",
                "\"Beaune; « et sa région »\";3;285,5");
    }
}
