/**
 * The yearly activity report for funders: per territory and in total, receptions, people supported,
 * collective sessions held, appointments, referrals, outcomes, participants' profile, post-creation
 * survival and journey length, each counted by the rule written in {@code docs/reporting.md}.
 * Aggregate SQL over the other modules' tables (read-only), served as JSON, CSV and PDF on
 * {@code /api/reports/activity} and as a French page on {@code /rapports}, to managers only.
 * No output holds a name, a contact or a journey reference.
 */
@ApplicationModule(allowedDependencies = { "appointment", "closure", "documents", "journey", "partner", "pdf", "shared", "territory" })
package fr.poleess.support.reporting;

import org.springframework.modulith.ApplicationModule;
