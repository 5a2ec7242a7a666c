package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The journey's states and the moves between them, without Spring, a database or the engine. */
class JourneyStateTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 9);
    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 23);
    private static final LocalDate CLOSED = LocalDate.of(2026, 12, 18);

    private static Journey opened() {
        return new Journey("BEA-2026-0042", new Participant(), "BEA", OPENED);
    }

    private static Journey signed() {
        Journey journey = opened();
        journey.markReceived(RECEIVED, "conseiller.beaune", true);
        journey.markAgreementSigned(SIGNED);
        return journey;
    }

    @Test
    void aNewJourneyWaitsForItsReception() {
        Journey journey = opened();

        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.RECEPTION);
        assertThat(journey.getReference()).isEqualTo("BEA-2026-0042");
        assertThat(journey.getTerritoryCode()).isEqualTo("BEA");
        assertThat(journey.getOpenedOn()).isEqualTo(OPENED);
        assertThat(journey.getReferentAdvisor()).isNull();
        assertThat(journey.getReceivedOn()).isNull();
        assertThat(journey.getClosedOn()).isNull();
    }

    @Test
    void theProcessInstanceIsAttachedOnce() {
        Journey journey = opened();
        journey.attachProcess("instance-1");

        assertThat(journey.getProcessInstanceId()).isEqualTo("instance-1");
    }

    @Test
    void aReceptionLeadingToAnAgreementMakesItsAdvisorTheReferent() {
        Journey journey = opened();
        journey.markReceived(RECEIVED, "conseiller.beaune", true);

        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.AGREEMENT);
        assertThat(journey.getReceivedOn()).isEqualTo(RECEIVED);
        assertThat(journey.getReferentAdvisor()).isEqualTo("conseiller.beaune");
        assertThat(journey.getClosedOn()).isNull();
    }

    @Test
    void aReceptionRedirectingOrPostponingClosesTheJourneyThatDay() {
        Journey journey = opened();
        journey.markReceived(RECEIVED, "conseiller.beaune", false);

        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.CLOSED);
        assertThat(journey.getClosedOn()).isEqualTo(RECEIVED);
        assertThat(journey.getReferentAdvisor()).isEqualTo("conseiller.beaune");
    }

    @Test
    void theSignatureOpensTheIndividualPath() {
        Journey journey = signed();

        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.IN_PROGRESS);
        assertThat(journey.getAgreementSignedOn()).isEqualTo(SIGNED);
    }

    @Test
    void theFinalReviewClosesAJourneyInProgress() {
        Journey journey = signed();
        journey.close(CLOSED);

        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.CLOSED);
        assertThat(journey.getClosedOn()).isEqualTo(CLOSED);
        assertThat(journey.getAgreementSignedOn()).isEqualTo(SIGNED);
    }

    @Test
    void anAgreementNeverSignedClosesTheJourneyWithoutSignature() {
        Journey journey = opened();
        journey.markReceived(RECEIVED, "conseiller.beaune", true);
        journey.abandonBeforeSignature(CLOSED);

        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.CLOSED);
        assertThat(journey.getClosedOn()).isEqualTo(CLOSED);
        assertThat(journey.getAgreementSignedOn()).isNull();
    }

    @Test
    void aManagerMayHandTheJourneyOverAtAnyStage() {
        Journey journey = signed();
        journey.reassign("conseillere.chatillon");
        assertThat(journey.getReferentAdvisor()).isEqualTo("conseillere.chatillon");

        journey.close(CLOSED);
        journey.reassign("conseiller.beaune");
        assertThat(journey.getReferentAdvisor()).isEqualTo("conseiller.beaune");
        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.CLOSED);
    }

    @Test
    void aJourneyAtReceptionCanNeitherBeSignedNorClosedNorAbandoned() {
        Journey journey = opened();

        assertThatIllegalStateException().isThrownBy(() -> journey.markAgreementSigned(SIGNED))
                .withMessageContaining("BEA-2026-0042").withMessageContaining("RECEPTION");
        assertThatIllegalStateException().isThrownBy(() -> journey.close(CLOSED));
        assertThatIllegalStateException().isThrownBy(() -> journey.abandonBeforeSignature(CLOSED));
        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.RECEPTION);
    }

    @Test
    void aReceptionIsRecordedOnce() {
        Journey journey = opened();
        journey.markReceived(RECEIVED, "conseiller.beaune", true);

        assertThatIllegalStateException().isThrownBy(() -> journey.markReceived(SIGNED, "autre", true));
        assertThat(journey.getReceivedOn()).isEqualTo(RECEIVED);
        assertThat(journey.getReferentAdvisor()).isEqualTo("conseiller.beaune");
    }

    @Test
    void aJourneyAwaitingSignatureCannotBeClosedByAFinalReview() {
        Journey journey = opened();
        journey.markReceived(RECEIVED, "conseiller.beaune", true);

        assertThatIllegalStateException().isThrownBy(() -> journey.close(CLOSED));
        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.AGREEMENT);
    }

    @Test
    void aSignedJourneyIsSignedOnceAndNotAbandonedBeforeSignature() {
        Journey journey = signed();

        assertThatIllegalStateException().isThrownBy(() -> journey.markAgreementSigned(CLOSED));
        assertThatIllegalStateException().isThrownBy(() -> journey.abandonBeforeSignature(CLOSED));
        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.IN_PROGRESS);
        assertThat(journey.getAgreementSignedOn()).isEqualTo(SIGNED);
    }

    @Test
    void aClosedJourneyStaysClosed() {
        Journey closedAtReception = opened();
        closedAtReception.markReceived(RECEIVED, "conseiller.beaune", false);
        Journey closedAfterReview = signed();
        closedAfterReview.close(CLOSED);

        for (Journey journey : new Journey[] { closedAtReception, closedAfterReview }) {
            LocalDate closedOn = journey.getClosedOn();
            assertThatIllegalStateException().isThrownBy(() -> journey.markReceived(CLOSED, "autre", true));
            assertThatIllegalStateException().isThrownBy(() -> journey.markAgreementSigned(CLOSED));
            assertThatIllegalStateException().isThrownBy(() -> journey.close(CLOSED.plusDays(1)));
            assertThatIllegalStateException().isThrownBy(() -> journey.abandonBeforeSignature(CLOSED));
            assertThat(journey.getStatus()).isEqualTo(JourneyStatus.CLOSED);
            assertThat(journey.getClosedOn()).isEqualTo(closedOn);
        }
    }

    @Test
    void theParticipantsAutomaticMessagesArePausedAndResumed() {
        Participant participant = new Participant();
        assertThat(participant.isMessagesPaused()).isFalse();

        participant.pauseMessages(true);
        assertThat(participant.isMessagesPaused()).isTrue();

        participant.pauseMessages(false);
        assertThat(participant.isMessagesPaused()).isFalse();
    }
}
