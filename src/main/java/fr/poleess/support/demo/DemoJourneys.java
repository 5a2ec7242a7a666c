package fr.poleess.support.demo;

import static fr.poleess.support.journey.JourneyProcess.Variables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.PathDecisions;
import fr.poleess.support.journey.JourneyProcess.ReceptionDecisions;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.MobilityConstraint;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.ReferringPartnerType;
import fr.poleess.support.journey.Situation;

/**
 * Seeds demo journeys once, when the database has none. Every step goes through the process and the
 * same validation as a real advisor's; names are fictional.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "support.demo.enabled", havingValue = "true")
class DemoJourneys implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJourneys.class);
    static final String BEAUNE_ADVISOR = "conseiller.beaune";
    static final String CHATILLON_ADVISOR = "conseiller.chatillon";

    private final JourneyOpening opening;
    private final Journeys journeys;
    private final TaskService taskService;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoJourneys(JourneyOpening opening, Journeys journeys, TaskService taskService, TransactionTemplate transactions,
            Clock clock) {
        this.opening = opening;
        this.journeys = journeys;
        this.taskService = taskService;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (journeys.count() > 0) {
            return;
        }
        transactions.executeWithoutResult(status -> seed());
        LOG.info("Demo journeys seeded: {}", journeys.count());
    }

    private void seed() {
        // Beaune: one waiting for reception, one at agreement, one on its individual path, one closed.
        open("Inès", "Garnier", "ines.garnier@example.org", "06 11 22 33 44", "Meursault", "21190", Gender.FEMALE, 1991,
                Situation.JOB_SEEKER, List.of(MobilityConstraint.NO_CAR), CameThrough.REFERRING_PARTNER,
                ReferringPartnerType.FRANCE_TRAVAIL, "France Travail Beaune");
        Journey nolay = open("Bruno", "Lefèvre", null, "03 80 21 00 01", "Nolay", "21340", Gender.MALE, 1978,
                Situation.RSA, List.of(MobilityConstraint.PUBLIC_TRANSPORT_ONLY), CameThrough.REFERRING_PARTNER,
                ReferringPartnerType.SOCIAL_SERVICES, "Centre social de Nolay");
        receive(nolay, BEAUNE_ADVISOR, "Reprise d'une épicerie de village avec dépôt de pain.", "TRADE");
        Journey seurre = open("Chloé", "Perrin", "chloe.perrin@example.org", "06 22 33 44 55", "Seurre", "21250",
                Gender.FEMALE, 1996, Situation.EMPLOYED, List.of(), CameThrough.INFORMATION_SESSION, null, null);
        receive(seurre, BEAUNE_ADVISOR, "Atelier de couture et retouches, vente en ligne.", "CRAFTS");
        prepareAndSign(seurre, 12);
        appointment(seurre, "PHONE", PathDecisions.CONTINUE);
        appointment(seurre, "OUTREACH_DESK", PathDecisions.CONTINUE);
        Journey beaune = open("Karim", "Benali", "karim.benali@example.org", "07 12 34 56 78", "Beaune", "21200",
                Gender.MALE, 1985, Situation.JOB_SEEKER, List.of(), CameThrough.WORD_OF_MOUTH, null, null);
        receive(beaune, BEAUNE_ADVISOR, "Entreprise de réparation de vélos itinérante.", "SERVICES");
        prepareAndSign(beaune, 6);
        appointment(beaune, "ON_SITE", PathDecisions.CLOSE);
        finalReview(beaune);

        // Châtillonnais: one waiting for reception, one on its path, one redirected at reception.
        open("Lucie", "Marchand", null, "06 33 44 55 66", "Châtillon-sur-Seine", "21400", Gender.FEMALE, 1969,
                Situation.RSA, List.of(MobilityConstraint.NO_LICENCE, MobilityConstraint.PUBLIC_TRANSPORT_ONLY),
                CameThrough.REFERRING_PARTNER, ReferringPartnerType.MAISON_DE_L_EMPLOI, "Maison de l'Emploi du Châtillonnais");
        Journey laignes = open("Théo", "Roussel", "theo.roussel@example.org", "06 44 55 66 77", "Laignes", "21330",
                Gender.MALE, 2001, Situation.STUDENT, List.of(MobilityConstraint.NO_CAR), CameThrough.MEDIA, null, null);
        receive(laignes, CHATILLON_ADVISOR, "Maraîchage biologique en circuit court.", "AGRICULTURE");
        prepareAndSign(laignes, 18);
        appointment(laignes, "HOME_VISIT", PathDecisions.CONTINUE);
        Journey montbard = open("Sabine", "Colin", "sabine.colin@example.org", null, "Montbard", "21500", Gender.FEMALE,
                1975, Situation.EMPLOYED, List.of(), CameThrough.WORD_OF_MOUTH, null, null);
        Map<String, Object> redirect = receptionValues("Projet de franchise de restauration rapide.", "TRADE");
        redirect.put(ReceptionForm.DECISION, ReceptionDecisions.REDIRECTED);
        redirect.put(ReceptionForm.REDIRECTED_TO, "CCI Côte-d'Or — pôle création");
        complete(montbard, CHATILLON_ADVISOR, redirect);

        // Head office: a person from a commune of the Dijon arrondissement.
        open("Paul", "Renaud", "paul.renaud@example.org", null, "Longecourt-en-Plaine", "21110", Gender.MALE, 1988,
                Situation.OTHER, List.of(), CameThrough.OTHER, null, null);
    }

    private Journey open(String firstName, String lastName, String email, String phone, String commune,
            String postalCode, Gender gender, int birthYear, Situation situation, List<MobilityConstraint> mobility,
            CameThrough cameThrough, ReferringPartnerType partnerType, String partnerName) {
        return opening.open(NewParticipant.builder()
                .firstName(firstName).lastName(lastName).email(email).phone(phone)
                .postalCode(postalCode).commune(commune).birthYear(birthYear).gender(gender).situation(situation)
                .mobilityConstraints(mobility).cameThrough(cameThrough)
                .referringPartnerType(partnerType).referringPartnerName(partnerName)
                .informationSessionDate(cameThrough == CameThrough.INFORMATION_SESSION ? today().minusDays(7) : null)
                .consentGiven(true).build());
    }

    private void receive(Journey journey, String advisor, String project, String sector) {
        Map<String, Object> values = receptionValues(project, sector);
        values.put(ReceptionForm.DECISION, ReceptionDecisions.AGREEMENT);
        complete(journey, advisor, values);
    }

    private Map<String, Object> receptionValues(String project, String sector) {
        Map<String, Object> values = new HashMap<>();
        values.put(ReceptionForm.DATE, today().toString());
        values.put(ReceptionForm.MODE, "ON_SITE");
        values.put(ReceptionForm.PROJECT_SUMMARY, project);
        values.put(ReceptionForm.PROJECT_SECTOR, sector);
        values.put(ReceptionForm.NEEDS, "Étude de marché, prévisionnel financier, choix du statut.");
        return values;
    }

    private void prepareAndSign(Journey journey, int months) {
        String advisor = journeys.require(journey.getId()).getReferentAdvisor();
        complete(journey, advisor, Map.of(AgreementPreparationForm.START_DATE, today().toString(),
                AgreementPreparationForm.DURATION_MONTHS, months,
                AgreementPreparationForm.OBJECTIVES, "Valider le projet, construire le prévisionnel, trouver le financement.",
                AgreementPreparationForm.PLANNED_ACTIVITIES, List.of("THEMATIC_WORKSHOPS", "BREAKFAST"),
                AgreementPreparationForm.PLANNED_WORKSHOPS, "Étude de marché ; statuts juridiques ; prévisionnel"));
        complete(journey, advisor, Map.of(AgreementSignatureForm.SIGNED_ON, today().toString(),
                AgreementSignatureForm.CONFIRMED, true));
    }

    private void appointment(Journey journey, String mode, String decision) {
        String advisor = journeys.require(journey.getId()).getReferentAdvisor();
        Map<String, Object> values = new HashMap<>();
        values.put(AppointmentForm.DATE, today().toString());
        values.put(AppointmentForm.TIME, "10:00");
        values.put(AppointmentForm.DURATION_MINUTES, 60);
        values.put(AppointmentForm.MODE, mode);
        values.put(AppointmentForm.STEPS_DONE, "Rencontre de deux fournisseurs, premiers chiffres.");
        values.put(AppointmentForm.NEXT_STEPS, "Finaliser le prévisionnel sur trois ans.");
        values.put(AppointmentForm.DECISION, decision);
        complete(journey, advisor, values);
    }

    private void finalReview(Journey journey) {
        String advisor = journeys.require(journey.getId()).getReferentAdvisor();
        complete(journey, advisor, Map.of(FinalReviewForm.OUTCOME, "ACTIVITY_CREATED",
                FinalReviewForm.OUTCOME_DATE, today().toString(),
                FinalReviewForm.PATH_SUMMARY, "Projet mûri en six mois, financement obtenu par un prêt d'honneur.",
                FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE",
                FinalReviewForm.ACTIVITY_CREATED_ON, today().toString(),
                FinalReviewForm.JOBS_CREATED, 1));
    }

    private void complete(Journey journey, String advisor, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(journey.getReference()).singleResult();
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), advisor);
        }
        Map<String, Object> variables = new HashMap<>(values);
        taskService.complete(task.getId(), variables);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
