package fr.poleess.support.workshop;

/** Where a session takes place: close to people, in a partner's room, or on video. */
public enum PlaceKind {
    /** The territory's own premises (its address). */
    OFFICE,
    /** One of the territory's outreach desks (territory.OutreachDesks). */
    OUTREACH_DESK,
    /** A room lent by a partner; its address is the place detail. */
    PARTNER_ROOM,
    /** A video meeting; the link is the place detail. */
    VIDEO
}
