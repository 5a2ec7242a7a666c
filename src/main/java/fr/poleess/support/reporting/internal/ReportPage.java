package fr.poleess.support.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.reporting.internal.ActivityReport.Column;
import fr.poleess.support.reporting.internal.ActivityReport.Row;
import fr.poleess.support.reporting.internal.ActivityReport.Table;
import fr.poleess.support.shared.FrenchFormat;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;

/**
 * {@code /rapports}: the first table of the activity report and its chart, in a plain French page
 * for managers, with the CSV and PDF downloads. Same HTTP Basic login as the API: the browser asks
 * for the Camunda user name and password once, then sends them to the download links too.
 */
@Controller
class ReportPage {

    private static final String[] COLOURS = { "#1f4e79", "#5b9bd5", "#c55a11", "#f4b183", "#548235", "#a9d18e" };

    private final ActivityReports reports;
    private final Territories territories;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportPage(ActivityReports reports, Territories territories, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.territories = territories;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping(value = "/rapports", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String territory) {
        ReportController.requireManager(currentUser);
        String code = territory == null || territory.isBlank() ? null : territory;
        StringBuilder html = new StringBuilder();
        ActivityReport report = null;
        String error = null;
        try {
            report = reports.compute(date(from, "from", "Début de période"), date(to, "to", "Fin de période"), code);
        } catch (InvalidInputException e) {
            error = e.getMessage();
        }
        head(html);
        html.append("<h1>Rapport d'activité</h1>\n");
        form(html, report, code);
        if (error != null) {
            html.append("<p class=\"error\" role=\"alert\">").append(htmlEscape(error)).append("</p>\n");
        } else {
            html.append("<p class=\"period\">").append(htmlEscape(capitalised(ReportFormat.period(report))))
                    .append(" — ").append(htmlEscape(report.territoryName())).append("</p>\n");
            table(html, report.firstTable());
            chart(html, report.firstTable());
            downloads(html, report);
        }
        countingRules(html);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private LocalDate date(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, label, "n'est pas une date valide (AAAA-MM-JJ)");
        }
    }

    private static void head(StringBuilder html) {
        html.append("""
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Rapport d'activité</title>
                <style>
                  body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #222; margin: 0; background: #f6f7f9; }
                  main { max-width: 980px; margin: 0 auto; padding: 24px; background: #fff; }
                  h1 { font-size: 1.6rem; margin: 0 0 16px; }
                  form { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: flex-end; padding: 12px 16px;
                         background: #eef2f7; border-radius: 6px; }
                  label { display: flex; flex-direction: column; font-size: .9rem; gap: 4px; }
                  input, select, button { font: inherit; padding: 4px 6px; }
                  button { background: #1f4e79; color: #fff; border: 0; border-radius: 4px; padding: 6px 14px; cursor: pointer; }
                  .period { font-weight: bold; margin: 18px 0 8px; }
                  table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; }
                  th, td { padding: 6px 10px; border-bottom: 1px solid #ccd; }
                  th { text-align: left; background: #f0f0f4; }
                  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
                  tr.total td { font-weight: bold; border-top: 2px solid #888; }
                  .note { font-size: .85rem; color: #555; }
                  .rules { font-size: .9rem; margin-top: 28px; border-top: 1px solid #ccd; }
                  .rules h2 { font-size: 1.2rem; } .rules h3 { font-size: 1rem; margin: 16px 0 4px; }
                  .rules dt { font-weight: bold; margin-top: 8px; } .rules dd { margin: 2px 0 0 16px; }
                  .error { color: #a00; font-weight: bold; }
                  .downloads a { display: inline-block; margin-right: 16px; }
                  svg { max-width: 100%; height: auto; }
                  @media print {
                    body { background: #fff; }
                    main { max-width: none; padding: 0; }
                    form, .downloads { display: none; }
                    table, svg { page-break-inside: avoid; }
                    a { color: inherit; text-decoration: none; }
                  }
                </style>
                </head>
                <body>
                <main>
                """);
    }

    private void form(StringBuilder html, ActivityReport report, String code) {
        int year = LocalDate.now(clock).getYear();
        String from = report != null ? report.from().toString() : LocalDate.of(year, 1, 1).toString();
        String to = report != null ? report.to().toString() : LocalDate.of(year, 12, 31).toString();
        html.append("<form method=\"get\" action=\"/rapports\">\n")
                .append("<label>Du <input type=\"date\" name=\"from\" value=\"").append(from).append("\"></label>\n")
                .append("<label>Au <input type=\"date\" name=\"to\" value=\"").append(to).append("\"></label>\n")
                .append("<label>Territoire <select name=\"territory\">\n<option value=\"\">Tous les territoires</option>\n");
        List<Territory> all = territories.findAll().stream().sorted(Comparator.comparing(Territory::getName)).toList();
        for (Territory territory : all) {
            html.append("<option value=\"").append(htmlEscape(territory.getCode())).append('"')
                    .append(territory.getCode().equals(code) ? " selected" : "").append('>')
                    .append(htmlEscape(territory.getName())).append("</option>\n");
        }
        html.append("</select></label>\n<button type=\"submit\">Afficher</button>\n");
        for (int y = year; y >= year - 2; y--) {
            html.append("<a href=\"/rapports?from=").append(y).append("-01-01&amp;to=").append(y).append("-12-31")
                    .append(code == null ? "" : "&amp;territory=" + htmlEscape(code)).append("\">Année ").append(y)
                    .append("</a>\n");
        }
        html.append("</form>\n");
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table>\n<caption class=\"note\">").append(htmlEscape(table.title())).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(htmlEscape(table.rowHeader())).append("</th>");
        for (Column column : table.columns()) {
            html.append("<th scope=\"col\" class=\"n\">").append(htmlEscape(column.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Row row : table.rows()) {
            html.append(row.total() ? "<tr class=\"total\">" : "<tr>").append("<th scope=\"row\">")
                    .append(htmlEscape(row.label())).append("</th>");
            for (Column column : table.columns()) {
                html.append("<td class=\"n\">").append(ReportFormat.text(row.value(column.key()))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (table.note() != null) {
            html.append("<p class=\"note\">").append(htmlEscape(table.note())).append("</p>\n");
        }
    }

    /** The same grouped bar chart as the PDF's, as inline SVG. */
    private static void chart(StringBuilder html, Table table) {
        List<Row> rows = table.rows().stream().filter(r -> !r.total()).toList();
        List<Column> columns = table.columns();
        int width = 900;
        int height = 300;
        int bottom = 240;
        long max = 1;
        for (Row row : rows) {
            for (Column column : columns) {
                max = Math.max(max, row.value(column.key()).longValue());
            }
        }
        double groupWidth = (double) (width - 40) / Math.max(1, rows.size());
        double barWidth = Math.min(48, (groupWidth - 30) / Math.max(1, columns.size()));
        html.append("<svg role=\"img\" aria-label=\"").append(htmlEscape(table.title()))
                .append(" : graphique\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"12\">\n");
        html.append("<line x1=\"20\" y1=\"").append(bottom).append("\" x2=\"").append(width - 20).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#555\"/>\n");
        for (int g = 0; g < rows.size(); g++) {
            Row row = rows.get(g);
            double groupLeft = 20 + g * groupWidth + (groupWidth - barWidth * columns.size()) / 2;
            for (int c = 0; c < columns.size(); c++) {
                long value = row.value(columns.get(c).key()).longValue();
                double barHeight = (bottom - 40) * (double) value / max;
                double x = groupLeft + c * barWidth;
                html.append(String.format(java.util.Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s — %s : %s</title></rect>%n",
                        x + 2, bottom - barHeight, barWidth - 4, barHeight, COLOURS[c % COLOURS.length],
                        htmlEscape(row.label()), htmlEscape(columns.get(c).label()), FrenchFormat.number(value)));
                html.append(String.format(java.util.Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n", x + barWidth / 2,
                        bottom - barHeight - 4, FrenchFormat.number(value)));
            }
            html.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>%n",
                    20 + g * groupWidth + groupWidth / 2, bottom + 18, htmlEscape(row.label())));
        }
        int legendX = 20;
        for (int c = 0; c < columns.size(); c++) {
            String label = htmlEscape(columns.get(c).label());
            html.append("<rect x=\"").append(legendX).append("\" y=\"").append(bottom + 38)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(COLOURS[c % COLOURS.length]).append("\"/>")
                    .append("<text x=\"").append(legendX + 16).append("\" y=\"").append(bottom + 49).append("\">")
                    .append(label).append("</text>\n");
            legendX += 30 + columns.get(c).label().length() * 7;
        }
        html.append("</svg>\n");
    }

    /** The annex: how each figure is counted, on the page itself. */
    private static void countingRules(StringBuilder html) {
        html.append("<section class=\"rules\" id=\"regles\">\n<h2>").append(htmlEscape(CountingRules.TITLE)).append("</h2>\n");
        rules(html, "Généralités", CountingRules.GENERAL);
        rules(html, "Activité par territoire", CountingRules.FIRST_TABLE);
        rules(html, "Autres tableaux (rapport complet)", CountingRules.FURTHER_TABLES);
        html.append("<p>").append(htmlEscape(CountingRules.PRIVACY)).append("</p>\n</section>\n");
    }

    private static void rules(StringBuilder html, String heading, List<CountingRules.Rule> rules) {
        html.append("<h3>").append(htmlEscape(heading)).append("</h3>\n<dl>\n");
        for (CountingRules.Rule rule : rules) {
            html.append("<dt>").append(htmlEscape(rule.figure())).append("</dt><dd>").append(htmlEscape(rule.text()))
                    .append("</dd>\n");
        }
        html.append("</dl>\n");
    }

    private static void downloads(StringBuilder html, ActivityReport report) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/api/reports/activity")
                .queryParam("from", report.from()).queryParam("to", report.to());
        if (report.territory() != null) {
            link.queryParam("territory", report.territory());
        }
        html.append("<p class=\"downloads\">")
                .append("<a href=\"").append(htmlEscape(link.cloneBuilder().queryParam("format", "csv").toUriString()))
                .append("\">Télécharger le rapport complet (CSV, tableur)</a>")
                .append("<a href=\"").append(htmlEscape(link.cloneBuilder().queryParam("format", "pdf").toUriString()))
                .append("\">Télécharger le rapport complet (PDF)</a>")
                .append("</p>\n");
    }

    /** Escapes markup only: the page is UTF-8, accents stay as they are. */
    private static String htmlEscape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String capitalised(String text) {
        return Labels.capitalised(text);
    }
}
