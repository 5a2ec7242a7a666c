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

import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;

/**
 * {@code /rapports}: the first table of the activity report and its chart, in a plain French page
 * for managers, with the CSV and PDF downloads; {@link ReportHtml} writes it from templates. Same HTTP
 * Basic login as the API: the browser asks for the Camunda user name and password once, then sends
 * them to the download links too.
 */
@Controller
class ReportPage {

    private final ActivityReports reports;
    private final ReportHtml html;
    private final Territories territories;
    private final Clock clock;

    ReportPage(ActivityReports reports, ReportHtml html, Territories territories, Clock clock) {
        this.reports = reports;
        this.html = html;
        this.territories = territories;
        this.clock = clock;
    }

    @GetMapping(value = "/rapports", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String territory) {
        String code = territory == null || territory.isBlank() ? null : territory;
        ActivityReport report = null;
        String error = null;
        try {
            report = reports.compute(date(from, "from", "Début de période"), date(to, "to", "Fin de période"), code);
        } catch (InvalidInputException e) {
            error = e.getMessage();
        }
        List<Territory> all = territories.findAll().stream().sorted(Comparator.comparing(Territory::getName)).toList();
        return html.page(report, error, code, all, LocalDate.now(clock).getYear());
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
}
