package fr.poleess.support.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.poleess.support.reporting.internal.ActivityReport.Column;
import fr.poleess.support.reporting.internal.ActivityReport.Row;
import fr.poleess.support.reporting.internal.ActivityReport.Table;

/**
 * The report as CSV for a French spreadsheet: {@code ;} between fields, decimal commas, UTF-8
 * with a byte order mark (without it, Excel reads the accents as Windows-1252), CRLF line ends.
 * The tables follow each other, each with its title line and its header line.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final String SEPARATOR = ";";
    private static final String EOL = "\r\n";

    private ReportCsv() {
    }

    static byte[] write(ActivityReport report) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of("Rapport d'activité", ReportFormat.period(report), report.territoryName()));
        for (Table table : report.tables()) {
            csv.append(EOL);
            line(csv, List.of(table.title()));
            List<String> header = new ArrayList<>();
            header.add(table.rowHeader());
            table.columns().forEach(c -> header.add(c.label()));
            line(csv, header);
            for (Row row : table.rows()) {
                List<String> fields = new ArrayList<>();
                fields.add(row.label());
                for (Column column : table.columns()) {
                    fields.add(ReportFormat.csv(row.value(column.key())));
                }
                line(csv, fields);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(SEPARATOR, fields.stream().map(ReportCsv::field).toList())).append(EOL);
    }

    private static String field(String value) {
        if (value.contains(SEPARATOR) || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
