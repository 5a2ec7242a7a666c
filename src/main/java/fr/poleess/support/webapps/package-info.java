/**
 * Camunda's own webapps (Tasklist, Cockpit, Admin, Welcome) in French: our translation in
 * {@code META-INF/resources/webjars/camunda/app/<app>/locales/fr.json}, each app's {@code scripts/config.js}
 * and {@code styles/user-styles.css}, a custom script for the texts the locale files cannot reach, and the
 * operator's choice of languages ({@link fr.poleess.support.webapps.WebappSettings}).
 */
@ApplicationModule(allowedDependencies = {})
package fr.poleess.support.webapps;

import org.springframework.modulith.ApplicationModule;
