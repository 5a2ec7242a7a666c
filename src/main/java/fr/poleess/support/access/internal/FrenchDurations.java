package fr.poleess.support.access.internal;

/** "45 secondes", "3 minutes" — a wait, in French, for a person reading a refusal. */
final class FrenchDurations {

    private FrenchDurations() {
    }

    static String describe(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds > 1 ? " secondes" : " seconde");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes > 1 ? " minutes" : " minute");
    }
}
