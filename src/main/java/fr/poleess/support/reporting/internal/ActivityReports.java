package fr.poleess.support.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.ReferringPartnerType;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.reporting.internal.ActivityReport.Column;
import fr.poleess.support.reporting.internal.ActivityReport.Row;
import fr.poleess.support.reporting.internal.ActivityReport.Table;
import fr.poleess.support.reporting.internal.ActivityReportQueries.Counts;
import fr.poleess.support.reporting.internal.ActivityReportQueries.Dimension;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;

/** Computes the activity report of a period (docs/reporting.md) and lays it out as tables. */
@Service
class ActivityReports {

    static final String TOTAL_LABEL = "Total";
    private static final int MAX_YEARS = 10;

    /** Categories of the report's own, not of an enum: the appointment changes counted, the age bands. */
    private static final Map<String, String> APPOINTMENT_CHANGES = ordered("MOVED", "Déplacés",
            "CANCELLED_BY_PARTICIPANT", "Annulés par le porteur de projet", "CANCELLED_BY_US",
            "Annulés par la structure", "NOT_HONOURED", "Non honorés");
    private static final Map<String, String> AGE_BANDS = ordered("UNDER_26", "Moins de 26 ans", "FROM_26_TO_35",
            "26 à 35 ans", "FROM_36_TO_45", "36 à 45 ans", "FROM_46_TO_55", "46 à 55 ans", "FROM_56", "56 ans et plus");

    private final ActivityReportQueries queries;
    private final Territories territories;
    private final Clock clock;

    ActivityReports(ActivityReportQueries queries, Territories territories, Clock clock) {
        this.queries = queries;
        this.territories = territories;
        this.clock = clock;
    }

    /**
     * The report of {@code from}–{@code to} (both included; the current calendar year when both are
     * missing) for one territory or all ({@literal null}).
     */
    @Transactional(readOnly = true)
    ActivityReport compute(LocalDate from, LocalDate to, String territoryCode) {
        int year = LocalDate.now(clock).getYear();
        LocalDate start = from != null ? from : to != null ? LocalDate.of(to.getYear(), 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate end = to != null ? to : from != null ? LocalDate.of(from.getYear(), 12, 31) : LocalDate.of(year, 12, 31);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "Fin de période", "doit être postérieure ou égale au début de période");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw new InvalidInputException("to", "Fin de période", "la période ne peut pas dépasser " + MAX_YEARS + " ans");
        }
        List<Territory> all = territories.findAll().stream().sorted(Comparator.comparing(Territory::getName)).toList();
        List<Territory> chosen = all;
        String territoryName = "Tous les territoires";
        if (territoryCode != null && !territoryCode.isBlank()) {
            chosen = all.stream().filter(t -> t.getCode().equals(territoryCode)).toList();
            if (chosen.isEmpty()) {
                throw new InvalidInputException("territory", "Territoire", "territoire inconnu : " + territoryCode);
            }
            territoryName = chosen.get(0).getName();
        }
        ReportPeriod period = new ReportPeriod(start, end, chosen.stream().map(Territory::getCode).toList());
        List<Table> tables = new ArrayList<>();
        tables.add(activity(period, chosen));
        tables.add(appointments(period, chosen));
        tables.add(appointmentChanges(period, chosen));
        tables.add(referrals(period, chosen));
        tables.add(outcomes(period, chosen));
        tables.addAll(profile(period, chosen));
        tables.add(receptionRates(period));
        tables.add(survival(period, chosen));
        tables.add(journeyLength(period, chosen));
        return new ActivityReport(start, end, chosen.size() == 1 && territoryCode != null ? territoryCode : null,
                territoryName, LocalDateTime.now(clock), tables);
    }

    private Table activity(ReportPeriod period, List<Territory> chosen) {
        Counts receptions = queries.receptions(period);
        Counts supported = queries.peopleSupported(period);
        Counts sessions = queries.sessionsHeld(period);
        List<Column> columns = List.of(new Column("receptions", "Accueils"),
                new Column("peopleSupported", "Personnes accompagnées"),
                new Column("informationSessions", "Informations collectives"),
                new Column("thematicWorkshops", "Ateliers thématiques"), new Column("breakfasts", "Petits déj'"));
        List<Row> rows = new ArrayList<>();
        for (Territory territory : chosen) {
            Map<String, Number> values = new LinkedHashMap<>();
            values.put("receptions", receptions.get(territory.getCode()));
            values.put("peopleSupported", supported.get(territory.getCode()));
            values.put("informationSessions", sessions.get(territory.getCode(), "INFORMATION_SESSION"));
            values.put("thematicWorkshops", sessions.get(territory.getCode(), "THEMATIC_WORKSHOP"));
            values.put("breakfasts", sessions.get(territory.getCode(), "BREAKFAST"));
            rows.add(new Row(territory.getCode(), territory.getName(), false, values));
        }
        Map<String, Number> total = new LinkedHashMap<>();
        total.put("receptions", sum(chosen, t -> receptions.get(t.getCode())));
        total.put("peopleSupported", supported.get(ActivityReportQueries.TOTAL));
        total.put("informationSessions", sum(chosen, t -> sessions.get(t.getCode(), "INFORMATION_SESSION")));
        total.put("thematicWorkshops", sum(chosen, t -> sessions.get(t.getCode(), "THEMATIC_WORKSHOP")));
        total.put("breakfasts", sum(chosen, t -> sessions.get(t.getCode(), "BREAKFAST")));
        rows.add(new Row(ActivityReportQueries.TOTAL, TOTAL_LABEL, true, total));
        return new Table("activity", "Activité par territoire", "Territoire", columns, rows,
                "Une personne accompagnée dans deux territoires compte une fois dans le total.");
    }

    private Table appointments(ReportPeriod period, List<Territory> chosen) {
        return byTerritory("appointments", "Rendez-vous individuels tenus, par mode", queries.appointmentsByMode(period),
                chosen, categories(AppointmentMode.values(), AppointmentMode::label), null);
    }

    private Table appointmentChanges(ReportPeriod period, List<Territory> chosen) {
        return byTerritory("appointmentChanges", "Rendez-vous prévus déplacés, annulés ou non honorés",
                queries.appointmentChanges(period), chosen, APPOINTMENT_CHANGES,
                "Comptés le jour où le conseiller l'a noté.");
    }

    /** Where people come from, for the funders' question of where to open the next outreach desk. */
    private Table receptionRates(ReportPeriod period) {
        Map<String, long[]> byArrondissement = queries.receptionsByArrondissement(period);
        List<Column> columns = List.of(new Column("receptions", "Accueils"), new Column("population", "Population"),
                new Column("perThousand", "Accueils pour 1 000 habitants"));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> arrondissement : byArrondissement.entrySet()) {
            long receptions = arrondissement.getValue()[0];
            long population = arrondissement.getValue()[1];
            Map<String, Number> values = new LinkedHashMap<>();
            values.put("receptions", receptions);
            values.put("population", population);
            values.put("perThousand", population == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(receptions * 1000).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP));
            rows.add(new Row(arrondissement.getKey(), "Arrondissement de " + arrondissement.getKey(), false, values));
        }
        return new Table("receptionRates", "Profil : accueils pour 1 000 habitants, par arrondissement",
                "Arrondissement", columns, rows,
                "Commune de résidence à l'accueil ; population légale INSEE. Les personnes venues d'autres départements ne sont pas comptées ici.");
    }

    /** Rows are partner kinds: how many referrals were made to each, and how many led to a meeting. */
    private Table referrals(ReportPeriod period, List<Territory> chosen) {
        Counts referrals = queries.referrals(period);
        List<Column> columns = List.of(new Column("referrals", "Mises en lien"),
                new Column("ledToMeeting", "Ayant abouti à un rendez-vous"));
        List<Row> rows = new ArrayList<>();
        long allReferrals = 0;
        long allMeetings = 0;
        for (Map.Entry<String, String> kind : categories(PartnerKind.values(), PartnerKind::label).entrySet()) {
            long made = sum(chosen, t -> referrals.get(t.getCode(), kind.getKey()));
            long meetings = sum(chosen, t -> referrals.get(t.getCode(), "MEETING_" + kind.getKey()));
            Map<String, Number> values = new LinkedHashMap<>();
            values.put("referrals", made);
            values.put("ledToMeeting", meetings);
            rows.add(new Row(kind.getKey(), kind.getValue(), false, values));
            allReferrals += made;
            allMeetings += meetings;
        }
        Map<String, Number> total = new LinkedHashMap<>();
        total.put("referrals", allReferrals);
        total.put("ledToMeeting", allMeetings);
        rows.add(new Row(ActivityReportQueries.TOTAL, TOTAL_LABEL, true, total));
        return new Table("referrals", "Mises en lien par type de partenaire", "Type de partenaire", columns, rows,
                "Mises en lien décidées sur la période ; « ayant abouti » : le porteur a rencontré le partenaire.");
    }

    private Table outcomes(ReportPeriod period, List<Territory> chosen) {
        Counts outcomes = queries.outcomes(period);
        Table table = byTerritory("outcomes", "Sorties de parcours", outcomes, chosen, categories(OutcomeKind.values(), OutcomeKind::label),
                "Emplois créés : ceux déclarés avec les activités créées.");
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(new Column("jobsCreated", "Emplois créés"));
        List<Row> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            Map<String, Number> values = new LinkedHashMap<>(row.values());
            values.put("jobsCreated", row.total() ? sum(chosen, t -> jobs(outcomes, t.getCode())) : jobs(outcomes, row.key()));
            rows.add(new Row(row.key(), row.label(), row.total(), values));
        }
        return new Table(table.key(), table.title(), table.rowHeader(), columns, rows, table.note());
    }

    private static long jobs(Counts outcomes, String territory) {
        return Arrays.stream(OutcomeKind.values()).mapToLong(kind -> outcomes.get(territory, "JOBS_" + kind.name())).sum();
    }

    private List<Table> profile(ReportPeriod period, List<Territory> chosen) {
        Map<Dimension, Counts> profile = queries.profile(period);
        String note = "Personnes accueillies sur la période, selon leur situation à l'entrée.";
        return List.of(
                byCategory("gender", "Profil : genre", "Genre", profile.get(Dimension.GENDER), chosen,
                        categories(Gender.values(), Gender::label), note),
                byCategory("ageBand", "Profil : âge", "Tranche d'âge", profile.get(Dimension.AGE_BAND), chosen,
                        AGE_BANDS, note),
                byCategory("situation", "Profil : situation à l'entrée", "Situation",
                        profile.get(Dimension.SITUATION), chosen, categories(Situation.values(), Situation::label), note),
                byCategory("cameThrough", "Profil : comment la personne est venue", "Venue par",
                        profile.get(Dimension.CAME_THROUGH), chosen, categories(CameThrough.values(), CameThrough::label), note),
                byCategory("referringPartner", "Profil : prescripteur", "Prescripteur",
                        profile.get(Dimension.REFERRING_PARTNER), chosen, categories(ReferringPartnerType.values(), ReferringPartnerType::label),
                        "Personnes accueillies sur la période et envoyées par un prescripteur."));
    }

    private Table survival(ReportPeriod period, List<Territory> chosen) {
        Counts followUps = queries.followUps(period);
        List<Column> columns = List.of(new Column("recorded", "Suivis renseignés"),
                new Column("running", "Activités en cours"), new Column("survivalRate", "Taux de pérennité (%)"));
        List<Row> rows = new ArrayList<>();
        for (int months : List.of(6, 12, 36)) {
            long recorded = sum(chosen, t -> followUps.get(t.getCode(), Integer.toString(months)));
            long running = sum(chosen, t -> followUps.get(t.getCode(), "RUNNING_" + months));
            Map<String, Number> values = new LinkedHashMap<>();
            values.put("recorded", recorded);
            values.put("running", running);
            values.put("survivalRate", recorded == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(running * 100).divide(BigDecimal.valueOf(recorded), 1, RoundingMode.HALF_UP));
            rows.add(new Row("M" + months, "À " + months + " mois", false, values));
        }
        return new Table("survival", "Pérennité des activités créées", "Suivi post-création", columns, rows,
                "Suivis post-création enregistrés sur la période.");
    }

    private Table journeyLength(ReportPeriod period, List<Territory> chosen) {
        Counts lengths = queries.journeyLengths(period);
        List<Column> columns = List.of(new Column("closedJourneys", "Parcours clôturés"),
                new Column("averageDays", "Durée moyenne (jours)"), new Column("averageMonths", "Durée moyenne (mois)"));
        List<Row> rows = new ArrayList<>();
        for (Territory territory : chosen) {
            rows.add(new Row(territory.getCode(), territory.getName(), false,
                    lengthValues(lengths.get(territory.getCode(), "JOURNEYS"), lengths.get(territory.getCode(), "DAYS_JOURNEYS"))));
        }
        rows.add(new Row(ActivityReportQueries.TOTAL, TOTAL_LABEL, true,
                lengthValues(sum(chosen, t -> lengths.get(t.getCode(), "JOURNEYS")),
                        sum(chosen, t -> lengths.get(t.getCode(), "DAYS_JOURNEYS")))));
        return new Table("journeyLength", "Durée moyenne des parcours", "Territoire", columns, rows,
                "Parcours clôturés sur la période après un contrat signé, de l'accueil à la clôture.");
    }

    private static Map<String, Number> lengthValues(long journeys, long days) {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("closedJourneys", journeys);
        BigDecimal average = journeys == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(journeys), 1, RoundingMode.HALF_UP);
        values.put("averageDays", average);
        values.put("averageMonths", average.divide(BigDecimal.valueOf(30.44), 1, RoundingMode.HALF_UP));
        return values;
    }

    /** Rows are territories and the total, columns are categories. */
    private static Table byTerritory(String key, String title, Counts counts, List<Territory> chosen,
            Map<String, String> categories, String note) {
        List<Column> columns = categories.entrySet().stream().map(e -> new Column(e.getKey(), e.getValue())).toList();
        List<Row> rows = new ArrayList<>();
        for (Territory territory : chosen) {
            Map<String, Number> values = new LinkedHashMap<>();
            categories.keySet().forEach(c -> values.put(c, counts.get(territory.getCode(), c)));
            rows.add(new Row(territory.getCode(), territory.getName(), false, values));
        }
        Map<String, Number> total = new LinkedHashMap<>();
        categories.keySet().forEach(c -> total.put(c, sum(chosen, t -> counts.get(t.getCode(), c))));
        rows.add(new Row(ActivityReportQueries.TOTAL, TOTAL_LABEL, true, total));
        return new Table(key, title, "Territoire", columns, rows, note);
    }

    /** Rows are categories and the total, columns are territories and the total. */
    private static Table byCategory(String key, String title, String rowHeader, Counts counts, List<Territory> chosen,
            Map<String, String> categories, String note) {
        List<Column> columns = new ArrayList<>();
        chosen.forEach(t -> columns.add(new Column(t.getCode(), t.getName())));
        columns.add(new Column(ActivityReportQueries.TOTAL, TOTAL_LABEL));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> category : categories.entrySet()) {
            Map<String, Number> values = new LinkedHashMap<>();
            chosen.forEach(t -> values.put(t.getCode(), counts.get(t.getCode(), category.getKey())));
            values.put(ActivityReportQueries.TOTAL, sum(chosen, t -> counts.get(t.getCode(), category.getKey())));
            rows.add(new Row(category.getKey(), category.getValue(), false, values));
        }
        Map<String, Number> total = new LinkedHashMap<>();
        long all = 0;
        for (Territory territory : chosen) {
            long n = categories.keySet().stream().mapToLong(c -> counts.get(territory.getCode(), c)).sum();
            total.put(territory.getCode(), n);
            all += n;
        }
        total.put(ActivityReportQueries.TOTAL, all);
        rows.add(new Row(ActivityReportQueries.TOTAL, TOTAL_LABEL, true, total));
        return new Table(key, title, rowHeader, columns, rows, note);
    }

    /** An enum's constants as the report's categories, in declaration order, named by their capitalised label. */
    private static <E extends Enum<E>> Map<String, String> categories(E[] constants, Function<E, String> label) {
        Map<String, String> categories = new LinkedHashMap<>();
        for (E constant : constants) {
            categories.put(constant.name(), ReportFormat.capitalised(label.apply(constant)));
        }
        return categories;
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static long sum(List<Territory> chosen, ToLongFunction<Territory> value) {
        return chosen.stream().mapToLong(value).sum();
    }
}
