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
    /** The communes change only with a migration: matched in memory, loaded on first use. */
    private volatile CommuneMatching matching;

    TerritoryRouting(DecisionService decisionService, Communes communes, Territories territories) {
        this.decisionService = decisionService;
        this.communes = communes;
        this.territories = territories;
    }

    /**
     * Which commune a person means (see {@link CommuneMatching}); a refusal must be shown to whoever typed
     * it, never routed.
     *
     * @param typed a name or a postal code, as typed; may be {@literal null}
     * @param postalCode the postal code field; may be {@literal null}
     */
    public CommuneMatching.Match match(String typed, String postalCode) {
        CommuneMatching current = matching;
        if (current == null) {
            current = new CommuneMatching(communes.findAll());
            matching = current;
        }
        return current.match(typed, postalCode);
    }

    /**
     * Routes a commune of Côte-d'Or through the decision table; {@literal null} (a commune of another
     * department) goes wherever the table's last rule says: the head office.
     */
    public Route route(Commune known) {
        Optional<Commune> commune = Optional.ofNullable(known);
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
     * @param commune the commune of Côte-d'Or, {@literal null} for a commune of another department
     */
    public record Route(Territory territory, String advisorsGroup, Commune commune) {
    }
}
