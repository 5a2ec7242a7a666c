package fr.poleess.support.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.samskivert.mustache.Template;

import fr.poleess.support.reporting.internal.ActivityReport.Column;
import fr.poleess.support.reporting.internal.ActivityReport.Row;
import fr.poleess.support.reporting.internal.ActivityReport.Table;
import fr.poleess.support.shared.FrenchFormat;
import fr.poleess.support.shared.HtmlTemplates;
import fr.poleess.support.territory.Territory;

/**
 * The {@code /rapports} page as HTML, from {@code templates/reporting/report-page.mustache} and its chart
 * {@code report-chart.mustache} (inline SVG). The templates hold the markup; this class works out what
 * they show, down to the chart's geometry, already formatted in French.
 */
@Component
class ReportHtml {

    private static final String[] COLOURS = { "#1f4e79", "#5b9bd5", "#c55a11", "#f4b183", "#548235", "#a9d18e" };
    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 300;
    private static final int CHART_BOTTOM = 240;

    private final Template page;

    ReportHtml() {
        this.page = HtmlTemplates.compile("reporting/report-page");
    }

    /**
     * @param report {@literal null} when the period asked for was refused
     * @param error why it was refused, or {@literal null}
     * @param territoryCode the territory asked for, or {@literal null} for all
     * @param territories every territory, in the order the list shows them
     * @param year this year: the form's default period and the first of its three year links
     */
    String page(ActivityReport report, String error, String territoryCode, List<Territory> territories, int year) {
        List<TerritoryOption> options = territories.stream()
                .map(t -> new TerritoryOption(t.getCode(), t.getName(), t.getCode().equals(territoryCode))).toList();
        List<YearLink> years = new ArrayList<>();
        for (int y = year; y >= year - 2; y--) {
            years.add(new YearLink(y, "/rapports?from=" + y + "-01-01&to=" + y + "-12-31"
                    + (territoryCode == null ? "" : "&territory=" + territoryCode)));
        }
        String from = report != null ? report.from().toString() : year + "-01-01";
        String to = report != null ? report.to().toString() : year + "-12-31";
        return page.execute(new Page(from, to, options, years, error, report == null ? null : view(report),
                new Rules(CountingRules.TITLE, List.of(new RuleGroup("Généralités", CountingRules.GENERAL),
                        new RuleGroup("Activité par territoire", CountingRules.FIRST_TABLE),
                        new RuleGroup("Autres tableaux (rapport complet)", CountingRules.FURTHER_TABLES)),
                        CountingRules.PRIVACY)));
    }

    private static ReportView view(ActivityReport report) {
        Table table = report.firstTable();
        List<RowView> rows = table.rows().stream().map(row -> new RowView(row.label(), row.total(),
                table.columns().stream().map(c -> ReportFormat.text(row.value(c.key()))).toList())).toList();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/api/reports/activity")
                .queryParam("from", report.from()).queryParam("to", report.to());
        if (report.territory() != null) {
            link.queryParam("territory", report.territory());
        }
        return new ReportView(ReportFormat.capitalised(ReportFormat.period(report)), report.territoryName(),
                new TableView(table.title(), table.rowHeader(), table.columns(), rows, table.note()), chart(table),
                link.cloneBuilder().queryParam("format", "csv").toUriString(),
                link.cloneBuilder().queryParam("format", "pdf").toUriString());
    }

    /** The same grouped bar chart as the PDF's: one group per row but the total, one bar per column. */
    private static Chart chart(Table table) {
        List<Row> rows = table.rows().stream().filter(r -> !r.total()).toList();
        List<Column> columns = table.columns();
        long max = 1;
        for (Row row : rows) {
            for (Column column : columns) {
                max = Math.max(max, row.value(column.key()).longValue());
            }
        }
        double groupWidth = (double) (CHART_WIDTH - 40) / Math.max(1, rows.size());
        double barWidth = Math.min(48, (groupWidth - 30) / Math.max(1, columns.size()));
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < rows.size(); g++) {
            Row row = rows.get(g);
            double groupLeft = 20 + g * groupWidth + (groupWidth - barWidth * columns.size()) / 2;
            List<Bar> bars = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                long value = row.value(columns.get(c).key()).longValue();
                double barHeight = (CHART_BOTTOM - 40) * (double) value / max;
                double x = groupLeft + c * barWidth;
                bars.add(new Bar(decimal(x + 2), decimal(CHART_BOTTOM - barHeight), decimal(barWidth - 4),
                        decimal(barHeight), COLOURS[c % COLOURS.length], row.label(), columns.get(c).label(),
                        FrenchFormat.number(value), decimal(x + barWidth / 2), decimal(CHART_BOTTOM - barHeight - 4)));
            }
            groups.add(new Group(bars, decimal(20 + g * groupWidth + groupWidth / 2), CHART_BOTTOM + 18, row.label()));
        }
        List<LegendItem> legend = new ArrayList<>();
        int legendX = 20;
        for (int c = 0; c < columns.size(); c++) {
            legend.add(new LegendItem(legendX, CHART_BOTTOM + 38, COLOURS[c % COLOURS.length], legendX + 16,
                    CHART_BOTTOM + 49, columns.get(c).label()));
            legendX += 30 + columns.get(c).label().length() * 7;
        }
        return new Chart(table.title(), CHART_WIDTH, CHART_HEIGHT, CHART_BOTTOM, CHART_WIDTH - 20, groups, legend);
    }

    /** SVG coordinates: one decimal, a dot, whatever the server's locale. */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record Page(String from, String to, List<TerritoryOption> territories, List<YearLink> years, String error,
            ReportView report, Rules countingRules) {
    }

    private record TerritoryOption(String code, String name, boolean selected) {
    }

    /** {@code href} unescaped: the template escapes it like every value. */
    private record YearLink(int year, String href) {
    }

    private record ReportView(String period, String territoryName, TableView table, Chart chart, String csvLink,
            String pdfLink) {
    }

    private record TableView(String title, String rowHeader, List<Column> columns, List<RowView> rows, String note) {
    }

    private record RowView(String label, boolean total, List<String> cells) {
    }

    private record Chart(String title, int width, int height, int bottom, int axisEnd, List<Group> groups,
            List<LegendItem> legend) {
    }

    private record Group(List<Bar> bars, String labelX, int labelY, String label) {
    }

    private record Bar(String x, String y, String width, String height, String colour, String row, String column,
            String value, String valueX, String valueY) {
    }

    private record LegendItem(int x, int y, String colour, int textX, int textY, String label) {
    }

    private record Rules(String title, List<RuleGroup> groups, String privacy) {
    }

    private record RuleGroup(String heading, List<CountingRules.Rule> rules) {
    }
}
