package fr.poleess.support.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.InvalidInputException;

/**
 * The rules of « Saisir l'émargement » on a clock of the test's own, without Spring or a database: when
 * the sheet may be recorded, which registrations it may name, and what each registration gets.
 */
class AttendanceRecordingTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDateTime SLOT_START = LocalDateTime.of(2026, 12, 3, 9, 30);
    static final Long SESSION = 7L;
    static final Long SLOT = 70L;

    final CollectiveSessions sessions = mock(CollectiveSessions.class);
    final Registrations registrations = mock(Registrations.class);
    final Attendances attendances = mock(Attendances.class);
    final List<SlotAttendance> saved = new ArrayList<>();
    final List<SessionRegistration> all = new ArrayList<>();
    CollectiveSession session;

    @BeforeEach
    void aSessionWithOneSlot() {
        session = session(SessionKind.INFORMATION_SESSION);
        when(sessions.require(SESSION)).thenReturn(session);
        when(registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(SESSION)).thenReturn(all);
        when(attendances.save(any())).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });
    }

    @Test
    void theSheetIsRecordedOnceTheSlotHasStartedNotBefore() {
        registered(1L);

        assertThatThrownBy(() -> at(SLOT_START.minusMinutes(1)).record(SESSION, SLOT, List.of(1L), List.of(), List.of(),
                List.of(), "conseiller.beaune"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("le créneau n'a pas encore commencé");
        verify(attendances, never()).save(any());

        at(SLOT_START).record(SESSION, SLOT, List.of(1L), List.of(), List.of(), List.of(), "conseiller.beaune");
        assertThat(saved).singleElement().extracting(SlotAttendance::getStatus).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void eachSeatGetsPresentExcusedOrAbsentAndTheTimeOfTheClock() {
        registered(1L);
        registered(2L);
        registered(3L);
        LocalDateTime now = SLOT_START.plusHours(3);

        at(now).record(SESSION, SLOT, List.of(1L), List.of(2L), List.of(), List.of(), "conseiller.beaune");

        assertThat(statuses()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, AttendanceStatus.PRESENT,
                2L, AttendanceStatus.ABSENT_EXCUSED, 3L, AttendanceStatus.ABSENT));
        Instant recordedAt = now.atZone(PARIS).toInstant();
        assertThat(saved).extracting(SlotAttendance::getRecordedAt).containsOnly(recordedAt);
        assertThat(session.slot(SLOT).getAttendanceRecordedAt()).isEqualTo(recordedAt);
        assertThat(session.slot(SLOT).getAttendanceRecordedBy()).isEqualTo("conseiller.beaune");
    }

    @Test
    void aCancellationBeforeTheSlotCountsTheWaitingListAndLateCancellationsDoNot() {
        registered(1L);
        registered(2L).cancel(SLOT_START.minusDays(1).atZone(PARIS).toInstant());
        registered(3L).cancel(SLOT_START.plusMinutes(5).atZone(PARIS).toInstant());
        waiting(4L);

        at(SLOT_START.plusHours(3)).record(SESSION, SLOT, List.of(1L), List.of(), List.of(), List.of(), "conseiller.beaune");

        assertThat(statuses()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, AttendanceStatus.PRESENT,
                2L, AttendanceStatus.CANCELLED));
    }

    @Test
    void onlyConfirmedRegistrationsMayBeNamedAndNobodyBothPresentAndExcused() {
        registered(1L);
        waiting(2L);

        assertThatThrownBy(() -> at(SLOT_START.plusHours(3)).record(SESSION, SLOT, List.of(1L, 2L), List.of(1L),
                List.of(), List.of(), "conseiller.beaune"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("l'inscription 2 n'est pas une inscription confirmée")
                .hasMessageContaining("à la fois présente et absente excusée");
        assertThat(saved).isEmpty();
    }

    @Test
    void aSheetAlreadyRecordedIsRefused() {
        registered(1L);
        AttendanceRecording recording = at(SLOT_START.plusHours(3));
        recording.record(SESSION, SLOT, List.of(1L), List.of(), List.of(), List.of(), "conseiller.beaune");

        assertThatThrownBy(() -> recording.record(SESSION, SLOT, List.of(1L), List.of(), List.of(), List.of(),
                "conseiller.beaune"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("l'émargement de ce créneau est déjà saisi");
    }

    @Test
    void onlyAPresentProspectMayAskToGoOn() {
        SessionRegistration present = prospect(1L);
        SessionRegistration absent = prospect(2L);

        assertThatThrownBy(() -> at(SLOT_START.plusHours(3)).record(SESSION, SLOT, List.of(1L), List.of(), List.of(2L),
                List.of(), "conseiller.beaune"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("seul·e un·e prospect présent·e");

        at(SLOT_START.plusHours(3)).record(SESSION, SLOT, List.of(1L), List.of(), List.of(1L), List.of(),
                "conseiller.beaune");
        assertThat(present.getWantsToContinue()).isTrue();
        assertThat(absent.getWantsToContinue()).isNull();
    }

    @Test
    void twoUnexcusedAbsencesInARowRaiseTheFlagOnceCancellationsAside() {
        assertThat(repeated(AttendanceStatus.ABSENT, AttendanceStatus.ABSENT)).isTrue();
        assertThat(repeated(AttendanceStatus.ABSENT, AttendanceStatus.CANCELLED, AttendanceStatus.ABSENT)).isTrue();
        assertThat(repeated(AttendanceStatus.ABSENT)).isFalse();
        assertThat(repeated(AttendanceStatus.ABSENT, AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT)).isFalse();
        assertThat(repeated(AttendanceStatus.ABSENT, AttendanceStatus.ABSENT, AttendanceStatus.ABSENT)).isFalse();
        assertThat(repeated(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.ABSENT)).isFalse();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Latest first, as {@link Attendances#findByJourneyLatestFirst} gives them. */
    private boolean repeated(AttendanceStatus... latestFirst) {
        when(attendances.findByJourneyLatestFirst(42L)).thenReturn(Arrays.stream(latestFirst)
                .map(status -> new SlotAttendance(1L, SLOT, status, "conseiller.beaune", Instant.EPOCH)).toList());
        return at(SLOT_START).repeatedUnexcusedAbsences(42L);
    }

    private AttendanceRecording at(LocalDateTime parisTime) {
        return recording(Clock.fixed(parisTime.atZone(PARIS).toInstant(), PARIS));
    }

    private AttendanceRecording recording(Clock clock) {
        return new AttendanceRecording(sessions, registrations, attendances, mock(Journeys.class),
                mock(RuntimeService.class), clock);
    }

    private Map<Long, AttendanceStatus> statuses() {
        return saved.stream().collect(Collectors.toMap(SlotAttendance::getRegistrationId, SlotAttendance::getStatus));
    }

    private SessionRegistration registered(Long id) {
        return add(id, SessionRegistration.participant(SESSION, 100 + id, RegistrationStatus.REGISTERED,
                "conseiller.beaune", Instant.EPOCH));
    }

    private SessionRegistration waiting(Long id) {
        return add(id, SessionRegistration.participant(SESSION, 100 + id, RegistrationStatus.WAITING,
                "conseiller.beaune", Instant.EPOCH));
    }

    private SessionRegistration prospect(Long id) {
        return add(id, SessionRegistration.prospect(SESSION, new RegisterForSession.Prospect("Nadia" + id, "Benhamou",
                "Meursault", "nadia@example.org", null), RegistrationStatus.REGISTERED, "conseiller.beaune", Instant.EPOCH));
    }

    private SessionRegistration add(Long id, SessionRegistration registration) {
        ReflectionTestUtils.setField(registration, "id", id);
        all.add(registration);
        return registration;
    }

    private static CollectiveSession session(SessionKind kind) {
        CollectiveSession session = new CollectiveSession(new PlanSession(kind, "Créer son activité", null, "BEA",
                PlaceKind.OFFICE, null, null, List.of("conseiller.beaune"), null, 12,
                List.of(new PlanSession.Slot(SLOT_START, 120))), "conseiller.beaune", Instant.EPOCH);
        ReflectionTestUtils.setField(session, "id", SESSION);
        ReflectionTestUtils.setField(session.getSlots().get(0), "id", SLOT);
        return session;
    }
}
