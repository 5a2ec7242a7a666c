package fr.poleess.support.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static fr.poleess.support.referral.ReferralRecommendations.*;

/**
 * Each rule of {@code processes/referral-recommendations.dmn} on its own (the other inputs left empty,
 * so that no other rule fires), then combined cases and the no-match case, on the standalone DMN engine.
 */
class ReferralRecommendationsDecisionTest {

    private static final String RESOURCE = "processes/referral-recommendations.dmn";

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = resource()) {
            decision = dmnEngine.parseDecision(DECISION_KEY, in);
        }
    }

    @Test
    void craftsGoToTheChamberOfTrades() {
        assertKinds(inputs("CRAFTS", null, null, null, null), "CMA");
    }

    @Test
    void tradeGoesToTheChamberOfCommerce() {
        assertKinds(inputs("TRADE", null, null, null, null), "CCI");
    }

    @Test
    void farmingGoesToTheChamberOfAgriculture() {
        assertKinds(inputs("AGRICULTURE", null, null, null, null), "CHAMBER_OF_AGRICULTURE");
    }

    @Test
    void liberalProfessionGoesToUrssaf() {
        assertKinds(inputs("LIBERAL_PROFESSION", null, null, null, null), "URSSAF");
    }

    @Test
    void socialEconomyGoesToThePays() {
        assertKinds(inputs("SOCIAL_ECONOMY", null, null, null, null), "PAYS_DEVELOPMENT");
    }

    @Test
    void smallFinancingNeedGoesToHonourLoanOnly() {
        assertKinds(inputs(null, null, "SMALL", null, null), "HONOUR_LOAN");
    }

    @Test
    void largeFinancingNeedWithBankAccessGoesToHonourLoanAndBank() {
        assertKinds(inputs(null, null, "LARGE", "YES", null), "HONOUR_LOAN", "BANK");
    }

    @Test
    void largeFinancingNeedWithBankAccessNotYetKnownStillGoesToTheBank() {
        assertKinds(inputs(null, null, "LARGE", null, null), "HONOUR_LOAN", "BANK");
    }

    @Test
    void financingNeedWithoutBankAccessGoesToMicroCreditNotTheBank() {
        assertKinds(inputs(null, null, "LARGE", "DIFFICULT", null), "HONOUR_LOAN", "MICRO_CREDIT");
        assertKinds(inputs(null, null, "SMALL", "DIFFICULT", null), "HONOUR_LOAN", "MICRO_CREDIT");
    }

    @Test
    void noFinancingNeedMeansNoFinancer() {
        assertKinds(inputs(null, null, "NONE", "DIFFICULT", null));
    }

    @Test
    void jobSeekerGoesToTheEmploymentService() {
        assertKinds(inputs(null, null, null, null, "JOB_SEEKER"), "EMPLOYMENT_SERVICE");
    }

    @Test
    void rsaGoesToSocialServices() {
        assertKinds(inputs(null, null, null, null, "RSA"), "SOCIAL_SERVICES");
    }

    @Test
    void microEnterpriseGoesToUrssaf() {
        assertKinds(inputs(null, "MICRO_ENTREPRISE", null, null, null), "URSSAF");
    }

    @Test
    void limitedCompanyGoesToAnAccountant() {
        assertKinds(inputs(null, "SARL", null, null, null), "ACCOUNTANT");
        assertKinds(inputs(null, "EURL", null, null, null), "ACCOUNTANT");
    }

    @Test
    void sharesCompanyGoesToAnAccountantAndALawyer() {
        assertKinds(inputs(null, "SAS", null, null, null), "ACCOUNTANT", "LAWYER");
    }

    @Test
    void cooperativeGoesToALawyer() {
        assertKinds(inputs(null, "SCOP", null, null, null), "LAWYER");
    }

    @Test
    void rulesAddUpInTableOrder() {
        assertKinds(inputs("CRAFTS", "MICRO_ENTREPRISE", "SMALL", "DIFFICULT", "JOB_SEEKER"),
                "CMA", "HONOUR_LOAN", "MICRO_CREDIT", "EMPLOYMENT_SERVICE", "URSSAF");
    }

    @Test
    void noRuleMatchesAnEmployedServicesProjectWithoutNeeds() {
        assertKinds(inputs("SERVICES", "EI", "NONE", "YES", "EMPLOYED"));
        assertKinds(inputs(null, null, null, null, null));
    }

    @Test
    void everyReasonIsFrenchTextAndEveryKindExists() {
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision,
                inputs("CRAFTS", "SAS", "LARGE", "YES", "RSA"));
        assertThat(result).isNotEmpty().allSatisfy(r -> {
            assertThat(fr.poleess.support.partner.PartnerKind.valueOf(r.getEntry(OUTPUT_KIND))).isNotNull();
            assertThat((String) r.getEntry(OUTPUT_REASON)).isNotBlank();
        });
    }

    @Test
    void collectHitPolicyDescribedRulesAndHistoryTimeToLive() throws IOException {
        try (InputStream in = resource()) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            Decision modelDecision = model.getModelElementById(DECISION_KEY);
            assertThat(modelDecision.getName()).isEqualTo("Partenaires à rencontrer");
            assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
            DecisionTable table = (DecisionTable) modelDecision.getExpression();
            assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
            assertThat(table.getRules()).hasSize(13).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull());
        }
    }

    private static VariableMap inputs(String sector, String legalForm, String financing, String bank, String situation) {
        return Variables.createVariables().putValue(INPUT_SECTOR, sector).putValue(INPUT_LEGAL_FORM, legalForm)
                .putValue(INPUT_FINANCING_NEED, financing).putValue(INPUT_BANK_ACCESS, bank)
                .putValue(INPUT_SITUATION, situation);
    }

    private static void assertKinds(Map<String, Object> inputs, String... kinds) {
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, Variables.fromMap(inputs));
        List<String> found = result.stream().map(r -> (String) r.getEntry(OUTPUT_KIND)).distinct().toList();
        assertThat(found).as("kinds for %s", inputs).containsExactlyInAnyOrder(kinds);
    }

    private static InputStream resource() {
        InputStream in = ReferralRecommendationsDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(in).as(RESOURCE + " on the test classpath").isNotNull();
        return in;
    }
}
