package fr.poleess.support.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import fr.poleess.support.closure.JourneyClosed;
import fr.poleess.support.closure.LegalForm;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyProcess.AppointmentOutcomes;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.Consents;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.territory.Territories;

/**
 * What {@link ReferralManagement} does with the decisions {@link ReferralRules} take, without Spring, the
 * engine or a database: which referrals and processes it starts, which consents it records, when it does
 * nothing, and what a closed journey cancels.
 */
class ReferralManagementTest {

    private static final Long JOURNEY_ID = 7L;
    private static final String REFERENCE = "BEA-2026-0007";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private final Referrals referrals = mock(Referrals.class);
    private final ProjectProfiles profiles = mock(ProjectProfiles.class);
    private final ReferralRecommendations recommendations = mock(ReferralRecommendations.class);
    private final Partners partners = mock(Partners.class);
    private final Journeys journeys = mock(Journeys.class);
    private final Territories territories = mock(Territories.class);
    private final fr.poleess.support.messaging.Messages messages = mock(fr.poleess.support.messaging.Messages.class);
    private final RuntimeService runtimeService = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final InputValidation validation = mock(InputValidation.class);
    private final Consents consents = mock(Consents.class);
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
            ZoneId.of("Europe/Paris"));

    private final ReferralManagement management = new ReferralManagement(referrals, profiles, recommendations,
            partners, journeys, territories, messages, runtimeService, validation, consents, clock);

    private final Partner bank = partner(1L, "Banque du Val", PartnerKind.BANK);
    private final Partner cma = partner(2L, "CMA Côte-d'Or", PartnerKind.CMA);

    @BeforeEach
    void aJourneyInBeaune() {
        Journey journey = mock(Journey.class);
        when(journey.getId()).thenReturn(JOURNEY_ID);
        when(journey.getReference()).thenReturn(REFERENCE);
        when(journey.getTerritoryCode()).thenReturn("BEA");
        when(journey.getReferentAdvisor()).thenReturn("conseiller.referent");
        when(journeys.require(JOURNEY_ID)).thenReturn(journey);
        when(territories.advisorsGroupOf("BEA")).thenReturn("advisors-beaune");
        when(partners.findAllById(any())).thenReturn(List.of(bank, cma));
        when(referrals.save(any())).thenAnswer(call -> call.getArgument(0));
        when(profiles.findById(JOURNEY_ID)).thenReturn(Optional.empty());
        when(recommendations.forJourney(JOURNEY_ID))
                .thenReturn(List.of(new ReferralRecommendations.Recommendation(PartnerKind.BANK, "Ouvrir un compte")));
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getId()).thenReturn("referral-process");
        when(runtimeService.startProcessInstanceByKey(anyString(), anyString(), anyMap())).thenReturn(instance);
    }

    @Test
    void anAppointmentMovedOrCancelledDecidesNothingAndKeepsTheProfile() {
        for (String outcome : List.of(AppointmentOutcomes.MOVED, AppointmentOutcomes.CANCELLED_BY_PARTICIPANT,
                AppointmentOutcomes.CANCELLED_BY_US, AppointmentOutcomes.NOT_HONOURED)) {
            assertThat(management.decideAtAppointment(JOURNEY_ID, outcome, choice(List.of(1L), List.of(1L)), List.of(),
                    "conseiller.beaune")).as(outcome).isEmpty();
        }
        verifyNoInteractions(journeys, profiles, referrals, consents, validation, runtimeService);
    }

    @Test
    void anAppointmentHeldOrWithoutOutcomeDecides() {
        assertThat(management.decideAtAppointment(JOURNEY_ID, AppointmentOutcomes.HELD, choice(List.of(1L), List.of()),
                List.of(), "conseiller.beaune")).hasSize(1);
        assertThat(management.decideAtAppointment(JOURNEY_ID, null, choice(List.of(2L), List.of()), List.of(),
                "conseiller.beaune")).hasSize(1);
    }

    @Test
    void withoutAPartnerOnlyTheProfileIsRecorded() {
        assertThat(management.decide(JOURNEY_ID, choice(List.of(), List.of()), List.of(), "conseiller.beaune")).isEmpty();

        ArgumentCaptor<ProjectProfile> saved = ArgumentCaptor.forClass(ProjectProfile.class);
        verify(profiles).save(saved.capture());
        assertThat(saved.getValue().getLegalFormConsidered()).isEqualTo(LegalForm.MICRO_ENTREPRISE);
        assertThat(saved.getValue().getFinancingNeed()).isEqualTo(FinancingNeed.SMALL);
        assertThat(saved.getValue().getUpdatedBy()).isEqualTo("conseiller.beaune");
        verify(referrals, never()).save(any());
        verifyNoInteractions(consents);
        verify(runtimeService, never()).startProcessInstanceByKey(anyString(), anyString(), anyMap());
    }

    @Test
    void onePersonalReferralAndOneProcessPerPartnerAndTheConsentOnlyForThePartnerItIsGivenFor() {
        List<Referral> created = management.decide(JOURNEY_ID, choice(List.of(1L, 2L), List.of(2L)), List.of(),
                "conseiller.beaune");

        assertThat(created).extracting(Referral::getPartnerId).containsExactly(1L, 2L);
        assertThat(created).extracting(Referral::isContactShared).containsExactly(false, true);
        assertThat(created).extracting(Referral::getProposedOn).containsOnly(TODAY);
        assertThat(created).extracting(Referral::getStatus).containsOnly(ReferralStatus.PROPOSED);
        verify(consents).record(JOURNEY_ID, ConsentPurpose.PARTNER_SHARING, 2L);
        verify(consents, never()).record(JOURNEY_ID, ConsentPurpose.PARTNER_SHARING, 1L);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
        verify(runtimeService, org.mockito.Mockito.times(2)).startProcessInstanceByKey(eq(ReferralProcess.KEY),
                eq(REFERENCE), variables.capture());
        assertThat(variables.getAllValues()).extracting(v -> v.get(ReferralProcess.Variables.PARTNER_NAME))
                .containsExactly("Banque du Val", "CMA Côte-d'Or");
        assertThat(variables.getAllValues()).allSatisfy(v -> {
            assertThat(v).containsEntry(ReferralProcess.Variables.JOURNEY_ID, JOURNEY_ID)
                    .containsEntry(ReferralProcess.Variables.REFERENT_ADVISOR, "conseiller.referent")
                    .containsEntry(ReferralProcess.Variables.ADVISORS_GROUP, "advisors-beaune");
        });
    }

    @Test
    void theRecommendationsReasonGoesWithThePartnerOfThatKind() {
        List<Referral> created = management.decide(JOURNEY_ID, choice(List.of(1L, 2L), List.of()), List.of(),
                "conseiller.beaune");

        assertThat(created).extracting(Referral::getRecommendationReason).containsExactly("Ouvrir un compte", null);
    }

    @Test
    void whatCouldNotBeReadAndWhatTheRulesRefuseAreCheckedTogether() {
        FieldViolation unread = new FieldViolation("legalFormConsidered", "Forme juridique envisagée",
                "la valeur « X » n'est pas proposée");
        DecideReferrals input = choice(List.of(99L), List.of());

        management.decide(JOURNEY_ID, input, List.of(unread), "conseiller.beaune");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FieldViolation>> checked = ArgumentCaptor.forClass(List.class);
        verify(validation).check(eq(input), checked.capture());
        assertThat(checked.getValue()).first().isEqualTo(unread);
        assertThat(checked.getValue()).extracting(FieldViolation::message)
                .contains("le partenaire n° 99 n'existe pas dans l'annuaire");
    }

    @Test
    void aClosedJourneyCancelsItsOpenReferralsAndEndsTheirProcesses() {
        Referral sent = new Referral(JOURNEY_ID, bank, null, false, TODAY.minusDays(20), "conseiller.beaune");
        when(referrals.findByJourneyIdAndStatusIn(JOURNEY_ID, ReferralRules.OPEN)).thenReturn(List.of(sent));

        management.on(new JourneyClosed(JOURNEY_ID, OutcomeKind.TRAINING, null));

        assertThat(sent.getStatus()).isEqualTo(ReferralStatus.CANCELLED);
        verify(runtimeService.createMessageCorrelation(ReferralProcess.MESSAGE_JOURNEY_CLOSED)
                .processInstanceBusinessKey(REFERENCE)).correlateAllWithResult();
    }

    @Test
    void aClosedJourneyWithoutOpenReferralsCorrelatesNothing() {
        when(referrals.findByJourneyIdAndStatusIn(anyLong(), any())).thenReturn(new ArrayList<>());

        management.on(new JourneyClosed(JOURNEY_ID, OutcomeKind.TRAINING, null));

        verifyNoInteractions(runtimeService);
    }

    private static DecideReferrals choice(List<Long> partnerIds, List<Long> contactSharedIds) {
        return new DecideReferrals(LegalForm.MICRO_ENTREPRISE, FinancingNeed.SMALL, null, partnerIds, contactSharedIds);
    }

    private static Partner partner(Long id, String name, PartnerKind kind) {
        Partner partner = mock(Partner.class);
        when(partner.getId()).thenReturn(id);
        when(partner.getName()).thenReturn(name);
        when(partner.getKind()).thenReturn(kind);
        when(partner.getType()).thenReturn(PartnerType.PROFESSIONAL_RESOURCE);
        when(partner.isActive()).thenReturn(true);
        when(partner.serves("BEA")).thenReturn(true);
        return partner;
    }
}
