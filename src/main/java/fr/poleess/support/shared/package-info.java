/**
 * The small shared kernel: input validation that speaks French to advisors (in Tasklist forms)
 * and to API clients (RFC 9457 problem bodies), reading Camunda Forms values, and the clock.
 */
package fr.poleess.support.shared;
