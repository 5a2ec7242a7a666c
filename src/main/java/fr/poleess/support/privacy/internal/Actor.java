package fr.poleess.support.privacy.internal;

import org.springframework.stereotype.Component;

import fr.poleess.support.access.CurrentUser;

/** Who acts: the logged-in user, or « système » for the engine's own jobs. */
@Component
class Actor {

    static final String SYSTEM = "système";

    private final CurrentUser currentUser;

    Actor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    String id() {
        return currentUser.isAuthenticated() ? currentUser.userId() : SYSTEM;
    }
}
