/**
 * Territories the organisation serves (Beaune, the Châtillonnais with its outreach desk, the Dijon
 * head office), their outreach desks, the communes people live in, and the routing of a commune to
 * the team that serves it ({@code processes/territory-routing.dmn}).
 */
@ApplicationModule(allowedDependencies = {})
package fr.poleess.support.territory;

import org.springframework.modulith.ApplicationModule;
