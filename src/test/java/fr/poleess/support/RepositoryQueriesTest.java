package fr.poleess.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.workshop.Attendances;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessions;
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.SessionKind;
import fr.poleess.support.workshop.SlotAttendance;
import fr.poleess.support.workshop.SlotTimes;

/**
 * The repositories' own queries against the real schema (Flyway's migrations on embedded PostgreSQL),
 * without the engine or the web layer: JPA and the database only, each test rolled back. Rows are
 * written with SQL so that the fixtures depend on the tables, not on the entities' constructors.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RepositoryQueriesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "repository_queries");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Journeys journeys;
    @Autowired
    CollectiveSessions sessions;
    @Autowired
    Registrations registrations;
    @Autowired
    Attendances attendances;
    @Autowired
    SlotTimes slotTimes;
    @Autowired
    Partners partners;

    private long bank;
    private long beaune1;
    private long beaune2;
    private long chatillon;
    private long workshop;
    private long information;
    private long chatillonWorkshop;
    private long firstSlot;
    private long secondSlot;

    @BeforeEach
    void fixtures() {
        bank = insert("insert into partner (name, partner_type, kind, contact_function, active, version)"
                + " values ('Banque du Val', 'PROFESSIONAL_RESOURCE', 'BANK', 'Chargée d''affaires', true, 0)");
        long agency = insert("insert into partner (name, partner_type, kind, contact_function, active, version)"
                + " values ('Agence France Travail', 'REFERRING_PARTNER', 'EMPLOYMENT_SERVICE', 'Conseiller', true, 0)");
        long withdrawn = insert("insert into partner (name, partner_type, kind, contact_function, active, version)"
                + " values ('Ancienne banque', 'PROFESSIONAL_RESOURCE', 'BANK', 'Directeur', false, 0)");
        jdbc.update("insert into partner_territory values (?, 'BEA'), (?, 'CHA'), (?, 'BEA'), (?, 'BEA')", bank, bank,
                agency, withdrawn);

        beaune1 = journey("TST-BEA-1", "BEA", LocalDate.of(2026, 1, 10), "IN_PROGRESS", agency);
        beaune2 = journey("TST-BEA-2", "BEA", LocalDate.of(2026, 2, 10), "CLOSED", null);
        chatillon = journey("TST-CHA-1", "CHA", LocalDate.of(2026, 3, 10), "IN_PROGRESS", agency);
        jdbc.update("insert into participant_mobility_constraint values ((select participant_id from journey where id = ?),"
                + " 'NO_CAR')", beaune1);

        workshop = session("THEMATIC_WORKSHOP", "BEA", "OPEN");
        firstSlot = slot(workshop, LocalDateTime.of(2026, 4, 2, 9, 0));
        secondSlot = slot(workshop, LocalDateTime.of(2026, 4, 9, 9, 0));
        information = session("INFORMATION_SESSION", "BEA", "CANCELLED");
        slot(information, LocalDateTime.of(2026, 3, 20, 14, 0));
        chatillonWorkshop = session("THEMATIC_WORKSHOP", "CHA", "OPEN");
        slot(chatillonWorkshop, LocalDateTime.of(2026, 4, 3, 9, 0));
        jdbc.update("insert into collective_session_advisor values (?, 'conseiller.beaune'), (?, 'conseiller.dijon')",
                workshop, workshop);

        long seat1 = registration(workshop, beaune1, "REGISTERED");
        long seat2 = registration(workshop, beaune2, "REGISTERED");
        registration(workshop, chatillon, "WAITING");
        registration(workshop, null, "CANCELLED");
        registration(chatillonWorkshop, chatillon, "REGISTERED");
        attendance(seat1, firstSlot, "PRESENT");
        attendance(seat1, secondSlot, "ABSENT_EXCUSED");
        attendance(seat2, firstSlot, "PRESENT");
    }

    @Test
    void journeysAreSearchedOnlyInTheVisibleTerritories() {
        assertThat(references(journeys.search(Set.of("BEA"), null, null)))
                .containsSubsequence("TST-BEA-2", "TST-BEA-1").doesNotContain("TST-CHA-1");
        assertThat(references(journeys.search(Set.of("BEA"), "CHA", null))).isEmpty();
        assertThat(references(journeys.search(Set.of("BEA", "CHA"), null, JourneyStatus.CLOSED)))
                .contains("TST-BEA-2").doesNotContain("TST-BEA-1", "TST-CHA-1");
        assertThat(journeys.findVisible("TST-CHA-1", Set.of("BEA"))).isEmpty();
        assertThat(journeys.findVisible("TST-CHA-1", Set.of("CHA"))).isPresent();
    }

    @Test
    void journeysSentByAReferrerAreFoundInTheVisibleTerritories() {
        long agency = journeys.findByReference("TST-BEA-1").orElseThrow().getParticipant().getReferringPartnerId();
        assertThat(references(journeys.findReferredBy(agency, Set.of("BEA", "CHA"))))
                .containsExactly("TST-CHA-1", "TST-BEA-1");
        assertThat(references(journeys.findReferredBy(agency, Set.of("BEA")))).containsExactly("TST-BEA-1");
    }

    @Test
    void journeysComeWithTheirParticipantsInOneQuery() {
        List<Journey> found = journeys.findWithParticipants(List.of(beaune1, beaune2));
        assertThat(references(found)).containsExactlyInAnyOrder("TST-BEA-1", "TST-BEA-2");
        Journey first = found.stream().filter(j -> j.getId() == beaune1).findFirst().orElseThrow();
        assertThat(first.getParticipant().getLastName()).isEqualTo("Participant TST-BEA-1");
        assertThat(first.getParticipant().getMobilityConstraints()).hasSize(1);
    }

    @Test
    void sessionsAreSearchedByTerritoryKindAndPeriod() {
        LocalDateTime april = LocalDateTime.of(2026, 4, 1, 0, 0);
        LocalDateTime may = LocalDateTime.of(2026, 5, 1, 0, 0);
        assertThat(ids(sessions.search(Set.of("BEA"), null, null, april, may))).containsExactly(workshop);
        assertThat(ids(sessions.search(Set.of("BEA", "CHA"), null, SessionKind.THEMATIC_WORKSHOP, april, may)))
                .containsExactly(workshop, chatillonWorkshop);
        assertThat(ids(sessions.search(Set.of("BEA", "CHA"), "CHA", null, april, may))).containsExactly(chatillonWorkshop);
        // A session with two slots in the period is listed once, with both slots and its advisors.
        CollectiveSession found = sessions.search(Set.of("BEA"), null, null, april, may).get(0);
        assertThat(found.getSlots()).hasSize(2);
        assertThat(found.getAdvisors()).containsExactlyInAnyOrder("conseiller.beaune", "conseiller.dijon");
        assertThat(ids(sessions.search(Set.of("BEA"), null, null, LocalDateTime.of(2026, 4, 9, 9, 0), may)))
                .containsExactly(workshop);
    }

    @Test
    void theLatestSessionBeforeADateSkipsCancelledOnes() {
        assertThat(ids(sessions.latestBefore("BEA", SessionKind.THEMATIC_WORKSHOP, LocalDateTime.of(2026, 5, 1, 0, 0))))
                .startsWith(workshop);
        assertThat(sessions.latestBefore("BEA", SessionKind.INFORMATION_SESSION, LocalDateTime.of(2026, 5, 1, 0, 0)))
                .isEmpty();
        assertThat(sessions.lock(workshop)).isEqualTo(1);
    }

    @Test
    void registrationsAreCountedPerSessionAndStatusInOneQuery() {
        Map<Long, Map<RegistrationStatus, Long>> counts = registrations
                .countByStatus(List.of(workshop, information, chatillonWorkshop)).stream()
                .collect(Collectors.groupingBy(Registrations.StatusCount::getSessionId,
                        Collectors.toMap(Registrations.StatusCount::getStatus, Registrations.StatusCount::getCount)));
        assertThat(counts.get(workshop)).containsOnly(Map.entry(RegistrationStatus.REGISTERED, 2L),
                Map.entry(RegistrationStatus.WAITING, 1L), Map.entry(RegistrationStatus.CANCELLED, 1L));
        assertThat(counts.get(chatillonWorkshop)).containsOnly(Map.entry(RegistrationStatus.REGISTERED, 1L));
        assertThat(counts).doesNotContainKey(information);
    }

    @Test
    void aJourneysAttendanceComesLatestSlotFirst() {
        assertThat(attendances.findByJourneyLatestFirst(beaune1)).extracting(SlotAttendance::getSlotId)
                .containsExactly(secondSlot, firstSlot);
        assertThat(attendances.findByJourneyLatestFirst(chatillon)).isEmpty();
        assertThat(slotTimes.startsAt(firstSlot)).isEqualTo(LocalDateTime.of(2026, 4, 2, 9, 0));
        assertThat(slotTimes.endsAt(firstSlot)).isEqualTo(LocalDateTime.of(2026, 4, 2, 12, 0));
    }

    @Test
    void partnersServingATerritoryAreTheActiveOnesOfThatTypeAndKind() {
        assertThat(partners.findServing(PartnerType.PROFESSIONAL_RESOURCE, "CHA")).extracting(Partner::getId)
                .containsExactly(bank);
        assertThat(partners.findServing(PartnerType.PROFESSIONAL_RESOURCE, List.of(PartnerKind.BANK), "BEA"))
                .extracting(Partner::getName).contains("Banque du Val").doesNotContain("Ancienne banque");
        assertThat(partners.findServing(PartnerType.PROFESSIONAL_RESOURCE, List.of(PartnerKind.CMA), "BEA"))
                .extracting(Partner::getName).doesNotContain("Banque du Val");
        assertThat(partners.existsByNameIgnoreCase("banque du val")).isTrue();
    }

    private long journey(String reference, String territory, LocalDate openedOn, String status, Long referrer) {
        long participant = insert("insert into participant (first_name, last_name, commune_name, gender, birth_year,"
                + " situation, came_through, consent_given, created_at, referring_partner_id) values ('Camille',"
                + " 'Participant " + reference + "', 'Beaune', 'FEMALE', 1990, 'JOB_SEEKER', 'REFERRING_PARTNER', true,"
                + " now(), " + referrer + ")");
        return insert("insert into journey (reference, participant_id, territory_code, status, opened_on, version)"
                + " values ('" + reference + "', " + participant + ", '" + territory + "', '" + status + "', '"
                + openedOn + "', 0)");
    }

    private long session(String kind, String territory, String status) {
        return insert("insert into collective_session (kind, title, territory_code, place_kind, capacity, status,"
                + " created_by, created_at, version) values ('" + kind + "', 'Test', '" + territory + "', 'OFFICE', 12, '"
                + status + "', 'test', now(), 0)");
    }

    private long slot(long session, LocalDateTime startsAt) {
        return insert("insert into collective_session_slot (session_id, starts_at, duration_minutes) values (" + session
                + ", '" + startsAt + "', 180)");
    }

    private long registration(long session, Long journey, String status) {
        return journey == null
                ? insert("insert into collective_registration (session_id, prospect_first_name, prospect_last_name,"
                        + " prospect_commune, status, registered_at, registered_by) values (" + session
                        + ", 'Lou', 'Prospect', 'Beaune', '" + status + "', now(), 'test')")
                : insert("insert into collective_registration (session_id, journey_id, status, registered_at,"
                        + " registered_by) values (" + session + ", " + journey + ", '" + status + "', now(), 'test')");
    }

    private void attendance(long registration, long slot, String status) {
        jdbc.update("insert into collective_attendance (registration_id, slot_id, status, recorded_at, recorded_by)"
                + " values (?, ?, ?, now(), 'test')", registration, slot, status);
    }

    private long insert(String sql) {
        return jdbc.queryForObject(sql + " returning id", Long.class);
    }

    private static List<String> references(List<Journey> found) {
        return found.stream().map(Journey::getReference).toList();
    }

    private static List<Long> ids(List<CollectiveSession> found) {
        return found.stream().map(CollectiveSession::getId).toList();
    }
}
