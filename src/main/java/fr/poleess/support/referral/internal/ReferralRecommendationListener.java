package fr.poleess.support.referral.internal;

import static fr.poleess.support.journey.JourneyProcess.AppointmentForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.referral.ProjectProfile;
import fr.poleess.support.referral.ReferralManagement;
import fr.poleess.support.referral.ReferralManagement.Offer;

/**
 * On creation of « Rendez-vous individuel » ({@code Task_HoldAppointment}): evaluates
 * {@code referral-recommendations.dmn} and offers the professionals serving the journey's territory
 * as the options of the checklist « Mises en lien », the recommended ones first and marked ★ but
 * <em>not</em> ticked: a referral sends the participant's name to an outside organisation, so only an
 * explicit choice may cause it, and a completion that leaves the field out (a REST client, a hidden
 * field) means « none ». The values are local to the task's own execution, not to the task: a form
 * submitted in Tasklist and a plain {@code complete} with variables (which writes to the execution)
 * both replace them, and they end with the task.
 */
@Component(JourneyProcess.Beans.RECOMMEND_REFERRALS)
class ReferralRecommendationListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReferralManagement referrals;

    private final JourneyInstances journeyInstances;

    ReferralRecommendationListener(ReferralManagement referrals, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.referrals = referrals;
    }

    @Override
    public void notify(DelegateTask task) {
        Offer offer = referrals.offer(journeyInstances.journeyId(task));
        var scope = task.getExecution();
        scope.setVariableLocal(JourneyProcess.Variables.REFERRAL_PARTNER_OPTIONS, json(offer.options()));
        scope.setVariableLocal(PARTNERS, json(List.of()));
        scope.setVariableLocal(CONTACT_SHARED, json(List.of()));
        ProjectProfile profile = offer.profile().orElse(null);
        scope.setVariableLocal(LEGAL_FORM_CONSIDERED, profile == null ? null : name(profile.getLegalFormConsidered()));
        scope.setVariableLocal(FINANCING_NEED, profile == null ? null : name(profile.getFinancingNeed()));
        scope.setVariableLocal(BANK_ACCESS, profile == null ? null : name(profile.getBankAccess()));
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
