package fr.poleess.support.reception;

/** The sector of the activity the participant wants to create. */
public enum ProjectSector {
    CRAFTS, TRADE, SERVICES, AGRICULTURE, LIBERAL_PROFESSION, SOCIAL_ECONOMY, OTHER
}
