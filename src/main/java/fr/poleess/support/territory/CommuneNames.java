package fr.poleess.support.territory;

import java.text.Normalizer;
import java.util.Locale;

/** How a commune typed by a person ("chatillon sur seine", "CHÂTILLON-SUR-SEINE") is matched. */
public final class CommuneNames {

    private CommuneNames() {
    }

    /**
     * Lower case, accents and ligatures removed, every run of other characters turned into one space;
     * "Saint-Seine-l'Abbaye" and "saint seine l abbaye" give the same result.
     */
    public static String searchName(String name) {
        if (name == null) {
            return "";
        }
        String folded = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        String withoutAccents = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
