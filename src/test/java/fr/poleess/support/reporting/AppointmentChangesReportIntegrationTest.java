package fr.poleess.support.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.poleess.support.reporting.ReportFixture.Person;

/**
 * The counts of appointment changes, in 2023 (a year no other fixture uses): booked appointments moved, cancelled
 * by the participant or by us, and not honoured; receptions per 1,000 inhabitants by arrondissement.
 */
class AppointmentChangesReportIntegrationTest extends ReportIntegrationTest {

    static final String Y2023 = "?from=2023-01-01&to=2023-12-31";

    @BeforeEach
    void fixture() {
        ReportFixture f = new ReportFixture(jdbc);
        if (f.loaded("C23")) {
            return;
        }
        Person claire = new Person("Claire", "Moulin", 1985, "FEMALE", "RSA", "WORD_OF_MOUTH", null);
        long beaune = f.journey("C23", claire, "BEA", LocalDate.of(2023, 2, 1));
        f.reception(beaune, LocalDateTime.of(2023, 2, 3, 10, 0), "AGREEMENT");
        livesIn(beaune, "Beaune");
        long booking = f.appointment(beaune, LocalDateTime.of(2023, 3, 1, 10, 0), "ON_SITE");
        change(beaune, booking, "MOVED", LocalDateTime.of(2023, 3, 10, 9, 0));
        change(beaune, booking, "MOVED", LocalDateTime.of(2023, 3, 12, 9, 0));
        change(beaune, booking, "CANCELLED_BY_PARTICIPANT", LocalDateTime.of(2023, 3, 15, 9, 0));
        change(beaune, booking, "NOT_HONOURED", LocalDateTime.of(2023, 12, 31, 23, 0));
        // Noted on 1 January 2024 in Paris: not 2023.
        change(beaune, booking, "CANCELLED_BY_US", LocalDateTime.of(2024, 1, 1, 0, 30));

        Person denis = new Person("Denis", "Roy", 1970, "MALE", "JOB_SEEKER", "WORD_OF_MOUTH", null);
        long chatillon = f.journey("C23", denis, "CHA", LocalDate.of(2023, 5, 1));
        f.reception(chatillon, LocalDateTime.of(2023, 5, 3, 10, 0), "AGREEMENT");
        livesIn(chatillon, "Châtillon-sur-Seine");
        long other = f.appointment(chatillon, LocalDateTime.of(2023, 6, 1, 10, 0), "PHONE");
        change(chatillon, other, "CANCELLED_BY_US", LocalDateTime.of(2023, 6, 2, 9, 0));
    }

    @Test
    void movesCancellationsAndMissedAppointmentsCountOnTheDayTheyWereNoted() {
        Map<String, Object> y2023 = report(MANAGER, Y2023).getBody();
        assertThat(cell(y2023, "appointmentChanges", "BEA", "MOVED")).isEqualTo(2);
        assertThat(cell(y2023, "appointmentChanges", "BEA", "CANCELLED_BY_PARTICIPANT")).isEqualTo(1);
        assertThat(cell(y2023, "appointmentChanges", "BEA", "NOT_HONOURED")).isEqualTo(1);
        assertThat(cell(y2023, "appointmentChanges", "BEA", "CANCELLED_BY_US")).isEqualTo(0);
        assertThat(cell(y2023, "appointmentChanges", "CHA", "CANCELLED_BY_US")).isEqualTo(1);
        assertThat(cell(y2023, "appointmentChanges", "TOTAL", "CANCELLED_BY_US")).isEqualTo(1);
    }

    @Test
    void receptionsPerThousandInhabitantsByArrondissement() {
        Map<String, Object> y2023 = report(MANAGER, Y2023).getBody();
        int beaunePopulation = jdbc.queryForObject(
                "select sum(population) from commune where arrondissement = 'Beaune'", Integer.class);
        assertThat(cell(y2023, "receptionRates", "Beaune", "receptions")).isEqualTo(1);
        assertThat(cell(y2023, "receptionRates", "Beaune", "population")).isEqualTo(beaunePopulation);
        assertThat(new BigDecimal(cell(y2023, "receptionRates", "Beaune", "perThousand").toString()))
                .isEqualByComparingTo(BigDecimal.valueOf(1000).divide(BigDecimal.valueOf(beaunePopulation), 2,
                        java.math.RoundingMode.HALF_UP));
        assertThat(cell(y2023, "receptionRates", "Montbard", "receptions")).isEqualTo(1);
    }

    private void livesIn(long journey, String commune) {
        jdbc.update("""
                update participant set commune_id = (select id from commune where name = ?), commune_name = ?
                where id = (select participant_id from journey where id = ?)""", commune, commune, journey);
    }

    private void change(long journey, long booking, String kind, LocalDateTime changedAt) {
        jdbc.update("""
                insert into appointment_change (journey_id, booking_id, kind, previous_at, advisor, changed_at)
                values (?, ?, ?, ?, 'conseiller.beaune', ?)""", journey, booking, kind,
                Timestamp.valueOf(LocalDateTime.of(2023, 3, 20, 10, 0)), Timestamp.valueOf(changedAt));
    }
}
