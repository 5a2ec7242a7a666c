package fr.poleess.support.agenda.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.poleess.support.access.AdvisorNames;
import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;

/** The caller's day sheet: their appointments and the sessions they facilitate, in the territories they serve. */
@Service
class DaySheets {

    private final AdvisorAgenda agenda;
    private final CurrentUser currentUser;
    private final AdvisorNames names;
    private final Clock clock;
    private final AccessLog accessLog;

    DaySheets(AdvisorAgenda agenda, CurrentUser currentUser, AdvisorNames names, Clock clock, AccessLog accessLog) {
        this.agenda = agenda;
        this.currentUser = currentUser;
        this.names = names;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** The sheet for {@code date}, tomorrow when {@literal null} (it is printed the evening before). */
    DaySheet ofCaller(LocalDate date) {
        String advisor = currentUser.userId();
        LocalDate day = date != null ? date : LocalDate.now(clock).plusDays(1);
        Set<String> territories = new HashSet<>(agenda.territoriesOf(advisor));
        territories.retainAll(currentUser.visibleTerritoryCodes());
        List<AdvisorAgenda.Item> items = agenda.between(advisor, territories, day, day.plusDays(1));
        byte[] pdf = DaySheetPdf.render(names.of(advisor), day, items, LocalDateTime.now(clock));
        logAccess(items, day);
        return new DaySheet(day, pdf);
    }

    /** The sheet holds personal data: each journey on it gets a line in its access log (who is the caller). */
    private void logAccess(List<AdvisorAgenda.Item> items, LocalDate day) {
        items.stream().map(AdvisorAgenda.Item::journeyReference).filter(Objects::nonNull).distinct()
                .forEach(reference -> accessLog.record(reference, AccessAction.READ_DAY_SHEET, "feuille du " + day));
    }

    record DaySheet(LocalDate day, byte[] pdf) {
    }
}
