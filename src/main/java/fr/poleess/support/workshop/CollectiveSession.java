package fr.poleess.support.workshop;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/** An information session, thematic workshop or petit déj', with its slots. */
@Entity
@Table(name = "collective_session")
public class CollectiveSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SessionKind kind;

    private String title;

    private String theme;

    @Column(name = "territory_code")
    private String territoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind")
    private PlaceKind placeKind;

    @Column(name = "outreach_desk_id")
    private Long outreachDeskId;

    @Column(name = "place_detail")
    private String placeDetail;

    @Column(name = "partner_facilitators")
    private String partnerFacilitators;

    private int capacity;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    // Loaded for a whole list of sessions in one query, not one per session.
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collective_session_advisor", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "advisor")
    private Set<String> advisors = new LinkedHashSet<>();

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("startsAt")
    private List<SessionSlot> slots = new ArrayList<>();

    protected CollectiveSession() {
    }

    CollectiveSession(PlanSession plan, String createdBy, Instant now) {
        this.kind = plan.kind();
        this.title = plan.title();
        this.theme = plan.theme();
        this.territoryCode = plan.territoryCode();
        this.placeKind = plan.placeKind();
        this.outreachDeskId = plan.placeKind() == PlaceKind.OUTREACH_DESK ? plan.outreachDeskId() : null;
        this.placeDetail = plan.placeKind() == PlaceKind.OUTREACH_DESK ? null : plan.placeDetail();
        this.partnerFacilitators = plan.partnerFacilitators();
        this.capacity = plan.capacity();
        this.status = SessionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
        if (plan.facilitatorAdvisors() != null) {
            this.advisors.addAll(plan.facilitatorAdvisors());
        }
        plan.slots().stream().sorted(Comparator.comparing(PlanSession.Slot::startsAt))
                .forEach(s -> slots.add(new SessionSlot(this, s.startsAt(), s.durationMinutes())));
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void cancel(String reason) {
        this.status = SessionStatus.CANCELLED;
        this.cancellationReason = reason;
    }

    void close() {
        this.status = SessionStatus.CLOSED;
    }

    /** The business key of its process instance and of the messages about it. */
    public String businessKey() {
        return businessKey(id);
    }

    public static String businessKey(Long sessionId) {
        return "SESSION-" + sessionId;
    }

    /** "Atelier thématique « Construire son prévisionnel »". */
    public String displayName() {
        return kind.label() + " « " + title + " »";
    }

    /** When its first slot still planned starts, or {@literal null} when it has none. */
    public LocalDateTime startsAt() {
        return plannedSlots().stream().map(SessionSlot::getStartsAt).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Its slots not cancelled, in start order. */
    public List<SessionSlot> plannedSlots() {
        return slots.stream().filter(s -> !s.isCancelled()).sorted(Comparator.comparing(SessionSlot::getStartsAt))
                .toList();
    }

    public SessionSlot slot(Long slotId) {
        return slots.stream().filter(s -> s.getId().equals(slotId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No slot " + slotId + " in session " + id));
    }

    public int totalMinutes() {
        return slots.stream().mapToInt(SessionSlot::getDurationMinutes).sum();
    }

    public Long getId() {
        return id;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getTheme() {
        return theme;
    }

    public String getTerritoryCode() {
        return territoryCode;
    }

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public Long getOutreachDeskId() {
        return outreachDeskId;
    }

    public String getPlaceDetail() {
        return placeDetail;
    }

    public String getPartnerFacilitators() {
        return partnerFacilitators;
    }

    public int getCapacity() {
        return capacity;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getAdvisors() {
        return Set.copyOf(advisors);
    }

    /** In start order. */
    public List<SessionSlot> getSlots() {
        return List.copyOf(slots);
    }
}
