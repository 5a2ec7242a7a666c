/**
 * The small shared kernel: input validation that speaks French to advisors (in Tasklist forms)
 * and to API clients (RFC 9457 problem bodies), reading Camunda Forms values, the clock, and the
 * engine's history filter: only what each process's {@link fr.poleess.support.shared.HistoryPolicy} keeps
 * (ids, decisions, dates) is written to history.
 */
@ApplicationModule(allowedDependencies = {})
package fr.poleess.support.shared;

import org.springframework.modulith.ApplicationModule;
