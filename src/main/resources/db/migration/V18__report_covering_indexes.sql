-- The yearly activity report (docs/reporting.md) joins each period's rows to their journey, territory
-- and participant. Its plans at 100,000 journeys showed heap visits and sequential scans of the whole
-- journey and participant tables for a few columns: these indexes hold the columns the report reads,
-- so that PostgreSQL can answer from the index alone (index-only scans). Plain composite indexes
-- rather than INCLUDE, which H2 (the default run) lacks; the period column stays first, so the
-- range scans the V8 indexes served are served the same.
create index reception_recorded_at_journey on reception (recorded_at, journey_id);
drop index reception_recorded_at;
create index appointment_held_at_journey_mode on appointment (held_at, journey_id, mode);
drop index appointment_held_at;
create index support_agreement_end_journey on support_agreement (planned_end_date, journey_id, signed_on, start_date);
drop index support_agreement_end;
create index journey_report on journey (id, territory_code, participant_id, closed_on);
create index participant_person on participant (id, birth_year, first_name, last_name);
