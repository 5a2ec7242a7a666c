package fr.poleess.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;

class ICalendarsTest {

    @Test
    void anEventIsWrittenInParisTimeWithItsZoneAndReadBack() throws Exception {
        Calendar calendar = ICalendars.calendar(new Method("REQUEST"));
        calendar.add(ICalendars.event("appointment-42", 1, LocalDateTime.of(2026, 12, 3, 14, 30), 60, "Rendez-vous",
                "Permanence de Seurre", "Avec Mme Martin", false));
        String ics = calendar.toString();
        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20261203T143000").contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Paris").contains("SEQUENCE:1").contains("METHOD:REQUEST");

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("appointment-42" + ICalendars.UID_DOMAIN);
    }
}
