package fr.poleess.support.journey;

/** Gender recorded for funders' statistics. */
public enum Gender {
    FEMALE, MALE, OTHER
}
