package fr.poleess.support.shared;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) with ical4j: invitations in participants' e-mails and advisors' calendar feeds.
 * Times are Paris local times, written with {@code TZID=Europe/Paris} and the zone's VTIMEZONE (from
 * ical4j's bundled zone data: nothing is fetched), so every calendar application shows them right.
 */
public final class ICalendars {

    public static final String ZONE = "Europe/Paris";
    private static final ZoneId PARIS = ZoneId.of(ZONE);
    /** UIDs end with our domain, so that they stay unique among everyone's events. */
    public static final String UID_DOMAIN = "@parcours-creation.poleess.fr";

    private ICalendars() {
    }

    /** A calendar with our PRODID, VERSION 2.0, GREGORIAN, the given METHOD (or none) and Paris's VTIMEZONE. */
    public static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Pôle d'économie solidaire//Parcours création//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(method);
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        calendar.add(registry.getTimeZone(ZONE).getVTimeZone());
        return calendar;
    }

    /**
     * One event.
     *
     * @param uid stable across moves and cancellation ({@link #UID_DOMAIN} appended)
     * @param sequence 0 when first sent, raised at each change
     * @param start Paris local time
     * @param location may be {@literal null}
     * @param description may be {@literal null}
     * @param cancelled STATUS:CANCELLED (with METHOD:CANCEL on the calendar)
     */
    public static VEvent event(String uid, int sequence, LocalDateTime start, int minutes, String summary,
            String location, String description, boolean cancelled) {
        ZonedDateTime from = start.atZone(PARIS);
        VEvent event = new VEvent(from, from.plusMinutes(minutes), summary);
        event.add(new Uid(uid + UID_DOMAIN));
        event.add(new Sequence(sequence));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        event.add(cancelled ? new Status(ImmutableStatus.VEVENT_CANCELLED.getValue())
                : new Status(ImmutableStatus.VEVENT_CONFIRMED.getValue()));
        return event;
    }
}
