/**
 * The partner directory: organisations that send people to us (prescripteurs: France Travail,
 * social services, Pays development officers…) and professionals we refer people to (CMA, CCI,
 * chamber of agriculture, banks, accountants, honour-loan and micro-credit networks, URSSAF,
 * lawyers), with the territories each serves and a contact point named by its function.
 * Managers maintain it through {@code /api/partners}; advisors read it.
 */
@ApplicationModule(allowedDependencies = { "shared", "territory" })
package fr.poleess.support.partner;

import org.springframework.modulith.ApplicationModule;
