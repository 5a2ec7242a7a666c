package fr.poleess.support.journey;

/** Situation at entry, counted in funders' reports. */
public enum Situation {
    JOB_SEEKER, RSA, EMPLOYED, STUDENT, OTHER
}
