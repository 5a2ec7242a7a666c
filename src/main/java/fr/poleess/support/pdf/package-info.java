/**
 * How our PDFs are laid out and lettered: pages (A4, upright or landscape) that flow headings, paragraphs, fields, bullets
 * and tables onto new pages with a footer ({@link fr.poleess.support.pdf.PdfPages}), in an embedded
 * font that writes all of French ({@link fr.poleess.support.pdf.PdfFonts}). What a document says is
 * its module's business (the agreement, the summary, the sign-in sheet, the day sheet, the export,
 * the activity report); this module knows nothing of journeys.
 */
@ApplicationModule(allowedDependencies = {})
package fr.poleess.support.pdf;

import org.springframework.modulith.ApplicationModule;
