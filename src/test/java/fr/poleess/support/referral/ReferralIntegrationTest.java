package fr.poleess.support.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.SmtpTestServer;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;
import fr.poleess.support.referral.ReferralProcess.Answers;
import fr.poleess.support.referral.ReferralProcess.Elements;
import fr.poleess.support.referral.ReferralProcess.FollowUpForm;

/**
 * Referrals and feedback to the referrer end to end, on PostgreSQL, over HTTP as advisors and managers
 * work, with a real SMTP server (GreenMail): the partner directory API, recommendations pre-selected on
 * the appointment form, e-mails to partner, participant and referrer with consent respected, the
 * follow-up and the chase fired by job execution, territories kept apart, closure cancelling referrals.
 * Every test creates its own partners and journeys and asserts on them only.
 */
class ReferralIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final String CHATILLON = "conseiller.chatillon";
    static final String MANAGER = "responsable";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    /** The test JVM's SMTP server, emptied before each test. */
    GreenMail smtp;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Outbox outbox;
    @Autowired
    Journeys journeys;
    @Autowired
    Referrals referrals;

    final String today = LocalDate.now(PARIS).toString();
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    JourneyApi api;

    @BeforeEach
    void client() throws Exception {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
        smtp = SmtpTestServer.running();
        smtp.purgeEmailFromAllMailboxes();
    }

    // ------------------------------------------------------------------------------------ directory

    @Test
    void managersMaintainTheDirectoryAdvisorsOnlyReadItAndBadInputIsExplainedInFrench() {
        Map<String, Object> body = partner("Annuaire " + suffix, "PROFESSIONAL_RESOURCE", "BANK", List.of("BEA"), "a@b.example");
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).postForEntity("/api/partners", body, String.class)
                .getStatusCode().value()).as("an advisor writing").isEqualTo(403);

        Map<String, Object> bad = partner(" ", "PROFESSIONAL_RESOURCE", null, List.of("XYZ"), "pas-une-adresse");
        bad.put("contactPhone", "12");
        ResponseEntity<String> refused = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .postForEntity("/api/partners", bad, String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("Saisie").contains("\"field\":\"name\"").contains("est obligatoire")
                .contains("\"field\":\"kind\"").contains("le territoire « XYZ » n'existe pas")
                .contains("n'est pas une adresse électronique valide")
                .contains("n'est pas un numéro de téléphone français valide");

        Long id = createPartner(body);
        assertThat(rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).postForEntity("/api/partners", body, String.class)
                .getBody()).as("same name twice").contains("un partenaire porte déjà ce nom");
        List<Map<String, Object>> listed = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .exchange("/api/partners?territory=BEA&kind=BANK", HttpMethod.GET, null, LIST).getBody();
        assertThat(listed).anySatisfy(p -> assertThat(p.get("id")).isEqualTo(id.intValue()));

        body.put("territories", List.of("BEA", "CHA"));
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange("/api/partners/" + id, HttpMethod.PUT,
                new HttpEntity<>(body), String.class).getStatusCode().value()).isEqualTo(403);
        var updated = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).exchange("/api/partners/" + id, HttpMethod.PUT,
                new HttpEntity<>(body), MAP);
        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(updated.getBody().get("territories")).hasToString("[BEA, CHA]");
        assertThat(rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).exchange("/api/partners/" + id, HttpMethod.DELETE,
                null, String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).getForEntity("/api/partners/" + id, Map.class)
                .getBody().get("active")).isEqualTo(false);
        assertThat(rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).getForEntity("/api/partners/999999", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    // ------------------------------------------------------------------------------------ referrals

    @Test
    void aReferralGoesToPartnerAndParticipantIsFollowedUpAndTheReferrerHearsAtEachMilestone() throws Exception {
        Long referrer = createPartner(partner("Prescripteur " + suffix, "REFERRING_PARTNER", "EMPLOYMENT_SERVICE",
                List.of("BEA"), "prescripteur." + suffix + "@example.org"));
        Long cma = createPartner(partner("Chambre des métiers " + suffix, "PROFESSIONAL_RESOURCE", "CMA",
                List.of("BEA", "CHA"), "cma." + suffix + "@example.org"));
        Long loan = createPartner(partner("Prêt d'honneur " + suffix, "PROFESSIONAL_RESOURCE", "HONOUR_LOAN",
                List.of("BEA"), "pret." + suffix + "@example.org"));

        String reference = open("Meursault", referrer, true, "elodie." + suffix + "@example.org");
        api.receive(BEAUNE, reference, today, "CRAFTS");
        assertThat(deliverAll(reference, MessageKind.REFERRER_FEEDBACK)).hasSize(1);
        MimeMessage received = onlyMailTo("prescripteur." + suffix + "@example.org");
        assertThat(received.getSubject()).isEqualTo("Personne orientée vers nous (" + reference + ") : accueil réalisé");
        String receivedText = received.getContent().toString();
        assertThat(receivedText).contains("Élodie " + lastName().substring(0, 1) + ".").contains(reference)
                .doesNotContain(lastName()).doesNotContain("06 12 34 56 78").doesNotContain("JOB_SEEKER");
        api.signAgreement(BEAUNE, reference, today);
        deliverAll(reference, MessageKind.REFERRER_FEEDBACK);
        assertThat(mailsTo("prescripteur." + suffix + "@example.org")).hasSize(2).last()
                .satisfies(m -> assertThat(m.getSubject()).endsWith("contrat d'accompagnement signé"))
                // The same French date as the agreement's PDF: « 1er décembre 2026 », not « 1 décembre 2026 ».
                .satisfies(m -> assertThat(m.getContent().toString())
                        .contains("signé le " + fr.poleess.support.shared.FrenchFormat.date(LocalDate.parse(today))));

        // The appointment form offers the partners serving Beaune, the chamber of trades recommended for crafts.
        Task appointment = journeyTask(reference);
        Map<String, Object> offered = taskService.getVariables(appointment.getId());
        assertThat(offered.get(JourneyProcess.Variables.REFERRAL_PARTNER_OPTIONS).toString())
                .contains("★ Chambre des métiers " + suffix).contains("\"value\":\"" + cma + "\"")
                .contains("Prêt d'honneur " + suffix);
        // Recommended, not ticked: only an explicit choice refers the participant to anyone.
        assertThat(offered.get(AppointmentForm.PARTNERS).toString()).isEqualTo("[]");

        api.complete(BEAUNE, reference, appointmentForm("CONTINUE", List.of(cma.toString(), loan.toString()),
                List.of(cma.toString()), Map.of(AppointmentForm.FINANCING_NEED, "SMALL")));

        List<Referral> decided = referrals.findByJourneyIdOrderById(journeyId(reference));
        assertThat(decided).extracting(Referral::getPartnerId).containsExactly(cma, loan);
        assertThat(decided).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(ReferralStatus.PROPOSED));
        assertThat(decided.get(0).isRecommended()).isTrue();
        assertThat(decided.get(0).isContactShared()).isTrue();
        assertThat(decided.get(1).isContactShared()).isFalse();
        decided.forEach(r -> managementService.executeJob(job(r, Elements.SEND_REFERRAL).getId()));
        assertThat(referrals.findByJourneyIdOrderById(journeyId(reference)))
                .allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(ReferralStatus.SENT));
        deliverAll(reference, MessageKind.REFERRAL_INTRODUCTION);
        deliverAll(reference, MessageKind.REFERRAL_TO_PARTICIPANT);

        String introduction = onlyMailTo("cma." + suffix + "@example.org").getContent().toString();
        assertThat(introduction).contains("Élodie " + lastName()).contains("06 12 34 56 78")
                .contains("elodie." + suffix + "@example.org").contains("Meursault").contains(reference)
                .doesNotContain("1990").doesNotContain("demandeu").doesNotContain("Boulangerie");
        assertThat(mailsTo("pret." + suffix + "@example.org")).as("no consent, nothing to that partner").isEmpty();
        List<MimeMessage> toParticipant = mailsTo("elodie." + suffix + "@example.org");
        assertThat(toParticipant).hasSize(2);
        assertThat(toParticipant.get(0).getSubject()).isEqualTo("Votre rendez-vous avec Chambre des métiers " + suffix);
        assertThat(toParticipant.get(0).getContent().toString()).contains("1 rue de l'Essai, 21200 Beaune")
                .contains("Le mardi matin").contains("Pièce d'identité").contains("Nous leur avons transmis vos coordonnées");
        assertThat(toParticipant.get(1).getContent().toString()).contains("c'est à vous de les contacter");

        // 15 days later: the referent's follow-up; the meeting with the chamber took place.
        Referral toCma = decided.get(0);
        managementService.executeJob(job(toCma, Elements.FOLLOW_UP_DUE).getId());
        Task followUp = referralTask(toCma);
        assertThat(followUp.getName()).isEqualTo("Suivi de la mise en lien");
        assertThat(followUp.getAssignee()).isEqualTo(BEAUNE);
        ResponseEntity<String> missingDate = api.submit(BEAUNE, followUp.getId(), Map.of(FollowUpForm.ANSWER, Answers.HELD));
        assertThat(missingDate.getStatusCode().is4xxClientError()).isTrue();
        assertThat(missingDate.getBody()).contains("Date du rendez-vous avec le partenaire")
                .contains("est obligatoire quand le rendez-vous a eu lieu");
        assertThat(api.submit(BEAUNE, followUp.getId(), Map.of(FollowUpForm.ANSWER, Answers.HELD,
                FollowUpForm.MEETING_DATE, today, FollowUpForm.OUTCOME, "Immatriculation lancée, stage prévu."))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(referrals.require(toCma.getId()).getStatus()).isEqualTo(ReferralStatus.MEETING_HELD);

        // Nothing known about the honour loan: one chase of the participant, then it closes by itself.
        Referral toLoan = decided.get(1);
        managementService.executeJob(job(toLoan, Elements.FOLLOW_UP_DUE).getId());
        api.submit(BEAUNE, referralTask(toLoan).getId(), Map.of(FollowUpForm.ANSWER, Answers.UNKNOWN));
        assertThat(deliverAll(reference, MessageKind.REFERRAL_CHASE)).hasSize(1);
        assertThat(mailsTo("elodie." + suffix + "@example.org")).last()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Avez-vous pu rencontrer Prêt d'honneur " + suffix + " ?"));
        Task lastCheck = referralTask(toLoan);
        assertThat(lastCheck.getName()).isEqualTo("Dernier point sur la mise en lien");
        ResponseEntity<String> unknownAgain = api.submit(BEAUNE, lastCheck.getId(), Map.of(FollowUpForm.ANSWER, Answers.UNKNOWN));
        assertThat(unknownAgain.getBody()).contains("le porteur de projet a déjà été relancé");
        managementService.executeJob(job(toLoan, Elements.NO_NEWS).getId());
        Referral closed = referrals.require(toLoan.getId());
        assertThat(closed.getStatus()).isEqualTo(ReferralStatus.NO_FOLLOW_UP);
        assertThat(closed.getChasedOn()).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(toLoan.getProcessInstanceId()).count())
                .isZero();

        // The journey shows every referral and where it stands.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shown = (List<Map<String, Object>>) api.get(BEAUNE, reference).getBody().get("referrals");
        assertThat(shown).extracting(r -> r.get("status")).containsExactly("MEETING_HELD", "NO_FOLLOW_UP");
        assertThat(shown.get(0).get("partnerName")).isEqualTo("Chambre des métiers " + suffix);
        assertThat(shown.get(0).get("recommendationReason").toString()).startsWith("Artisanat");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) api.get(BEAUNE, reference).getBody().get("timeline");
        assertThat(timeline).anySatisfy(e -> assertThat(e.get("label")).isEqualTo(
                "Mise en lien rendez-vous tenu : Chambre des métiers " + suffix));

        // The referrer's journeys, and where each stands: managers and Beaune see it, Châtillon does not.
        String referred = "/api/partners/" + referrer + "/referred";
        assertThat(rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).exchange(referred, HttpMethod.GET, null, LIST)
                .getBody()).singleElement().satisfies(j -> {
                    assertThat(j.get("reference")).isEqualTo(reference);
                    assertThat(j.get("status")).isEqualTo("IN_PROGRESS");
                    assertThat(j.get("participant")).isEqualTo("Élodie " + lastName().substring(0, 1) + ".");
                    assertThat(j.get("agreementSignedOn")).isEqualTo(today);
                });
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(referred, HttpMethod.GET, null, LIST)
                .getBody()).hasSize(1);
        assertThat(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD).exchange(referred, HttpMethod.GET, null, LIST)
                .getBody()).isEmpty();
    }

    @Test
    void withoutConsentTheReferrerHearsNothingAndThePartnerGetsNoPersonalData() throws Exception {
        Long referrer = createPartner(partner("Prescripteur muet " + suffix, "REFERRING_PARTNER", "SOCIAL_SERVICES",
                List.of("BEA"), "muet." + suffix + "@example.org"));
        Long cma = createPartner(partner("Métiers discrets " + suffix, "PROFESSIONAL_RESOURCE", "CMA", List.of("BEA"),
                "discret." + suffix + "@example.org"));
        String reference = open("Meursault", referrer, false, "sans.accord." + suffix + "@example.org");
        assertThat(journeys.findByReference(reference).orElseThrow().getParticipant().getReferringPartnerId())
                .isEqualTo(referrer);
        api.walkToAppointments(BEAUNE, reference, today);

        Long bank = createPartner(partner("Banque discrète " + suffix, "PROFESSIONAL_RESOURCE", "BANK", List.of("BEA"),
                "banque.discrete." + suffix + "@example.org"));
        // Through the engine's plain complete (variables written to the execution), as other clients do:
        // the advisor's choice, not the recommendation (the chamber of trades, for crafts), is what counts.
        Task appointment = journeyTask(reference);
        taskService.claim(appointment.getId(), BEAUNE);
        taskService.complete(appointment.getId(), appointmentForm("CONTINUE", List.of(bank.toString()), List.of(), Map.of()));
        List<Referral> decided = referrals.findByJourneyIdOrderById(journeyId(reference));
        assertThat(decided).extracting(Referral::getPartnerId).containsExactly(bank);
        Referral referral = decided.get(0);
        assertThat(referral.isRecommended()).isFalse();
        managementService.executeJob(job(referral, Elements.SEND_REFERRAL).getId());
        deliverAll(reference, null);

        assertThat(outboxOf(reference)).extracting(OutboxMessage::getKind)
                .containsExactly(MessageKind.REFERRAL_TO_PARTICIPANT);
        assertThat(mailsTo("muet." + suffix + "@example.org")).isEmpty();
        assertThat(mailsTo("discret." + suffix + "@example.org")).isEmpty();
        assertThat(mailsTo("banque.discrete." + suffix + "@example.org")).isEmpty();
        assertThat(mailsTo("sans.accord." + suffix + "@example.org")).hasSize(1);
    }

    @Test
    void anAppointmentCompletedOverRestWithoutChoosingPartnersRefersNobody() throws Exception {
        createPartner(partner("Métiers muets " + suffix, "PROFESSIONAL_RESOURCE", "CMA", List.of("BEA"),
                "muets." + suffix + "@example.org"));
        String reference = open("Meursault", null, false, "sans.choix." + suffix + "@example.org");
        api.walkToAppointments(BEAUNE, reference, today);
        Task appointment = journeyTask(reference);
        assertThat(taskService.getVariable(appointment.getId(), JourneyProcess.Variables.REFERRAL_PARTNER_OPTIONS).toString())
                .as("the chamber of trades is recommended for crafts").contains("★ Métiers muets " + suffix);

        // The form submitted over /engine-rest without the checklist at all.
        Map<String, Object> withoutChoice = appointmentForm("CONTINUE", List.of(), List.of(), Map.of());
        withoutChoice.remove(AppointmentForm.PARTNERS);
        withoutChoice.remove(AppointmentForm.CONTACT_SHARED);
        api.complete(BEAUNE, reference, withoutChoice);

        assertThat(referrals.findByJourneyIdOrderById(journeyId(reference))).isEmpty();
        assertThat(outboxOf(reference)).extracting(OutboxMessage::getKind)
                .doesNotContain(MessageKind.REFERRAL_TO_PARTICIPANT, MessageKind.REFERRAL_INTRODUCTION);
        assertThat(mailsTo("muets." + suffix + "@example.org")).isEmpty();
    }

    @Test
    void theAppointmentFormRefusesPartnersUnknownOrNotServingTheTerritoryAndAnotherTerritoryCannotTouchReferrals() {
        Long chatillonOnly = createPartner(partner("Banque du Châtillonnais " + suffix, "PROFESSIONAL_RESOURCE", "BANK",
                List.of("CHA"), "banque." + suffix + "@example.org"));
        Long cma = createPartner(partner("Métiers " + suffix, "PROFESSIONAL_RESOURCE", "CMA", List.of("BEA"),
                "metiers." + suffix + "@example.org"));
        String reference = open("Meursault", null, false, "territoire." + suffix + "@example.org");
        api.walkToAppointments(BEAUNE, reference, today);
        String taskId = journeyTask(reference).getId();

        ResponseEntity<String> notServing = api.submit(BEAUNE, taskId,
                appointmentForm("CONTINUE", List.of(chatillonOnly.toString()), List.of(), Map.of()));
        assertThat(notServing.getStatusCode().is4xxClientError()).isTrue();
        assertThat(notServing.getBody()).contains("« Banque du Châtillonnais " + suffix
                + " » n'intervient pas sur le territoire de ce parcours");
        ResponseEntity<String> unknown = api.submit(BEAUNE, taskId,
                appointmentForm("CONTINUE", List.of("999999"), List.of(), Map.of()));
        assertThat(unknown.getBody()).contains("le partenaire n° 999999 n'existe pas dans l'annuaire");
        ResponseEntity<String> consentWithoutReferral = api.submit(BEAUNE, taskId,
                appointmentForm("CONTINUE", List.of(), List.of(cma.toString()), Map.of()));
        assertThat(consentWithoutReferral.getBody()).contains("n'est pas coché dans les mises en lien");
        ResponseEntity<String> badFinancing = api.submit(BEAUNE, taskId, appointmentForm("CONTINUE", List.of(), List.of(),
                Map.of(AppointmentForm.FINANCING_NEED, "BEAUCOUP")));
        assertThat(badFinancing.getBody()).contains("Besoin de financement").contains("n'est pas proposée");
        assertThat(referrals.findByJourneyIdOrderById(journeyId(reference))).isEmpty();

        api.complete(BEAUNE, reference, appointmentForm("CONTINUE", List.of(cma.toString()), List.of(), Map.of()));
        Referral referral = referrals.findByJourneyIdOrderById(journeyId(reference)).get(0);
        managementService.executeJob(job(referral, Elements.SEND_REFERRAL).getId());
        managementService.executeJob(job(referral, Elements.FOLLOW_UP_DUE).getId());
        Task followUp = referralTask(referral);

        assertThat(api.get(CHATILLON, reference).getStatusCode().value()).isEqualTo(404);
        assertThat(api.tasks(CHATILLON, reference)).isEmpty();
        ResponseEntity<String> foreign = api.submit(CHATILLON, followUp.getId(),
                Map.of(FollowUpForm.ANSWER, Answers.NOT_HELD));
        assertThat(foreign.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(referrals.require(referral.getId()).getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(api.tasks(BEAUNE, reference)).extracting(t -> t.get("id")).contains(followUp.getId());
    }

    @Test
    void closingTheJourneyCancelsItsOpenReferralsAndTellsTheReferrerTheOutcome() throws Exception {
        Long referrer = createPartner(partner("Pays " + suffix, "REFERRING_PARTNER", "PAYS_DEVELOPMENT", List.of("BEA"),
                "pays." + suffix + "@example.org"));
        Long loan = createPartner(partner("Prêt " + suffix, "PROFESSIONAL_RESOURCE", "HONOUR_LOAN", List.of("BEA"),
                "pret.clos." + suffix + "@example.org"));
        String reference = open("Meursault", referrer, true, null);
        api.receive(BEAUNE, reference, today, "SERVICES");
        api.signAgreement(BEAUNE, reference, today);
        api.complete(BEAUNE, reference, appointmentForm("CLOSE", List.of(loan.toString()), List.of(), Map.of()));
        Referral proposed = referrals.findByJourneyIdOrderById(journeyId(reference)).get(0);
        assertThat(proposed.getStatus()).isEqualTo(ReferralStatus.PROPOSED);

        api.complete(BEAUNE, reference, Map.of(FinalReviewForm.OUTCOME, "SALARIED_JOB", FinalReviewForm.OUTCOME_DATE,
                today, FinalReviewForm.PATH_SUMMARY, "Embauche en CDI dans une entreprise du secteur."));

        Referral cancelled = referrals.require(proposed.getId());
        assertThat(cancelled.getStatus()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(cancelled.getClosedOn()).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(proposed.getProcessInstanceId())
                .count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(proposed.getProcessInstanceId()).count()).isZero();
        deliverAll(reference, MessageKind.REFERRER_FEEDBACK);
        assertThat(mailsTo("pays." + suffix + "@example.org")).hasSize(3).last().satisfies(m -> {
            assertThat(m.getSubject()).endsWith("fin de parcours");
            assertThat(m.getContent().toString()).contains("emploi salarié");
        });
        assertThat(mailsTo("pret.clos." + suffix + "@example.org")).isEmpty();
    }

    @Test
    void theReferringPartnerIsOneOfTheDirectoryChosenByIdOrByItsNameAndTheConsentNeedsIt() {
        Long referrer = createPartner(partner("Mission locale du Beaunois " + suffix, "REFERRING_PARTNER",
                "EMPLOYMENT_SERVICE", List.of("BEA"), "ml." + suffix + "@example.org"));
        Long resource = createPartner(partner("Ressource " + suffix, "PROFESSIONAL_RESOURCE", "BANK", List.of("BEA"),
                "ressource." + suffix + "@example.org"));

        Map<String, Object> notAReferrer = JourneyApi.participant(lastName(), "Meursault");
        notAReferrer.put("referringPartnerId", resource);
        ResponseEntity<String> refused = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .postForEntity("/api/journeys", notAReferrer, String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("\"field\":\"referringPartnerId\"")
                .contains("« Ressource " + suffix + " » n'est pas un prescripteur de l'annuaire");

        Map<String, Object> unknownName = JourneyApi.participant(lastName(), "Meursault");
        unknownName.put("referringPartnerName", "Association inconnue");
        unknownName.put("referrerFeedbackConsent", true);
        ResponseEntity<String> noDirectoryPartner = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .postForEntity("/api/journeys", unknownName, String.class);
        assertThat(noDirectoryPartner.getStatusCode().value()).isEqualTo(400);
        assertThat(noDirectoryPartner.getBody()).contains("accepte que ce prescripteur soit informé")
                .contains("suppose un prescripteur de l'annuaire");

        // As the start form "Nouvel accueil" gives it: the name typed, accents and case aside.
        Map<String, Object> byName = JourneyApi.participant(lastName(), "Meursault");
        byName.put("referringPartnerType", null);
        byName.put("referringPartnerName", "mission LOCALE du beaunois " + suffix);
        byName.put("referrerFeedbackConsent", true);
        ResponseEntity<Map<String, Object>> opened = api.open(BEAUNE, byName);
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        var participant = journeys.findByReference((String) opened.getBody().get("reference")).orElseThrow()
                .getParticipant();
        assertThat(participant.getReferringPartnerId()).isEqualTo(referrer);
        assertThat(participant.getReferringPartnerName()).isEqualTo("Mission locale du Beaunois " + suffix);
        assertThat(participant.isReferrerFeedbackConsent()).isTrue();
    }

    // ------------------------------------------------------------------------------------ helpers

    private String lastName() {
        return "Lien-" + suffix;
    }

    private String open(String commune, Long referrer, boolean consent, String email) {
        Map<String, Object> participant = JourneyApi.participant(lastName(), commune);
        participant.put("email", email);
        participant.remove("referringPartnerType");
        participant.remove("referringPartnerName");
        if (referrer != null) {
            participant.put("referringPartnerId", referrer);
            participant.put("referrerFeedbackConsent", consent);
        } else {
            participant.put("cameThrough", "WORD_OF_MOUTH");
        }
        return api.opened(BEAUNE, participant);
    }

    private Map<String, Object> appointmentForm(String decision, List<String> partners, List<String> contactShared,
            Map<String, Object> more) {
        Map<String, Object> form = new HashMap<>(more);
        form.put(AppointmentForm.DATE, today);
        form.put(AppointmentForm.TIME, "10:00");
        form.put(AppointmentForm.DURATION_MINUTES, 60);
        form.put(AppointmentForm.MODE, "ON_SITE");
        form.put(AppointmentForm.NOTES, "Point sur les partenaires à rencontrer.");
        form.put(AppointmentForm.DECISION, decision);
        form.put(AppointmentForm.PARTNERS, partners);
        form.put(AppointmentForm.CONTACT_SHARED, contactShared);
        return form;
    }

    private Map<String, Object> partner(String name, String type, String kind, List<String> territories, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("kind", kind);
        body.put("territories", territories);
        body.put("contactFunction", "Chargé·e de création d'entreprise");
        body.put("contactEmail", email);
        body.put("contactPhone", "03 80 00 00 00");
        body.put("addressLine", "1 rue de l'Essai");
        body.put("postalCode", "21200");
        body.put("city", "Beaune");
        body.put("officeHours", "Le mardi matin à la permanence de Beaune");
        body.put("whatToBring", "Pièce d'identité et présentation du projet");
        return body;
    }

    private Long createPartner(Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> created = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange("/api/partners", HttpMethod.POST, new HttpEntity<>(body), MAP);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private Long journeyId(String reference) {
        return journeys.findByReference(reference).orElseThrow().getId();
    }

    private Task journeyTask(String reference) {
        return taskService.createTaskQuery().processInstanceId(
                journeys.findByReference(reference).orElseThrow().getProcessInstanceId()).singleResult();
    }

    private Task referralTask(Referral referral) {
        return taskService.createTaskQuery().processInstanceId(referral.getProcessInstanceId()).singleResult();
    }

    private Job job(Referral referral, String activityId) {
        return managementService.createJobQuery().processInstanceId(referral.getProcessInstanceId())
                .activityId(activityId).singleResult();
    }

    private List<OutboxMessage> outboxOf(String reference) {
        return outbox.findByJourneyIdOrderByCreatedAt(journeyId(reference));
    }

    /** Runs the sending job of every pending message of that kind ({@code null}: any) of the journey. */
    private List<OutboxMessage> deliverAll(String reference, MessageKind kind) {
        List<OutboxMessage> delivered = new ArrayList<>();
        for (OutboxMessage message : outboxOf(reference)) {
            if ((kind == null || message.getKind() == kind) && message.getProcessInstanceId() != null) {
                managementService.createJobQuery().processInstanceId(message.getProcessInstanceId()).list()
                        .forEach(job -> managementService.executeJob(job.getId()));
                delivered.add(message);
            }
        }
        return delivered;
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> found = mailsTo(address);
        assertThat(found).as("mails to " + address).hasSize(1);
        return found.get(0);
    }
}
