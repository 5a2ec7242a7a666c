package fr.poleess.support.privacy.internal;

import java.util.List;

/**
 * Where our tables hold personal data, and what erasure does with it. One list for the erasure and
 * for docs/privacy.md: a module adding a table or a column with a name, a contact or a free text adds
 * it here. {@code :journeys} is the list of the erased journeys' ids.
 * <p>
 * Kept on purpose, because the yearly report counts them (docs/reporting.md): dates, codes (gender,
 * situation, sector, modes, statuses, outcome, legal form), year of birth, commune, the territory, the
 * referring partner's kind, partner kinds, jobs, attendance. The participant's name becomes a random
 * pseudonym shared by all the journeys of that person, so a person counted once still counts once.
 */
final class PersonalDataTables {

    /** What becomes of a free text that cannot be null. */
    static final String ERASED = "[effacé]";

    /** An update of one table: what it erases, in French for the answer, and its SQL. */
    record Scrub(String table, String what, String sql) {
    }

    static final List<Scrub> SCRUBS = List.of(
            new Scrub("participant", "identité et coordonnées", """
                    update participant set first_name = :firstName, last_name = :lastName, email = null, phone = null,
                        address_line = null, referring_partner_name = null, messages_paused = true
                    where id in (select participant_id from journey where id in (:journeys))"""),
            new Scrub("reception", "notes de l'accueil", """
                    update reception set project_summary = '%s', needs = null, redirected_to = null, comment = null
                    where journey_id in (:journeys)""".formatted(ERASED)),
            new Scrub("support_agreement", "objectifs du contrat", """
                    update support_agreement set objectives = '%s', planned_workshops = null
                    where journey_id in (:journeys)""".formatted(ERASED)),
            new Scrub("agreement_amendment", "motifs des avenants", """
                    update agreement_amendment set reason = '%s'
                    where agreement_id in (select id from support_agreement where journey_id in (:journeys))"""
                    .formatted(ERASED)),
            new Scrub("appointment", "notes et lieux des rendez-vous", """
                    update appointment set place = null, steps_done = null, notes = null, next_steps = null,
                        next_appointment_place = null
                    where journey_id in (:journeys)"""),
            new Scrub("journey_outcome", "bilan de fin de parcours et SIRET", """
                    update journey_outcome set path_summary = null, siret = null, redirected_to = null, comment = null
                    where journey_id in (:journeys)"""),
            new Scrub("post_creation_follow_up", "notes des suivis post-création", """
                    update post_creation_follow_up set help_needed = null where journey_id in (:journeys)"""),
            new Scrub("referral", "raisons et suites des mises en lien", """
                    update referral set recommendation_reason = null, outcome = null where journey_id in (:journeys)"""),
            new Scrub("collective_registration", "inscriptions aux temps collectifs (nom et contact du prospect)", """
                    update collective_registration set prospect_first_name = null, prospect_last_name = null,
                        prospect_commune = null, prospect_email = null, prospect_phone = null
                    where journey_id in (:journeys) or opened_journey_id in (:journeys)"""),
            new Scrub("collective_registration", "inscriptions à venir annulées", """
                    update collective_registration set status = 'CANCELLED', cancelled_at = :now
                    where (journey_id in (:journeys) or opened_journey_id in (:journeys)) and status <> 'CANCELLED'
                      and exists (select 1 from collective_session_slot sl where sl.session_id = collective_registration.session_id
                                  and sl.starts_at > :now)"""),
            new Scrub("outbox_message", "messages en attente annulés", """
                    update outbox_message set status = 'CANCELLED'
                    where (journey_id in (:journeys) or lower(recipient) in (:emails))
                      and status in ('PENDING', 'FAILED', 'CALL_REQUESTED')"""),
            new Scrub("outbox_message", "destinataires et textes des messages", """
                    update outbox_message set recipient = null, subject = '%1$s', body = '%1$s', last_error = null,
                        calendar = null
                    where journey_id in (:journeys) or lower(recipient) in (:emails)""".formatted(ERASED)),
            new Scrub("appointment_change", "motifs des rendez-vous déplacés ou annulés", """
                    update appointment_change set reason = null where journey_id in (:journeys)"""),
            new Scrub("generated_document", "documents (PDF)", """
                    delete from generated_document where journey_id in (:journeys)"""));

    private PersonalDataTables() {
    }
}
