/**
 * Who may do what. Users, groups and rights live only in Camunda (managed in Camunda Admin): this
 * module checks HTTP Basic credentials against the Camunda identity service, makes the engine REST
 * API apply Camunda authorizations exactly as the webapps do, lets non-administrators make only the
 * engine API calls Tasklist, Cockpit and our documented clients need (an allow-list per role, with
 * task completions and starts limited to their form's fields), seeds the groups, rights and Tasklist
 * filters every installation needs (plus the demo accounts), and tells other modules who the
 * current user is and which territories they may see ({@link fr.poleess.support.access.CurrentUser}).
 * It also guards the logins themselves: throttling of failed logins by account and address on every
 * way in, the CNIL password policy, PBKDF2 password storage, security headers (see docs/security.md).
 * <p>
 * Depends on {@code territory} only: a territory's advisors group is what makes its journeys
 * visible to an advisor.
 */
@ApplicationModule(allowedDependencies = { "territory" })
package fr.poleess.support.access;

import org.springframework.modulith.ApplicationModule;
