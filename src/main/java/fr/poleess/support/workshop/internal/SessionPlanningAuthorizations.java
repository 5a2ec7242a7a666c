package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.workshop.CollectiveSessionProcess;

/**
 * The territories' advisors plan collective sessions too: they may start « Temps collectif » from Tasklist
 * (its start form). Managers may already start any process. Granted once, idempotently, at startup.
 */
@Component
@Order(0)
class SessionPlanningAuthorizations {

    private final AuthorizationService authorizations;
    private final Territories territories;

    SessionPlanningAuthorizations(AuthorizationService authorizations, Territories territories) {
        this.authorizations = authorizations;
        this.territories = territories;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void grant() {
        for (Territory territory : territories.findAllByOrderByCode()) {
            String group = territory.getAdvisorsGroup();
            Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId(CollectiveSessionProcess.KEY).singleResult();
            Authorization grant = existing != null ? existing
                    : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            if (existing == null) {
                grant.setGroupId(group);
                grant.setResource(Resources.PROCESS_DEFINITION);
                grant.setResourceId(CollectiveSessionProcess.KEY);
            }
            if (!grant.isPermissionGranted(ProcessDefinitionPermissions.READ)
                    || !grant.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
                grant.addPermission(ProcessDefinitionPermissions.READ);
                grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
                authorizations.saveAuthorization(grant);
            }
        }
    }
}
