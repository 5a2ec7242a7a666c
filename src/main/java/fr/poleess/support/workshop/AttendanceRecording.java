package fr.poleess.support.workshop;

import static fr.poleess.support.workshop.CollectiveSessionProcess.AttendanceForm.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.FormLabels;
import fr.poleess.support.shared.InvalidInputException;

/**
 * Records who was at a slot, from the signed sheet, and sends each participant's attendance to their
 * journey. Every registration that held a seat gets a row: present, absent excused or absent; a
 * registration cancelled before the slot gets {@link AttendanceStatus#CANCELLED}; the waiting list none.
 */
@Service
public class AttendanceRecording {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Two unexcused absences in a row open « Absences répétées » for the referent. */
    static final int REPEATED_ABSENCES = 2;

    private final CollectiveSessions sessions;
    private final Registrations registrations;
    private final Attendances attendances;
    private final Journeys journeys;
    private final RuntimeService runtimeService;
    private final Clock clock;

    AttendanceRecording(CollectiveSessions sessions, Registrations registrations, Attendances attendances,
            Journeys journeys, RuntimeService runtimeService, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendances = attendances;
        this.journeys = journeys;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * « Saisir l'émargement » as the form gives it: refused at once, with what could not be read, while the advisor
     * has not confirmed that the entry copies the signed sheet.
     *
     * @return the continuing prospects' registration ids
     */
    @Transactional
    public List<Long> record(Long sessionId, Long slotId, RecordAttendance input, List<FieldViolation> readViolations,
            String by) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (!Boolean.TRUE.equals(input.signInSheetSigned())) {
            String confirmed = CollectiveSessionProcess.AttendanceForm.CONFIRMED;
            violations.add(new FieldViolation(confirmed, FormLabels.of(RecordAttendance.class, confirmed),
                    "confirmez que la saisie reprend la feuille signée"));
            throw new InvalidInputException(violations);
        }
        return record(sessionId, slotId, input.present(), input.excused(), input.continuingProspects(), violations, by);
    }

    /**
     * « Saisir l'émargement ».
     *
     * @param present registration ids of the people present
     * @param excused registration ids of the people absent with an excuse
     * @param continuingProspects information sessions: registration ids of the prospects (present) who want to go on
     * @return the continuing prospects' registration ids
     */
    @Transactional
    public List<Long> record(Long sessionId, Long slotId, List<Long> present, List<Long> excused,
            List<Long> continuingProspects, List<FieldViolation> readViolations, String by) {
        CollectiveSession session = sessions.require(sessionId);
        SessionSlot slot = session.slot(slotId);
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (slot.isAttendanceRecorded()) {
            violations.add(new FieldViolation(PRESENT, label(PRESENT),
                    "l'émargement de ce créneau est déjà saisi"));
        }
        if (slot.getStartsAt().isAfter(LocalDateTime.now(clock))) {
            violations.add(new FieldViolation(PRESENT, label(PRESENT),
                    "le créneau n'a pas encore commencé : l'émargement se saisit après"));
        }
        List<SessionRegistration> all = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId);
        Set<Long> seated = new HashSet<>(all.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .map(SessionRegistration::getId).toList());
        for (Long id : present) {
            if (!seated.contains(id)) {
                violations.add(new FieldViolation(PRESENT, label(PRESENT),
                        "l'inscription " + id + " n'est pas une inscription confirmée de ce temps collectif"));
            }
            if (excused.contains(id)) {
                violations.add(new FieldViolation(EXCUSED, label(EXCUSED),
                        "une même personne ne peut pas être à la fois présente et absente excusée"));
            }
        }
        for (Long id : excused) {
            if (!seated.contains(id)) {
                violations.add(new FieldViolation(EXCUSED, label(EXCUSED),
                        "l'inscription " + id + " n'est pas une inscription confirmée de ce temps collectif"));
            }
        }
        for (Long id : continuingProspects) {
            boolean prospect = all.stream().anyMatch(r -> r.getId().equals(id) && r.isProspect());
            if (!prospect || !present.contains(id)) {
                violations.add(new FieldViolation(CONTINUING, label(CONTINUING),
                        "seul·e un·e prospect présent·e peut demander l'ouverture d'un parcours"));
                break;
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().distinct().toList());
        }
        Instant now = Instant.now(clock);
        LocalDateTime slotStart = slot.getStartsAt();
        for (SessionRegistration registration : all) {
            AttendanceStatus status = switch (registration.getStatus()) {
                case REGISTERED -> present.contains(registration.getId()) ? AttendanceStatus.PRESENT
                        : excused.contains(registration.getId()) ? AttendanceStatus.ABSENT_EXCUSED : AttendanceStatus.ABSENT;
                case CANCELLED -> registration.getCancelledAt() != null
                        && registration.getCancelledAt().isBefore(slotStart.atZone(PARIS).toInstant())
                                ? AttendanceStatus.CANCELLED : null;
                case WAITING -> null;
            };
            if (status != null) {
                attendances.save(new SlotAttendance(registration.getId(), slotId, status, by, now));
            }
            if (registration.isProspect() && registration.getStatus() == RegistrationStatus.REGISTERED
                    && session.getKind() == SessionKind.INFORMATION_SESSION && status == AttendanceStatus.PRESENT) {
                registration.wantsToContinue(continuingProspects.contains(registration.getId()));
            }
        }
        slot.attendanceRecorded(by, now);
        return List.copyOf(continuingProspects);
    }

    /**
     * What « Saisir l'émargement » shows: the slot, one option per seat held (value = registration id),
     * the prospects who may go on, and a link to the slot's sign-in sheet.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> formData(Long sessionId, Long slotId) {
        CollectiveSession session = sessions.require(sessionId);
        SessionSlot slot = session.slot(slotId);
        List<Map<String, String>> seats = new ArrayList<>();
        List<Map<String, String>> prospects = new ArrayList<>();
        for (SessionRegistration r : registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId)) {
            if (r.getStatus() != RegistrationStatus.REGISTERED) {
                continue;
            }
            Map<String, String> option = Map.of("value", r.getId().toString(), "label", nameOf(r));
            seats.add(option);
            if (r.isProspect()) {
                prospects.add(option);
            }
        }
        String url = "/api/sessions/" + sessionId + "/slots/" + slotId + "/sign-in-sheet.pdf";
        return Map.of(
                CollectiveSessionProcess.AttendanceFormData.SLOT_LABEL,
                session.displayName() + " — " + SessionWording.slot(slot),
                CollectiveSessionProcess.AttendanceFormData.REGISTRATION_OPTIONS, seats,
                CollectiveSessionProcess.AttendanceFormData.PROSPECT_OPTIONS, prospects,
                CollectiveSessionProcess.AttendanceFormData.HAS_PROSPECTS, !prospects.isEmpty(),
                CollectiveSessionProcess.AttendanceFormData.SIGN_IN_SHEET_LINK,
                "[Télécharger la feuille d'émargement du créneau (PDF)](" + url + ")");
    }

    /** « Marie DUPONT — Meursault » for a participant, « Paul MARTIN — Nolay (prospect) » for a prospect. */
    public String nameOf(SessionRegistration r) {
        if (r.isProspect()) {
            return r.getProspectFirstName() + " " + r.getProspectLastName().toUpperCase(java.util.Locale.FRENCH) + " — "
                    + r.getProspectCommune() + " (prospect)";
        }
        return journeys.require(r.getJourneyId()).getParticipant().displayName();
    }

    /**
     * « Transmettre la présence aux parcours »: each participant's attendance at the slot goes to their
     * own journey's process instance, by its business key and instance id, and only while the journey is
     * active. A journey closed since (or whose instance has ended) receives nothing.
     *
     * @return how many journeys received it
     */
    @Transactional
    public int sendToJourneys(Long sessionId, Long slotId) {
        CollectiveSession session = sessions.require(sessionId);
        SessionSlot slot = session.slot(slotId);
        int sent = 0;
        for (SlotAttendance attendance : attendances.findBySlotId(slotId)) {
            if (attendance.getStatus() == AttendanceStatus.CANCELLED) {
                continue;
            }
            SessionRegistration registration = registrations.findById(attendance.getRegistrationId()).orElseThrow();
            if (registration.isProspect()) {
                continue;
            }
            Journey journey = journeys.require(registration.getJourneyId());
            if (journey.getStatus() == JourneyStatus.CLOSED || journey.getProcessInstanceId() == null) {
                continue;
            }
            sent += runtimeService.createMessageCorrelation(JourneyProcess.Messages.ATTENDANCE_RECORDED)
                    .processInstanceBusinessKey(journey.getReference())
                    .processInstanceId(journey.getProcessInstanceId())
                    .setVariablesLocal(Map.of(JourneyProcess.Variables.ATTENDANCE_ID, attendance.getId(),
                            JourneyProcess.Variables.ATTENDANCE_STATUS, attendance.getStatus().name(),
                            JourneyProcess.Variables.ATTENDED_SESSION, session.displayName() + " — "
                                    + SessionWording.slot(slot)))
                    .correlateAllWithResult().size();
        }
        return sent;
    }

    /**
     * Whether the journey's participant has just missed two slots in a row without excuse (cancelled
     * registrations do not count either way). True once per run of absences: at the second.
     */
    @Transactional(readOnly = true)
    public boolean repeatedUnexcusedAbsences(Long journeyId) {
        int run = 0;
        for (SlotAttendance attendance : attendances.findByJourneyLatestFirst(journeyId)) {
            if (attendance.getStatus() == AttendanceStatus.CANCELLED) {
                continue;
            }
            if (attendance.getStatus() != AttendanceStatus.ABSENT) {
                break;
            }
            run++;
        }
        return run == REPEATED_ABSENCES;
    }

    private static String label(String field) {
        return FormLabels.of(RecordAttendance.class, field);
    }
}
