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

    /**
     * {@link #searchName} with the abbreviations people write expanded: « St » / « Ste » give « saint » /
     * « sainte », « lez » (old spelling) gives « les » like « lès ». Two names with the same key are the
     * same commune written two ways.
     */
    public static String matchKey(String name) {
        String[] words = searchName(name).split(" ");
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            String expanded = switch (word) {
                case "st" -> "saint";
                case "ste" -> "sainte";
                case "lez" -> "les";
                case "s" -> "sur";
                default -> word;
            };
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(expanded);
        }
        return key.toString();
    }
}
