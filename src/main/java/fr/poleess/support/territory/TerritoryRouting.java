package fr.poleess.support.territory;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Decides which team receives a person, from the commune they live in. The decision itself is the
 * DMN table {@code processes/territory-routing.dmn} (so that a manager can read it and Cockpit shows
 * each evaluation); this class only looks up the commune's arrondissement and asks the table.
 */
@Service
public class TerritoryRouting {

    public static final String DECISION_KEY = "territory-routing";
    public static final String INPUT_ARRONDISSEMENT = "arrondissement";
    public static final String OUTPUT_TERRITORY = "territoryCode";
    public static final String OUTPUT_GROUP = "advisorsGroup";

    private final DecisionService decisionService;
    private final Communes communes;
    private final Territories territories;

    TerritoryRouting(DecisionService decisionService, Communes communes, Territories territories) {
        this.decisionService = decisionService;
        this.communes = communes;
        this.territories = territories;
    }

    /**
     * Routes a commune typed by a person; an unknown commune goes to the head office team.
     *
     * @param communeName as typed, accents and case do not matter; may be {@literal null}
     * @param postalCode used only to choose between communes of the same name; may be {@literal null}
     */
    public Route route(String communeName, String postalCode) {
        Optional<Commune> commune = communes.findByName(communeName, postalCode);
        String arrondissement = commune.map(Commune::getArrondissement).orElse(null);
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(INPUT_ARRONDISSEMENT, arrondissement);
        DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(DECISION_KEY, variables)
                .getSingleResult();
        String territoryCode = result.getEntry(OUTPUT_TERRITORY);
        Territory territory = territories.findById(territoryCode)
                .orElseThrow(() -> new IllegalStateException("territory-routing.dmn returned unknown territory " + territoryCode));
        return new Route(territory, result.getEntry(OUTPUT_GROUP), commune.orElse(null));
    }

    /**
     * Where a person goes.
     *
     * @param commune the known commune, {@literal null} when the name matched none
     */
    public record Route(Territory territory, String advisorsGroup, Commune commune) {
    }
}
