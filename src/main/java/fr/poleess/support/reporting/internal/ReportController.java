package fr.poleess.support.reporting.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.documents.DocumentSettings;
import fr.poleess.support.shared.InvalidInputException;

/**
 * {@code GET /api/reports/activity?from=&to=&territory=}: the activity report as JSON (default), CSV
 * ({@code Accept: text/csv} or {@code format=csv}) or PDF ({@code Accept: application/pdf} or
 * {@code format=pdf}). Managers and administrators only (the security configuration says so).
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ActivityReports reports;
    private final DocumentSettings settings;

    ReportController(ActivityReports reports, DocumentSettings settings) {
        this.reports = reports;
        this.settings = settings;
    }

    @GetMapping("/activity")
    ResponseEntity<?> activity(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String territory, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ActivityReport report = reports.compute(from, to, territory);
        String chosen = format != null ? format.toLowerCase() : fromAccept(accept);
        return switch (chosen) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case "csv" -> download(ReportCsv.write(report), ReportCsv.MEDIA_TYPE, fileName(report, "csv"));
            case "pdf" -> download(ReportPdf.write(report, settings.organisation()), ReportPdf.MEDIA_TYPE,
                    fileName(report, "pdf"));
            default -> throw new InvalidInputException("format", "Format", "doit être json, csv ou pdf");
        };
    }

    static String fileName(ActivityReport report, String extension) {
        return "rapport-activite_" + report.from() + "_" + report.to()
                + (report.territory() == null ? "" : "_" + report.territory()) + "." + extension;
    }

    static ResponseEntity<byte[]> download(byte[] body, String mediaType, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }

    private static String fromAccept(String accept) {
        if (accept == null) {
            return "json";
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return "json";
            }
            if (type.isCompatibleWith(MediaType.parseMediaType("text/csv")) && !type.isWildcardType()) {
                return "csv";
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_PDF) && !type.isWildcardType()) {
                return "pdf";
            }
        }
        return "json";
    }
}
