/**
 * Support for people creating an activity in rural territories. Each top-level package is a
 * capability (a Spring Modulith module): {@code territory}, {@code journey}, {@code reception},
 * {@code agreement}, {@code appointment}, {@code closure}, {@code messaging}, {@code reminder}, {@code followup},
 * {@code access}, {@code demo} and the small {@code shared} kernel.
 */
package fr.poleess.support;
