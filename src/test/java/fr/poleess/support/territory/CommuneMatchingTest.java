package fr.poleess.support.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.poleess.support.territory.CommuneMatching.Known;
import fr.poleess.support.territory.CommuneMatching.Match;
import fr.poleess.support.territory.CommuneMatching.OtherDepartment;
import fr.poleess.support.territory.CommuneMatching.Refused;

/** The matching rules, on the 698 communes of the generated migration itself (no database). */
class CommuneMatchingTest {

    private static final Pattern ROW = Pattern.compile(
            "^  \\('(\\d{5})', '((?:[^']|'')+)', '[^']*', '\\d{5}', '([0-9 ]+)', '(\\w+)', (\\d+)\\)[,;]$");

    private static List<Commune> communes;
    private static CommuneMatching matching;

    @BeforeAll
    static void load() throws IOException {
        communes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/db/migration/V13__communes_of_cote_d_or.sql"),
                StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                communes.add(new Commune(m.group(1), m.group(2).replace("''", "'"), m.group(3), m.group(4),
                        Integer.parseInt(m.group(5))));
            }
        }
        matching = new CommuneMatching(communes);
    }

    @Test
    void theMigrationHoldsThe698CommunesInThreeArrondissements() {
        assertThat(communes).hasSize(698);
        assertThat(communes).extracting(Commune::getArrondissement).containsOnly("Beaune", "Dijon", "Montbard");
        assertThat(communes).extracting(Commune::getInseeCode).doesNotHaveDuplicates();
    }

    @Test
    void aNameMatchesWhateverItsAccentsHyphensCaseAndAbbreviations() {
        assertThat(name(matching.match("Savigny-lès-Beaune", null))).isEqualTo("Savigny-lès-Beaune");
        assertThat(name(matching.match("savigny les beaune", null))).isEqualTo("Savigny-lès-Beaune");
        assertThat(name(matching.match("SAVIGNY LEZ BEAUNE", null))).isEqualTo("Savigny-lès-Beaune");
        assertThat(name(matching.match("St Jean de Losne", null))).isEqualTo("Saint-Jean-de-Losne");
        assertThat(name(matching.match("Ste-Colombe-sur-Seine", null))).isEqualTo("Sainte-Colombe-sur-Seine");
        assertThat(name(matching.match("chatillon sur seine", null))).isEqualTo("Châtillon-sur-Seine");
        assertThat(name(matching.match("Saint-Jean-de-Boeuf", null))).isEqualTo("Saint-Jean-de-Bœuf");
        assertThat(name(matching.match("St Seine l'Abbaye", null))).isEqualTo("Saint-Seine-l'Abbaye");
    }

    @Test
    void aPostalCodeOfOneCommuneIsThatCommune() {
        assertThat(name(matching.match("21630", null))).isEqualTo("Pommard");
        assertThat(name(matching.match("", "21590"))).isEqualTo("Santenay");
        assertThat(name(matching.match(null, "21000"))).isEqualTo("Dijon");
        // A commune with two postal codes (21140 and 21390) is found with either.
        assertThat(name(matching.match("Le Val Larrey", "21390"))).isEqualTo("Le Val-Larrey");
    }

    @Test
    void aPostalCodeSharedBySeveralCommunesIsRefusedListingThem() {
        Match shared = matching.match(null, "21200");
        assertThat(shared).isInstanceOf(Refused.class);
        Refused refused = (Refused) shared;
        assertThat(refused.field()).isEqualTo("commune");
        assertThat(refused.message()).startsWith("le code postal 21200 est celui de").contains("Beaune (21200)")
                .contains("Bouze-lès-Beaune (21200)").contains("indiquez laquelle");
        // With the name as well, the same postal code is no longer ambiguous.
        assertThat(name(matching.match("Bouze les Beaune", "21200"))).isEqualTo("Bouze-lès-Beaune");
    }

    @Test
    void anUnknownNameIsRefusedWithTheClosestCommunes() {
        Match misspelt = matching.match("Savigny-les-Beaunne", null);
        assertThat(misspelt).isInstanceOf(Refused.class);
        Refused refused = (Refused) misspelt;
        assertThat(refused.label()).isEqualTo("Commune inconnue");
        assertThat(refused.message()).startsWith("vouliez-vous dire Savigny-lès-Beaune (21420) ?");
        assertThat(new fr.poleess.support.shared.FieldViolation(refused.field(), refused.label(), refused.message())
                .describe()).startsWith("Commune inconnue : vouliez-vous dire Savigny-lès-Beaune (21420)");

        Refused chatillon = (Refused) matching.match("Chatillon", null);
        assertThat(chatillon.message()).contains("Châtillon-sur-Seine (21400)");
        // The typed postal code puts its communes first.
        Refused meursault = (Refused) matching.match("Mersault", "21190");
        assertThat(meursault.message()).startsWith("vouliez-vous dire Meursault (21190)");
    }

    @Test
    void nothingCloseIsRefusedAskingToCheckTheSpelling() {
        Refused refused = (Refused) matching.match("Xyzzyville", null);
        assertThat(refused.message()).contains("vérifiez l'orthographe").contains("hors Côte-d'Or");
        assertThat(matching.match("Lyon", null)).isInstanceOf(Refused.class);
    }

    @Test
    void aCommuneOfAnotherDepartmentIsRecognisedByItsPostalCode() {
        assertThat(matching.match("Lyon", "69001")).isEqualTo(new OtherDepartment("Lyon", "69001"));
        assertThat(matching.match("69001", null)).isInstanceOf(Refused.class);
        assertThat(((Refused) matching.match("", "21999")).label()).isEqualTo("Code postal inconnu");
        assertThat(((Refused) matching.match(" ", null)).message()).contains("est obligatoire");
    }

    private static String name(Match match) {
        return match instanceof Known known ? known.commune().getName() : "";
    }
}
