package fr.poleess.support.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** An advisor's name as printed on a document or a sign-in sheet, from the Camunda user; the user id when it has none. */
@Component
public class AdvisorNames {

    private final IdentityService identityService;

    public AdvisorNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String of(String userId) {
        if (userId == null) {
            return "—";
        }
        // Who generates the document (an advisor completing a task) may not be allowed to read other
        // users; the name printed on a contract is not a matter of their rights.
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return userId;
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                    + (user.getLastName() == null ? "" : user.getLastName())).trim();
            return name.isEmpty() ? userId : name;
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }
}
