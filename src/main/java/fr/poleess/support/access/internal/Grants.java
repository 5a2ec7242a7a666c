package fr.poleess.support.access.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Grants permissions to groups without ever duplicating an authorization: an existing grant for the
 * same group and resource only receives the permissions it lacks, and is not saved when it lacks none.
 * Permissions added by hand in Camunda Admin are kept.
 */
class Grants {

    private final AuthorizationService authorizationService;
    private int saved;

    Grants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        boolean changed = false;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            changed = true;
        }
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
            saved++;
        }
    }

    /** Authorizations created or completed since this object was made. */
    int saved() {
        return saved;
    }
}
