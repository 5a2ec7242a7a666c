/*
 * Parcours création: configuration of Camunda's admin webapp (see docs/webapps-french.md).
 * French is the only language. The server serves this file with the languages of the property
 * support.webapps.languages (default: fr) in place of the « locales » line below.
 */
export default {
  // Header and window title: "<vendor> <name>".
  app: { vendor: 'Parcours création ·', name: 'Administration' },
  locales: { availableLocales: ['fr'], fallbackLocale: 'fr' },
  // French for what locales/fr.json cannot reach: lang="fr", the application menu, form-js messages.
  customScripts: ['../parcours/francais'],
};
