/**
 * The lifecycle of people's personal data (GDPR), as docs/privacy.md describes it: the access log
 * of who read or changed a journey ({@link fr.poleess.support.privacy.AccessLog}), consents with their
 * proof and their withdrawal ({@link fr.poleess.support.privacy.Consents}), the export of everything
 * held on a person (article 15), their erasure (article 17) and retention enforced by an engine job
 * ({@code processes/data-retention.bpmn}).
 * <p>
 * Depends on {@code access} and {@code shared} only, so that every other module may call its API: it
 * reads and anonymises the other modules' tables with plain SQL (the list of tables and columns is in
 * {@code privacy.internal.PersonalDataTables}), and the engine's through its services.
 */
@ApplicationModule(allowedDependencies = { "access", "pdf", "shared" })
package fr.poleess.support.privacy;

import org.springframework.modulith.ApplicationModule;
