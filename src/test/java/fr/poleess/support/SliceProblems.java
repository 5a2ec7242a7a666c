package fr.poleess.support;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** The answers every {@link ApiSlice} test expects alike, whatever the controller. */
public final class SliceProblems {

    private SliceProblems() {
    }

    /** {@code 401} to a call without login: the Basic challenge of our realm and the French problem body. */
    public static ResultMatcher askedToLogInInFrench() {
        return ResultMatcher.matchAll(status().isUnauthorized(),
                header().string("WWW-Authenticate", startsWith("Basic realm=\"Parcours\"")),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value("urn:problem:unauthenticated"),
                jsonPath("$.detail").value("Identifiez-vous avec votre identifiant et votre mot de passe Camunda."));
    }
}
