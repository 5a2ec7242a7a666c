package fr.poleess.support.journey;

/** How the participant came to us. */
public enum CameThrough {
    REFERRING_PARTNER, INFORMATION_SESSION, WORD_OF_MOUTH, MEDIA, OTHER
}
