package fr.poleess.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.poleess.support.access.AccessGroups;

/** Logged-in users for {@link ApiSlice} tests, with the authorities our login grants: one per Camunda group. */
public final class SliceUsers {

    private SliceUsers() {
    }

    /** An advisor of the Beaune territory. */
    public static RequestPostProcessor advisor() {
        return as("conseiller.beaune", "advisors-beaune");
    }

    public static RequestPostProcessor manager() {
        return as("responsable", AccessGroups.MANAGERS);
    }

    public static RequestPostProcessor admin() {
        return as("admin", AccessGroups.ADMINS);
    }

    public static RequestPostProcessor as(String userId, String... groupIds) {
        String[] authorities = new String[groupIds.length];
        for (int i = 0; i < groupIds.length; i++) {
            authorities[i] = AccessGroups.authority(groupIds[i]);
        }
        return user(userId).authorities(java.util.Arrays.stream(authorities)
                .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList());
    }
}
