package fr.poleess.support.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import fr.poleess.support.reporting.internal.ActivityReport.Column;
import fr.poleess.support.reporting.internal.ActivityReport.Row;
import fr.poleess.support.reporting.internal.ActivityReport.Table;
import fr.poleess.support.shared.FrenchFormat;
import fr.poleess.support.pdf.PdfPages;

/** The report as a PDF: its tables, and the first table drawn as a bar chart by territory. */
final class ReportPdf {

    static final String MEDIA_TYPE = "application/pdf";

    /** One colour per column of the first table, readable in grey when printed. */
    static final List<Color> COLOURS = List.of(new Color(0x1f4e79), new Color(0x5b9bd5), new Color(0xc55a11),
            new Color(0xf4b183), new Color(0x548235), new Color(0xa9d18e));

    private ReportPdf() {
    }

    static byte[] write(ActivityReport report, String organisation) {
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        try (PdfPages pdf = new PdfPages(landscape, organisation + " — rapport d'activité " + ReportFormat.period(report))) {
            pdf.heading("Rapport d'activité", 18);
            pdf.paragraph(organisation);
            pdf.paragraph("Période : " + ReportFormat.period(report) + " — " + report.territoryName());
            pdf.paragraph("Chiffres agrégés uniquement. Comment chaque chiffre est compté : voir l'annexe, en fin de rapport.");
            pdf.space(10);
            table(pdf, report.firstTable());
            chart(pdf, report.firstTable());
            for (Table table : report.tables().subList(1, report.tables().size())) {
                table(pdf, table);
            }
            countingRules(pdf);
            return pdf.toBytes();
        }
    }

    private static void table(PdfPages pdf, Table table) {
        // The title, the table's header and its first rows stay on one page.
        pdf.ensureSpace(130);
        pdf.heading(table.title(), 12.5f);
        List<String> headers = new ArrayList<>();
        headers.add(table.rowHeader());
        table.columns().forEach(c -> headers.add(c.label()));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        for (Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            table.columns().forEach(c -> cells.add(ReportFormat.text(row.value(c.key()))));
            if (row.total()) {
                totals.add(rows.size());
            }
            rows.add(cells);
        }
        pdf.table(headers, rows, 200, totals);
        if (table.note() != null) {
            pdf.paragraph(table.note(), pdf.regular(), 8.5f);
        }
        pdf.space(12);
    }

    /** The annex for the funder: how each figure is counted. */
    private static void countingRules(PdfPages pdf) {
        pdf.ensureSpace(200);
        pdf.heading("Annexe — " + CountingRules.TITLE, 14);
        rules(pdf, "Généralités", CountingRules.GENERAL);
        rules(pdf, "Activité par territoire", CountingRules.FIRST_TABLE);
        rules(pdf, "Autres tableaux", CountingRules.FURTHER_TABLES);
        pdf.space(4);
        pdf.paragraph(CountingRules.PRIVACY, pdf.regular(), 9);
    }

    private static void rules(PdfPages pdf, String heading, List<CountingRules.Rule> rules) {
        pdf.ensureSpace(60);
        pdf.heading(heading, 11.5f);
        for (CountingRules.Rule rule : rules) {
            pdf.ensureSpace(40);
            pdf.paragraph(rule.figure(), pdf.bold(), 9.5f);
            pdf.paragraph(rule.text(), pdf.regular(), 9.5f);
            pdf.space(3);
        }
    }

    /** Grouped bars: one group per territory, one bar per column, value printed above each bar. */
    private static void chart(PdfPages pdf, Table table) {
        List<Row> territories = table.rows().stream().filter(r -> !r.total()).toList();
        List<Column> columns = table.columns();
        float height = 170;
        float legendHeight = 18;
        pdf.ensureSpace(height + legendHeight + 50);
        pdf.heading(table.title() + " : graphique", 12.5f);
        long max = 1;
        for (Row row : territories) {
            for (Column column : columns) {
                max = Math.max(max, row.value(column.key()).longValue());
            }
        }
        float left = pdf.left() + 10;
        float width = pdf.width() - 20;
        float bottom = pdf.y() - height;
        float groupWidth = width / Math.max(1, territories.size());
        float barWidth = Math.min(40, (groupWidth - 30) / Math.max(1, columns.size()));
        PDPageContentStream content = pdf.content();
        try {
            content.setStrokingColor(Color.DARK_GRAY);
            content.setLineWidth(0.8f);
            content.moveTo(left, bottom);
            content.lineTo(left + width, bottom);
            content.stroke();
            for (int g = 0; g < territories.size(); g++) {
                Row row = territories.get(g);
                float groupLeft = left + g * groupWidth + (groupWidth - barWidth * columns.size()) / 2;
                for (int c = 0; c < columns.size(); c++) {
                    long value = row.value(columns.get(c).key()).longValue();
                    float barHeight = (height - 30) * value / max;
                    float x = groupLeft + c * barWidth;
                    content.setNonStrokingColor(COLOURS.get(c % COLOURS.size()));
                    content.addRect(x + 2, bottom, barWidth - 4, barHeight);
                    content.fill();
                    content.setNonStrokingColor(Color.BLACK);
                    String label = FrenchFormat.number(value);
                    pdf.text(label, pdf.regular(), 8, x + barWidth / 2 - pdf.textWidth(label, pdf.regular(), 8) / 2,
                            bottom + barHeight + 3);
                }
                String name = row.label();
                pdf.text(name, pdf.bold(), 9, left + g * groupWidth + groupWidth / 2
                        - pdf.textWidth(name, pdf.bold(), 9) / 2, bottom - 13);
            }
            float legendX = left;
            float legendY = bottom - 32;
            for (int c = 0; c < columns.size(); c++) {
                content.setNonStrokingColor(COLOURS.get(c % COLOURS.size()));
                content.addRect(legendX, legendY, 9, 9);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
                pdf.text(columns.get(c).label(), pdf.regular(), 9, legendX + 13, legendY + 1);
                legendX += 22 + pdf.textWidth(columns.get(c).label(), pdf.regular(), 9);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.space(height + legendHeight + 30);
    }
}
