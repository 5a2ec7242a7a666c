package fr.poleess.support.reporting;

import static fr.poleess.support.reporting.ReportFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import fr.poleess.support.reporting.ReportFixture.Person;

/**
 * Each counting rule of docs/reporting.md against a fixture holding its edge cases, in 2024 and 2025
 * (the demo data of this database is dated today).
 */
class ActivityReportRulesIntegrationTest extends ReportIntegrationTest {

    static final String Y2024 = "?from=2024-01-01&to=2024-12-31";
    static final String Y2025 = "?from=2025-01-01&to=2025-12-31";

    @BeforeEach
    void fixture() {
        ReportFixture f = new ReportFixture(jdbc);
        if (f.loaded("R24")) {
            return;
        }
        Person anne = new Person("Anne", "Martin", 1980, "FEMALE", "JOB_SEEKER", "REFERRING_PARTNER", "FRANCE_TRAVAIL");
        // The same person, typed differently on her second journey.
        Person anneAgain = new Person("ANNE ", " martin", 1980, "FEMALE", "JOB_SEEKER", "REFERRING_PARTNER",
                "FRANCE_TRAVAIL");

        // Anne, two journeys in Beaune overlapping 2024: one person supported there.
        long anne1 = f.journey("R24", anne, "BEA", LocalDate.of(2024, 3, 1));
        f.reception(anne1, LocalDateTime.of(2024, 3, 10, 10, 0), "AGREEMENT");
        f.agreement(anne1, LocalDate.of(2024, 3, 15), 12, LocalDate.of(2024, 3, 15));
        f.appointment(anne1, LocalDateTime.of(2024, 4, 1, 10, 0), "ON_SITE");
        f.appointment(anne1, LocalDateTime.of(2024, 6, 1, 14, 0), "PHONE");
        f.appointment(anne1, LocalDateTime.of(2024, 12, 31, 23, 30), "ON_SITE");
        f.outcome(anne1, "ACTIVITY_CREATED", LocalDate.of(2024, 12, 20), 2);
        f.followUp(anne1, 6, LocalDate.of(2024, 7, 1), true);
        long anne2 = f.journey("R24", anneAgain, "BEA", LocalDate.of(2024, 8, 25));
        f.reception(anne2, LocalDateTime.of(2024, 9, 1, 9, 0), "AGREEMENT");
        f.agreement(anne2, LocalDate.of(2024, 9, 5), 6, LocalDate.of(2024, 9, 5));
        // …and a third journey in the Châtillonnais: supported there too, but once in the total.
        long anne3 = f.journey("R24", anne, "CHA", LocalDate.of(2024, 5, 15));
        f.reception(anne3, LocalDateTime.of(2024, 5, 20, 11, 0), "AGREEMENT");
        f.agreement(anne3, LocalDate.of(2024, 6, 1), 12, LocalDate.of(2024, 6, 1));

        // Bruno: an agreement spanning two years counts in both.
        Person bruno = new Person("Bruno", "Petit", 1975, "MALE", "RSA", "WORD_OF_MOUTH", null);
        long brunoJourney = f.journey("R24", bruno, "BEA", LocalDate.of(2024, 9, 15));
        f.reception(brunoJourney, LocalDateTime.of(2024, 9, 20, 15, 0), "AGREEMENT");
        f.agreement(brunoJourney, LocalDate.of(2024, 10, 1), 6, LocalDate.of(2024, 10, 1));
        f.appointment(brunoJourney, LocalDateTime.of(2025, 1, 2, 9, 0), "VIDEO");
        f.followUp(brunoJourney, 6, LocalDate.of(2024, 8, 1), false);

        // Claire: prepared, never signed: never supported.
        Person claire = new Person("Claire", "Roy", 1990, "FEMALE", "EMPLOYED", "MEDIA", null);
        long claireJourney = f.journey("R24", claire, "BEA", LocalDate.of(2024, 4, 15));
        f.reception(claireJourney, LocalDateTime.of(2024, 4, 20, 10, 0), "AGREEMENT");
        f.agreement(claireJourney, LocalDate.of(2024, 5, 1), 6, null);
        f.outcome(claireJourney, "ABANDONED", LocalDate.of(2024, 11, 30), null);

        // Denis: in force on the first ten days of 2024 only: supported in 2024.
        long denis = f.journey("R24", person("Denis", "Faure", 1960, "MALE"), "BEA", LocalDate.of(2023, 1, 2));
        f.reception(denis, LocalDateTime.of(2023, 1, 5, 10, 0), "AGREEMENT");
        f.agreement(denis, LocalDate.of(2023, 1, 10), 12, LocalDate.of(2023, 1, 10));
        f.followUp(denis, 12, LocalDate.of(2024, 9, 1), true);

        // Emma: planned until September 2024, but her journey closed in 2023: not supported in 2024.
        long emma = f.journey("R24", person("Emma", "Blanc", 1999, "FEMALE"), "BEA", LocalDate.of(2023, 2, 20));
        f.reception(emma, LocalDateTime.of(2023, 2, 25, 10, 0), "AGREEMENT");
        f.agreement(emma, LocalDate.of(2023, 3, 1), 18, LocalDate.of(2023, 3, 1));
        f.outcome(emma, "TRAINING", LocalDate.of(2023, 12, 15), null);

        // Fanny: received in the last minute of 31 December, Paris time (already 2025 in UTC).
        Person fanny = new Person("Fanny", "Noir", 1985, "FEMALE", "STUDENT", "OTHER", null);
        long fannyJourney = f.journey("R24", fanny, "BEA", LocalDate.of(2024, 12, 31));
        f.reception(fannyJourney, LocalDateTime.of(2024, 12, 31, 23, 59), "REDIRECTED");
        f.outcome(fannyJourney, "REDIRECTED", LocalDate.of(2024, 12, 31), null);

        // Gilles: received in the first minute of 2025.
        long gilles = f.journey("R24", person("Gilles", "Vert", 1970, "MALE"), "BEA", LocalDate.of(2024, 12, 31));
        f.reception(gilles, LocalDateTime.of(2025, 1, 1, 0, 0, 30), "AGREEMENT");

        // Hugo: starts in November 2024 but signed only in January 2025: in force from the signature.
        Person hugo = new Person("Hugo", "Gris", 1988, "MALE", "OTHER", "INFORMATION_SESSION", null);
        long hugoJourney = f.journey("R24", hugo, "CHA", LocalDate.of(2024, 10, 1));
        f.reception(hugoJourney, LocalDateTime.of(2024, 10, 15, 10, 0), "AGREEMENT");
        f.agreement(hugoJourney, LocalDate.of(2024, 11, 1), 12, LocalDate.of(2025, 1, 15));

        // Collective sessions in Beaune: one information session held in March…
        long march = f.session("INFORMATION_SESSION", "BEA", "CLOSED");
        long marchSlot = f.slot(march, LocalDateTime.of(2024, 3, 5, 14, 0));
        f.attended(march, anne1, "PRESENT", marchSlot);
        f.attended(march, claireJourney, "PRESENT", marchSlot);
        // …one over two slots, on 31 December and in January: held in both years, once each.
        long newYear = f.session("INFORMATION_SESSION", "BEA", "CLOSED");
        long december = f.slot(newYear, LocalDateTime.of(2024, 12, 31, 18, 0));
        long january = f.slot(newYear, LocalDateTime.of(2025, 1, 7, 14, 0));
        f.attended(newYear, fannyJourney, "PRESENT", december);
        f.attended(newYear, gilles, "PRESENT", january);
        // A workshop where nobody came: not held.
        long empty = f.session("THEMATIC_WORKSHOP", "BEA", "CLOSED");
        long emptySlot = f.slot(empty, LocalDateTime.of(2024, 6, 10, 9, 0));
        f.attended(empty, anne1, "ABSENT", emptySlot);
        f.attended(empty, brunoJourney, "ABSENT_EXCUSED", emptySlot);
        // A workshop over two slots of 2024: held once.
        long twoDays = f.session("THEMATIC_WORKSHOP", "BEA", "CLOSED");
        long first = f.slot(twoDays, LocalDateTime.of(2024, 10, 1, 9, 0));
        long second = f.slot(twoDays, LocalDateTime.of(2024, 10, 8, 9, 0));
        f.attended(twoDays, brunoJourney, "PRESENT", first, second);
        // A cancelled workshop: nobody's attendance, not held.
        long cancelled = f.session("THEMATIC_WORKSHOP", "BEA", "CANCELLED");
        f.slot(cancelled, LocalDateTime.of(2024, 11, 5, 9, 0));
        // A petit déj' in the Châtillonnais.
        long breakfast = f.session("BREAKFAST", "CHA", "CLOSED");
        long breakfastSlot = f.slot(breakfast, LocalDateTime.of(2024, 2, 1, 9, 30));
        f.attended(breakfast, anne3, "PRESENT", breakfastSlot);

        // Referrals: two met the partner, one still sent; one made in 2023 is not counted in 2024.
        long cma = f.partner("Chambre de métiers R24", "CMA");
        long bank = f.partner("Banque R24", "BANK");
        f.referral(anne1, cma, "CMA", LocalDate.of(2024, 5, 1), "MEETING_HELD");
        f.referral(anne1, bank, "BANK", LocalDate.of(2024, 6, 1), "MEETING_HELD");
        f.referral(brunoJourney, bank, "BANK", LocalDate.of(2024, 10, 5), "SENT");
        f.referral(claireJourney, cma, "CMA", LocalDate.of(2023, 12, 20), "MEETING_HELD");
    }

    @Test
    void aSessionCountsWhenOneOfItsSlotsInThePeriodHadSomeonePresent() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        assertThat(cell(y2024, "activity", "BEA", "informationSessions")).isEqualTo(2);
        // The empty and the cancelled workshops are not held; the two-day one counts once.
        assertThat(cell(y2024, "activity", "BEA", "thematicWorkshops")).isEqualTo(1);
        assertThat(cell(y2024, "activity", "BEA", "breakfasts")).isEqualTo(0);
        assertThat(cell(y2024, "activity", "CHA", "breakfasts")).isEqualTo(1);
        assertThat(cell(y2024, "activity", "TOTAL", "informationSessions")).isEqualTo(2);
        assertThat(cell(y2024, "activity", "TOTAL", "breakfasts")).isEqualTo(1);
        Map<String, Object> y2025 = report(MANAGER, Y2025).getBody();
        assertThat(cell(y2025, "activity", "BEA", "informationSessions")).isEqualTo(1);
        assertThat(cell(y2025, "activity", "BEA", "thematicWorkshops")).isEqualTo(0);
    }

    @Test
    void referralsCountByPartnerKindWithThoseThatLedToAMeeting() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        assertThat(cell(y2024, "referrals", "CMA", "referrals")).isEqualTo(1);
        assertThat(cell(y2024, "referrals", "CMA", "ledToMeeting")).isEqualTo(1);
        assertThat(cell(y2024, "referrals", "BANK", "referrals")).isEqualTo(2);
        assertThat(cell(y2024, "referrals", "BANK", "ledToMeeting")).isEqualTo(1);
        assertThat(cell(y2024, "referrals", "TOTAL", "referrals")).isEqualTo(3);
        assertThat(cell(y2024, "referrals", "TOTAL", "ledToMeeting")).isEqualTo(2);
        assertThat(cell(report(MANAGER, Y2024 + "&territory=CHA").getBody(), "referrals", "TOTAL", "referrals"))
                .isEqualTo(0);
    }

    @Test
    void aReceptionCountsInTheYearItsTaskWasCompletedInParisTime() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        assertThat(cell(y2024, "activity", "BEA", "receptions")).isEqualTo(5);
        assertThat(cell(y2024, "activity", "CHA", "receptions")).isEqualTo(2);
        assertThat(cell(y2024, "activity", "DIJ", "receptions")).isEqualTo(0);
        assertThat(cell(y2024, "activity", "TOTAL", "receptions")).isEqualTo(7);
        Map<String, Object> y2025 = report(MANAGER, Y2025).getBody();
        assertThat(cell(y2025, "activity", "BEA", "receptions")).isEqualTo(1);
        assertThat(cell(y2025, "activity", "TOTAL", "receptions")).isEqualTo(1);
        // Any range: the last day alone.
        assertThat(cell(report(MANAGER, "?from=2024-12-31&to=2024-12-31").getBody(), "activity", "BEA", "receptions"))
                .isEqualTo(1);
    }

    @Test
    void aPersonSupportedCountsOncePerTerritoryAndOnceInTheTotal() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        // Anne (two journeys), Bruno, Denis (ten days of 2024); not Claire (unsigned), not Emma (closed in 2023).
        assertThat(cell(y2024, "activity", "BEA", "peopleSupported")).isEqualTo(3);
        // Anne again; not Hugo, signed in 2025.
        assertThat(cell(y2024, "activity", "CHA", "peopleSupported")).isEqualTo(1);
        assertThat(cell(y2024, "activity", "TOTAL", "peopleSupported")).isEqualTo(3);

        Map<String, Object> y2025 = report(MANAGER, Y2025).getBody();
        // Bruno's agreement spans 2024 and 2025; Anne's second one too. Anne's first journey closed in 2024.
        assertThat(cell(y2025, "activity", "BEA", "peopleSupported")).isEqualTo(2);
        assertThat(cell(y2025, "activity", "CHA", "peopleSupported")).isEqualTo(2);
        assertThat(cell(y2025, "activity", "TOTAL", "peopleSupported")).isEqualTo(3);
    }

    @Test
    void oneTerritoryGivesItsRowAndATotalEqualToIt() {
        Map<String, Object> beaune = report(MANAGER, Y2024 + "&territory=BEA").getBody();
        assertThat(beaune).containsEntry("territory", "BEA");
        assertThat(cell(beaune, "activity", "BEA", "peopleSupported")).isEqualTo(3);
        assertThat(cell(beaune, "activity", "TOTAL", "peopleSupported")).isEqualTo(3);
        assertThat(cell(beaune, "activity", "TOTAL", "receptions")).isEqualTo(5);
    }

    @Test
    void appointmentsAreCountedByModeInTheMomentTheyWereHeld() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        assertThat(cell(y2024, "appointments", "BEA", "ON_SITE")).isEqualTo(2);
        assertThat(cell(y2024, "appointments", "BEA", "PHONE")).isEqualTo(1);
        assertThat(cell(y2024, "appointments", "BEA", "VIDEO")).isEqualTo(0);
        assertThat(cell(y2024, "appointments", "TOTAL", "HOME_VISIT")).isEqualTo(0);
        assertThat(cell(report(MANAGER, Y2025).getBody(), "appointments", "BEA", "VIDEO")).isEqualTo(1);
    }

    @Test
    void outcomesCountByTheirDateWithTheJobsDeclared() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        assertThat(cell(y2024, "outcomes", "BEA", "ACTIVITY_CREATED")).isEqualTo(1);
        assertThat(cell(y2024, "outcomes", "BEA", "ABANDONED")).isEqualTo(1);
        assertThat(cell(y2024, "outcomes", "BEA", "REDIRECTED")).isEqualTo(1);
        assertThat(cell(y2024, "outcomes", "BEA", "TRAINING")).isEqualTo(0);
        assertThat(cell(y2024, "outcomes", "TOTAL", "jobsCreated")).isEqualTo(2);
    }

    @Test
    void theProfileDescribesThePeopleReceivedInThePeriod() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        assertThat(cell(y2024, "gender", "FEMALE", "TOTAL")).isEqualTo(5);
        assertThat(cell(y2024, "gender", "MALE", "TOTAL")).isEqualTo(2);
        assertThat(cell(y2024, "gender", "TOTAL", "TOTAL")).isEqualTo(7);
        // Ages in 2024: Anne 44 (three receptions), Fanny 39, Hugo 36; Bruno 49; Claire 34.
        assertThat(cell(y2024, "ageBand", "FROM_36_TO_45", "BEA")).isEqualTo(3);
        assertThat(cell(y2024, "ageBand", "FROM_36_TO_45", "CHA")).isEqualTo(2);
        assertThat(cell(y2024, "ageBand", "FROM_46_TO_55", "TOTAL")).isEqualTo(1);
        assertThat(cell(y2024, "ageBand", "FROM_26_TO_35", "TOTAL")).isEqualTo(1);
        assertThat(cell(y2024, "situation", "RSA", "TOTAL")).isEqualTo(1);
        assertThat(cell(y2024, "cameThrough", "REFERRING_PARTNER", "TOTAL")).isEqualTo(3);
        assertThat(cell(y2024, "referringPartner", "FRANCE_TRAVAIL", "TOTAL")).isEqualTo(3);
        assertThat(cell(y2024, "referringPartner", "TOTAL", "TOTAL")).isEqualTo(3);
    }

    @Test
    void survivalIsTheShareOfFollowUpsSayingTheActivityRuns() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        assertThat(cell(y2024, "survival", "M6", "recorded")).isEqualTo(2);
        assertThat(cell(y2024, "survival", "M6", "running")).isEqualTo(1);
        assertThat(new BigDecimal(cell(y2024, "survival", "M6", "survivalRate").toString())).isEqualByComparingTo("50.0");
        assertThat(new BigDecimal(cell(y2024, "survival", "M12", "survivalRate").toString())).isEqualByComparingTo("100.0");
        assertThat(cell(y2024, "survival", "M36", "recorded")).isEqualTo(0);
    }

    @Test
    void journeyLengthAveragesTheJourneysClosedAfterASignedAgreement() {
        Map<String, Object> y2024 = report(MANAGER, Y2024).getBody();
        // Anne's first journey: 10 March to 20 December 2024. Fanny (redirected at reception) and Claire
        // (never signed) are left out.
        assertThat(cell(y2024, "journeyLength", "BEA", "closedJourneys")).isEqualTo(1);
        assertThat(new BigDecimal(cell(y2024, "journeyLength", "BEA", "averageDays").toString())).isEqualByComparingTo("285.0");
        assertThat(new BigDecimal(cell(y2024, "journeyLength", "BEA", "averageMonths").toString())).isEqualByComparingTo("9.4");
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAnUnknownTerritoryIsRefusedInFrench() {
        var backwards = report(MANAGER, "?from=2024-12-31&to=2024-01-01");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().toString()).contains("Fin de période");
        assertThat(report(MANAGER, Y2024 + "&territory=XYZ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
