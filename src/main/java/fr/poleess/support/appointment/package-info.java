/**
 * Individual appointments of the individualised path: when, how (on site, outreach desk, phone,
 * video, home visit), what was done since last time, advice given, next steps and next date.
 */
package fr.poleess.support.appointment;
