/**
 * Clôture: how a journey ends and what came of it (activity created with its legal form, SIRET and
 * jobs; salaried job; training; abandoned; postponed; redirected elsewhere), recorded once per journey.
 */
package fr.poleess.support.closure;
