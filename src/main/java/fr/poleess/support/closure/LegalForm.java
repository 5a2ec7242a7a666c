package fr.poleess.support.closure;

/** Legal form of a created activity. */
public enum LegalForm {
    MICRO_ENTREPRISE, EI, EURL, SARL, SASU, SAS, SCOP, SCIC, ASSOCIATION, CAE, OTHER
}
