package fr.poleess.support.workshop;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.poleess.support.territory.OutreachDesk;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.shared.FrenchFormat;

/** How a session is said in French: in messages, forms, the timeline and on the sign-in sheet. */
@Component
public class SessionWording {

    private final OutreachDesks desks;
    private final Territories territories;

    SessionWording(OutreachDesks desks, Territories territories) {
        this.desks = desks;
        this.territories = territories;
    }

    /** « jeudi 3 décembre 2026 », « mardi 1er décembre 2026 ». */
    public static String date(LocalDateTime at) {
        return FrenchFormat.dayAndDate(at);
    }

    /** « 9 h 30 ». */
    public static String time(LocalDateTime at) {
        return FrenchFormat.time(at);
    }

    /** « de 9 h 30 à 12 h 30 ». */
    public static String times(SessionSlot slot) {
        return "de " + time(slot.getStartsAt()) + " à " + time(slot.endsAt());
    }

    /** « jeudi 3 décembre 2026, de 9 h 30 à 12 h 30 ». */
    public static String slot(SessionSlot slot) {
        return date(slot.getStartsAt()) + ", " + times(slot);
    }

    /** Where it takes place, one line: the desk's name and address, the partner's room, or the video link. */
    public String place(CollectiveSession session) {
        return switch (session.getPlaceKind()) {
            case OFFICE -> territories.findById(session.getTerritoryCode())
                    .map(t -> t.getAddress() + ", " + t.getPostalCode() + " " + t.getCity()).orElse("Nos locaux");
            case OUTREACH_DESK -> desks.findById(session.getOutreachDeskId()).map(SessionWording::desk)
                    .orElse("Permanence");
            case PARTNER_ROOM -> session.getPlaceDetail();
            case VIDEO -> "En visioconférence : " + session.getPlaceDetail();
        };
    }

    /** Advisors (user ids) and partners, as one line. */
    /** @param advisorName how an advisor's user id is printed */
    public static String facilitators(CollectiveSession session, java.util.function.UnaryOperator<String> advisorName) {
        List<String> names = new ArrayList<>(session.getAdvisors().stream().sorted().map(advisorName).toList());
        if (session.getPartnerFacilitators() != null && !session.getPartnerFacilitators().isBlank()) {
            names.add(session.getPartnerFacilitators());
        }
        return String.join(", ", names);
    }

    private static String desk(OutreachDesk desk) {
        return desk.getName() + ", " + desk.getAddress() + ", " + desk.getPostalCode() + " " + desk.getCity();
    }
}
