package fr.poleess.support.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.MobilityConstraint;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerDirectory;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.referral.Referrals;

/**
 * Two demo journeys sent by a referring partner of the directory, with the participant's consent to
 * keep that partner informed, each with referrals decided at an appointment: so that the outbox shows
 * the feedback to the referrer and the referral messages, and the journeys show their referrals.
 * Runs once the application is ready (after the other demo data), only while no journey of the
 * directory's « France Travail Beaune » has that consent yet.
 */
@Component
@ConditionalOnProperty(name = "support.demo.enabled", havingValue = "true")
class DemoReferrals {

    private static final Logger LOG = LoggerFactory.getLogger(DemoReferrals.class);

    private final JourneyOpening opening;
    private final PartnerDirectory directory;
    private final Partners partners;
    private final Referrals referrals;
    private final Journeys journeys;
    private final TaskService taskService;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoReferrals(JourneyOpening opening, PartnerDirectory directory, Partners partners, Referrals referrals,
            Journeys journeys, TaskService taskService, TransactionTemplate transactions, Clock clock) {
        this.journeys = journeys;
        this.opening = opening;
        this.directory = directory;
        this.partners = partners;
        this.referrals = referrals;
        this.taskService = taskService;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        var franceTravail = directory.findReferringPartnerByName("France Travail Beaune");
        if (franceTravail.isEmpty() || journeys.findReferredBy(franceTravail.get().getId(), List.of("BEA", "CHA", "DIJ"))
                .stream().anyMatch(j -> j.getParticipant().isReferrerFeedbackConsent())) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Journey pommard = open("Amandine", "Roy", "amandine.roy@example.org", "06 55 66 77 88", "Pommard", "21630",
                    Gender.FEMALE, 1987, Situation.JOB_SEEKER, "France Travail Beaune");
            onItsPath(pommard, DemoJourneys.BEAUNE_ADVISOR, "Atelier de céramique et vente sur les marchés.", "CRAFTS");
            appointment(pommard, "MICRO_ENTREPRISE", "SMALL", "DIFFICULT",
                    List.of("CMA Côte-d'Or", "Initiative Côte-d'Or", "Adie Bourgogne-Franche-Comté"),
                    List.of("CMA Côte-d'Or", "Adie Bourgogne-Franche-Comté"));
            Journey aignay = open("Mathieu", "Giraud", null, "06 66 77 88 99", "Aignay-le-Duc", "21510", Gender.MALE,
                    1982, Situation.RSA, "Pays Châtillonnais");
            onItsPath(aignay, DemoJourneys.CHATILLON_ADVISOR, "Élevage de volailles et vente à la ferme.", "AGRICULTURE");
            appointment(aignay, null, "LARGE", "YES",
                    List.of("Chambre d'agriculture de la Côte-d'Or — point accueil installation",
                            "Solidarité Département — site de Châtillon-sur-Seine"),
                    List.of("Chambre d'agriculture de la Côte-d'Or — point accueil installation"));
        });
        LOG.info("Demo referrals seeded: {}", referrals.count());
    }

    private Journey open(String firstName, String lastName, String email, String phone, String commune,
            String postalCode, Gender gender, int birthYear, Situation situation, String referrer) {
        Partner partner = directory.findReferringPartnerByName(referrer).orElseThrow();
        return opening.open(NewParticipant.builder()
                .firstName(firstName).lastName(lastName).email(email).phone(phone)
                .postalCode(postalCode).commune(commune).birthYear(birthYear).gender(gender).situation(situation)
                .mobilityConstraints(List.of(MobilityConstraint.NO_CAR)).cameThrough(CameThrough.REFERRING_PARTNER)
                .consentGiven(true).referringPartnerId(partner.getId()).referrerFeedbackConsent(true).build());
    }

    private void onItsPath(Journey journey, String advisor, String project, String sector) {
        complete(journey, advisor, Map.of(ReceptionForm.DATE, today().toString(), ReceptionForm.MODE, "OUTREACH_DESK",
                ReceptionForm.PROJECT_SUMMARY, project, ReceptionForm.PROJECT_SECTOR, sector,
                ReceptionForm.NEEDS, "Prévisionnel, financement, choix du statut.",
                ReceptionForm.DECISION, JourneyProcess.ReceptionDecisions.AGREEMENT));
        complete(journey, advisor, Map.of(AgreementPreparationForm.START_DATE, today().toString(),
                AgreementPreparationForm.DURATION_MONTHS, 12,
                AgreementPreparationForm.OBJECTIVES, "Construire le prévisionnel et réunir le financement."));
        complete(journey, advisor, Map.of(AgreementSignatureForm.SIGNED_ON, today().toString(),
                AgreementSignatureForm.CONFIRMED, true));
    }

    private void appointment(Journey journey, String legalForm, String financing, String bank, List<String> partnerNames,
            List<String> contactSharedNames) {
        Map<String, Object> values = new HashMap<>();
        values.put(AppointmentForm.DATE, today().toString());
        values.put(AppointmentForm.TIME, "14:00");
        values.put(AppointmentForm.DURATION_MINUTES, 60);
        values.put(AppointmentForm.MODE, "OUTREACH_DESK");
        values.put(AppointmentForm.NOTES, "Point sur le financement et les partenaires à rencontrer.");
        values.put(AppointmentForm.DECISION, JourneyProcess.PathDecisions.CONTINUE);
        values.put(AppointmentForm.LEGAL_FORM_CONSIDERED, legalForm);
        values.put(AppointmentForm.FINANCING_NEED, financing);
        values.put(AppointmentForm.BANK_ACCESS, bank);
        values.put(AppointmentForm.PARTNERS, ids(partnerNames));
        values.put(AppointmentForm.CONTACT_SHARED, ids(contactSharedNames));
        complete(journey, journey.getReferentAdvisor(), values);
    }

    private List<String> ids(List<String> names) {
        return names.stream().map(name -> partners.findAllByOrderByName().stream()
                .filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getId().toString()).toList();
    }

    private void complete(Journey journey, String advisor, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(journey.getProcessInstanceId()).singleResult();
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), advisor);
        }
        taskService.complete(task.getId(), values);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
