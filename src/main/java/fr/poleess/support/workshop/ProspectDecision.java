package fr.poleess.support.workshop;

/** What « Ouvrir le parcours du prospect » decides for a prospect who said they wanted to go on. */
public enum ProspectDecision {
    /** Opens the journey at Accueil. */
    OPEN,
    /** The prospect finally does not go on. */
    DECLINE
}
