package fr.poleess.support.reporting.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The activity report of one period: a list of tables, the first one in the seed's shape. Only
 * aggregates, by construction: every cell is a number.
 *
 * @param territory the territory code asked for, or {@literal null} for all
 * @param territoryName its name, or « Tous les territoires »
 */
record ActivityReport(LocalDate from, LocalDate to, String territory, String territoryName,
        LocalDateTime generatedAt, List<Table> tables) {

    /** The first table: receptions, people supported and collective sessions, per territory and in total. */
    Table firstTable() {
        return tables.get(0);
    }

    /**
     * One table of the report.
     *
     * @param key stable identifier ({@code activity}, {@code appointments}…)
     * @param title French
     * @param rowHeader French header of the first column (« Territoire », « Sortie »…)
     * @param note how to read it, French; may be {@literal null}
     */
    record Table(String key, String title, String rowHeader, List<Column> columns, List<Row> rows, String note) {
    }

    /** A column; {@code key} is the JSON name of its values. */
    record Column(String key, String label) {
    }

    /**
     * A row: a territory, a category or the total.
     *
     * @param values by column key; integers, or decimals for averages and shares
     */
    record Row(String key, String label, boolean total, Map<String, Number> values) {

        Number value(String column) {
            return values.get(column);
        }
    }
}
