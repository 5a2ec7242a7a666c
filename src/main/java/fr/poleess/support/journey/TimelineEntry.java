package fr.poleess.support.journey;

import java.time.LocalDateTime;

/**
 * One dated event in a journey's timeline ("Accueil", "Contrat signé", "Rendez-vous par téléphone").
 *
 * @param at Paris local time, or the start of the day for events known by date only
 * @param kind a stable code ({@code RECEPTION}, {@code APPOINTMENT}, {@code TASK_COMPLETED}…)
 * @param label French, for people
 * @param by the advisor, when known
 */
public record TimelineEntry(LocalDateTime at, String kind, String label, String by) {
}
