package fr.poleess.support.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of {@code processes/territory-routing.dmn}, on the standalone DMN engine (no process engine). */
class TerritoryRoutingDecisionTest {

    private static final String RESOURCE = "processes/territory-routing.dmn";

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = resource()) {
            decision = dmnEngine.parseDecision(TerritoryRouting.DECISION_KEY, in);
        }
    }

    @Test
    void beauneArrondissementGoesToBeaune() {
        assertRoute("Beaune", "BEA", "advisors-beaune");
    }

    @Test
    void montbardArrondissementGoesToChatillonnaisOutreachDesk() {
        assertRoute("Montbard", "CHA", "advisors-chatillon");
    }

    @Test
    void dijonArrondissementGoesToHeadOffice() {
        assertRoute("Dijon", "DIJ", "advisors-dijon");
    }

    @Test
    void arrondissementOutsideOurTerritoriesGoesToHeadOffice() {
        assertRoute("Avallon", "DIJ", "advisors-dijon");
    }

    @Test
    void unknownCommuneGoesToHeadOffice() {
        assertRoute(null, "DIJ", "advisors-dijon");
    }

    @Test
    void firstHitPolicyAndHistoryTimeToLive() throws IOException {
        try (InputStream in = resource()) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            Decision modelDecision = model.getModelElementById(TerritoryRouting.DECISION_KEY);
            assertThat(modelDecision.getName()).isEqualTo("Orientation vers un territoire");
            assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
            DecisionTable table = (DecisionTable) modelDecision.getExpression();
            assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
            assertThat(table.getRules()).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull());
        }
    }

    private static void assertRoute(String arrondissement, String territoryCode, String advisorsGroup) {
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision,
                Variables.createVariables().putValue(TerritoryRouting.INPUT_ARRONDISSEMENT, arrondissement));
        assertThat(result).as("FIRST hit policy gives exactly one result").hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry(TerritoryRouting.OUTPUT_TERRITORY, territoryCode)
                .containsEntry(TerritoryRouting.OUTPUT_GROUP, advisorsGroup)
                .hasSize(2);
    }

    private static InputStream resource() {
        InputStream in = TerritoryRoutingDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(in).as(RESOURCE + " on the test classpath").isNotNull();
        return in;
    }
}
