/*
 * Parcours création: configuration of Camunda's tasklist webapp (see docs/webapps-french.md).
 * French is the only language. The server serves this file with the languages of the property
 * support.webapps.languages (default: fr) in place of the « locales » line below.
 */
export default {
  // Header and window title: "<vendor> <name>".
  app: { vendor: 'Parcours création ·', name: 'Tâches' },
  locales: { availableLocales: ['fr'], fallbackLocale: 'fr' },
  // French for what locales/fr.json cannot reach: lang="fr", the application menu, form-js messages.
  customScripts: ['../parcours/francais'],
  // Keys as shipped by Camunda; the descriptions are shown in the « Raccourcis clavier » dialog.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prendre la tâche sélectionnée'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'aller au premier filtre de la liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'aller à la première tâche de la liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'aller au premier champ du formulaire de la tâche'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'ouvrir la fenêtre « Démarrer un processus »'
    }
  }
};
