package fr.poleess.support.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.referral.ReferralRules.FollowUpResult;
import fr.poleess.support.shared.FieldViolation;

/** The referral rules, without Spring, the engine or a database. */
class ReferralRulesTest {

    private static final String BEAUNE = "BEA";
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 11, 2);

    private final Partner cma = partner(1L, "CMA Côte-d'Or", PartnerKind.CMA, PartnerType.PROFESSIONAL_RESOURCE, true, true);
    private final Partner bank = partner(2L, "Banque de la Côte", PartnerKind.BANK, PartnerType.PROFESSIONAL_RESOURCE, true, true);
    private final Partner accountant = partner(3L, "Cabinet Morel", PartnerKind.ACCOUNTANT,
            PartnerType.PROFESSIONAL_RESOURCE, true, true);

    @Test
    void offersRecommendedKindsFirstThenTheOthersButNeverWhatIsAlreadyOpen() {
        Map<PartnerKind, String> reasons = new LinkedHashMap<>();
        reasons.put(PartnerKind.BANK, "Ouvrir un compte professionnel");
        reasons.put(PartnerKind.CMA, "Immatriculation d'un artisan");

        ReferralRules.Options options = ReferralRules.offer(reasons, List.of(cma, bank, accountant), Set.of(1L));

        assertThat(options.options()).extracting(o -> o.get("label")).containsExactly(
                "★ Banque de la Côte — " + PartnerKind.BANK.label() + " (recommandé : Ouvrir un compte professionnel)",
                "Cabinet Morel — " + PartnerKind.ACCOUNTANT.label());
        assertThat(options.options()).extracting(o -> o.get("value")).containsExactly("2", "3");
        assertThat(options.recommendedIds()).containsExactly("2");
    }

    @Test
    void contactsOnlyActiveProfessionalsServingTheTerritoryAndNotAlreadyOpen() {
        Partner retired = partner(4L, "Ancien cabinet", PartnerKind.ACCOUNTANT, PartnerType.PROFESSIONAL_RESOURCE, false, true);
        Partner referrer = partner(5L, "France Travail Beaune", PartnerKind.EMPLOYMENT_SERVICE,
                PartnerType.REFERRING_PARTNER, true, true);
        Partner elsewhere = partner(6L, "CCI Montbard", PartnerKind.CCI, PartnerType.PROFESSIONAL_RESOURCE, true, false);
        Map<Long, Partner> directory = Map.of(1L, cma, 2L, bank, 4L, retired, 5L, referrer, 6L, elsewhere);

        ReferralRules.Choice choice = ReferralRules.choose(new DecideReferrals(null, null, null,
                List.of(2L, 1L, 99L, 4L, 5L, 6L), List.of(2L)), directory, BEAUNE, Set.of(1L));

        assertThat(choice.partners()).containsExactly(bank);
        // One message per field: the first problem found.
        assertThat(choice.violations()).extracting(FieldViolation::field, FieldViolation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("referralPartners",
                        "une mise en lien avec « CMA Côte-d'Or » est déjà en cours pour ce parcours"));
        assertThat(reasonFor(4L, directory)).isEqualTo("« Ancien cabinet » a été retiré de l'annuaire");
        assertThat(reasonFor(5L, directory)).isEqualTo("« France Travail Beaune » n'est pas un partenaire ressource");
        assertThat(reasonFor(6L, directory)).isEqualTo("« CCI Montbard » n'intervient pas sur le territoire de ce parcours");
        assertThat(reasonFor(99L, directory)).isEqualTo("le partenaire n° 99 n'existe pas dans l'annuaire");
    }

    @Test
    void sharesDetailsOnlyWithAPartnerTickedForThem() {
        ReferralRules.Choice choice = ReferralRules.choose(new DecideReferrals(null, null, null, List.of(2L),
                List.of(1L)), Map.of(1L, cma, 2L, bank), BEAUNE, Set.of());

        assertThat(choice.partners()).containsExactly(bank);
        assertThat(choice.violations()).extracting(FieldViolation::field, FieldViolation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("referralContactShared",
                        "« CMA Côte-d'Or » n'est pas coché dans les mises en lien"));
    }

    @Test
    void thePartnerGetsTheDetailsOnlyWithConsentThenAndNowAndAnAddress() {
        assertThat(ReferralRules.sharesContact(true, true, "cma@example.org")).isTrue();
        assertThat(ReferralRules.sharesContact(false, true, "cma@example.org")).isFalse();
        assertThat(ReferralRules.sharesContact(true, false, "cma@example.org")).as("consent withdrawn since").isFalse();
        assertThat(ReferralRules.sharesContact(true, true, null)).isFalse();
    }

    @Test
    void whatAFollowUpAnswerLeadsTo() {
        assertThat(ReferralRules.resultOf("HELD")).isEqualTo(FollowUpResult.MEETING_HELD);
        assertThat(ReferralRules.resultOf("NOT_HELD")).isEqualTo(FollowUpResult.NO_FOLLOW_UP);
        assertThat(ReferralRules.resultOf("UNKNOWN")).isEqualTo(FollowUpResult.STILL_OPEN);
    }

    @Test
    void aFollowUpNeedsAKnownAnswerAMeetingDateWhenHeldAndNoDateBeforeTheReferral() {
        assertThat(fields(new RecordReferralFollowUp("HELD", PROPOSED_ON.plusDays(3), "Rendez-vous utile."), false))
                .isEmpty();
        assertThat(fields(new RecordReferralFollowUp("MAYBE", null, null), false)).containsExactly("referralAnswer");
        assertThat(fields(new RecordReferralFollowUp("HELD", null, null), false)).containsExactly("referralMeetingDate");
        assertThat(ReferralRules.checkFollowUp(new RecordReferralFollowUp("HELD", PROPOSED_ON.minusDays(1), null), false,
                PROPOSED_ON)).extracting(FieldViolation::message)
                .containsExactly("ne peut pas précéder la mise en lien (2 novembre 2026)");
    }

    @Test
    void noNewsIsAnAnswerOnlyBeforeTheChase() {
        assertThat(fields(new RecordReferralFollowUp("UNKNOWN", null, null), false)).isEmpty();
        assertThat(fields(new RecordReferralFollowUp("UNKNOWN", null, null), true)).containsExactly("referralAnswer");
    }

    private static List<String> fields(RecordReferralFollowUp input, boolean afterChase) {
        return ReferralRules.checkFollowUp(input, afterChase, PROPOSED_ON).stream().map(FieldViolation::field).toList();
    }

    private static String reasonFor(Long id, Map<Long, Partner> directory) {
        return ReferralRules.choose(new DecideReferrals(null, null, null, List.of(id), List.of()), directory, BEAUNE,
                Set.of()).violations().get(0).message();
    }

    private static Partner partner(Long id, String name, PartnerKind kind, PartnerType type, boolean active,
            boolean servesBeaune) {
        Partner partner = mock(Partner.class);
        when(partner.getId()).thenReturn(id);
        when(partner.getName()).thenReturn(name);
        when(partner.getKind()).thenReturn(kind);
        when(partner.getType()).thenReturn(type);
        when(partner.isActive()).thenReturn(active);
        when(partner.serves(BEAUNE)).thenReturn(servesBeaune);
        return partner;
    }
}
