/*
 * Parcours création: French for the few texts of the Camunda webapps that locales/fr.json cannot reach
 * (see docs/webapps-french.md). Loaded by every app as a custom script (config.js, customScripts).
 *
 * - <html lang="en"> is hard-coded in each app's index.html: the page says it is French.
 * - The application menu of the header has hard-coded labels (Welcome, Admin, Cockpit, Tasklist).
 * - form-js 1.8 (Tasklist's forms) hard-codes its validation messages, a few widget words and the date
 *   fields' format hint ("dd/mm/yyyy") in English and has no translation hook. We rewrite them where shown.
 *
 * - Tasklist's header gets a « Mon agenda » link (/mon-agenda: the advisor's calendar address and day
 *   sheet), beside the user's menu once someone is logged in.
 *
 * Texts are changed in place, on the text node (nodeValue). Replacing the element or its textContent
 * makes form-js (Preact) append its English text again on the next render.
 * Re-check this file after any upgrade of Camunda (form-js class names and messages).
 */

document.documentElement.lang = 'fr';

const APP_MENU = new Map([
  ['Welcome', 'Portail'],
  ['Admin', 'Administration'],
  ['Cockpit', 'Pilotage'],
  ['Tasklist', 'Tâches']
]);

const FORM_WORDS = new Map([
  ['Select', 'Choisir…'],
  ['Search', 'Rechercher'],
  ['No options', 'Aucun choix'],
  ['Field is required.', 'Ce champ est obligatoire.'],
  ['Field must be a valid email.', 'Saisissez une adresse électronique valide.'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)',
    'Saisissez un numéro de téléphone au format international (par exemple +33380509047).'],
  ['Value is not a number.', 'Saisissez un nombre.'],
  ['Value is expected to be an integer.', 'Saisissez un nombre entier.']
]);

// Numbers as the server writes them (FrenchFormat): "4000" -> "4 000", "2.5" -> "2,5" (no-break space).
const number = (value) => {
  const match = String(value).match(/^(-?)(\d+)(?:\.(\d+))?$/);
  if (!match) {
    return value;
  }
  const [, sign, whole, decimals] = match;
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') + (decimals ? ',' + decimals : '');
};
const plural = (count, word) => (Number(count) > 1 ? word + 's' : word);

const FORM_MESSAGES = [
  [/^Field must have minimum length of (\d+)\.$/,
    (n) => `Ce champ doit contenir au moins ${number(n)} ${plural(n, 'caractère')}.`],
  [/^Field must have maximum length of (\d+)\.$/,
    (n) => `Ce champ doit contenir au plus ${number(n)} ${plural(n, 'caractère')}.`],
  [/^Field must have minimum value of (.+)\.$/, (v) => `La valeur doit être au moins ${number(v)}.`],
  [/^Field must have maximum value of (.+)\.$/, (v) => `La valeur doit être au plus ${number(v)}.`],
  // The pattern itself is a regular expression, which means nothing to an advisor.
  [/^Field must match pattern [\s\S]*\.$/, () => 'Ce champ ne respecte pas le format attendu.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (n) => `Saisissez au plus ${n} ${plural(n, 'chiffre')} après la virgule.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Choisissez une valeur valide\u00a0: les plus proches sont ${number(a)} et ${number(b)}.`]
];

function frenchFormText(text) {
  const trimmed = text.trim();
  if (FORM_WORDS.has(trimmed)) {
    return text.replace(trimmed, FORM_WORDS.get(trimmed));
  }
  for (const [pattern, french] of FORM_MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, french(...match.slice(1)));
    }
  }
  return null;
}

function translateText(node) {
  const parent = node.parentElement;
  if (!parent || !node.nodeValue || !node.nodeValue.trim()) {
    return;
  }
  let french = null;
  if (parent.closest('.fjs-container')) {
    french = frenchFormText(node.nodeValue);
  } else if (parent.closest('.app-switch')) {
    const trimmed = node.nodeValue.trim();
    french = APP_MENU.has(trimmed) ? node.nodeValue.replace(trimmed, APP_MENU.get(trimmed)) : null;
  }
  if (french !== null && french !== node.nodeValue) {
    node.nodeValue = french;
  }
}

function translatePlaceholder(element) {
  if (!element.closest('.fjs-container')) {
    return;
  }
  const placeholder = element.getAttribute('placeholder');
  if (placeholder === 'Search') {
    element.setAttribute('placeholder', 'Rechercher');
  } else if (/^(?=.*d)(?=.*m)(?=.*y)[dmy/.\- ]+$/.test(placeholder || '')) {
    // Date fields show their format with English letters ("dd/mm/yyyy"): « jj/mm/aaaa ».
    element.setAttribute('placeholder', placeholder.replace(/d/g, 'j').replace(/y/g, 'a'));
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (root.hasAttribute('placeholder')) {
    translatePlaceholder(root);
  }
  root.querySelectorAll('[placeholder]').forEach(translatePlaceholder);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
}

const AGENDA_LINK = 'parcours-mon-agenda';

// Angular draws the header, and the user's menu only once logged in: added again whenever it is missing.
function addAgendaLink() {
  if (!window.location.pathname.includes('/app/tasklist/')) {
    return;
  }
  const account = document.querySelector('.app-menu li.account');
  if (!account || account.parentElement.querySelector('.' + AGENDA_LINK)) {
    return;
  }
  const item = document.createElement('li');
  item.className = AGENDA_LINK;
  const link = document.createElement('a');
  link.href = '/mon-agenda';
  link.title = 'Mes rendez-vous dans Outlook, Thunderbird ou mon téléphone ; ma feuille de route';
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-calendar';
  link.append(icon, ' Mon agenda');
  item.appendChild(link);
  account.parentElement.insertBefore(item, account);
}

new MutationObserver((mutations) => {
  addAgendaLink();
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translateText(mutation.target);
    } else if (mutation.type === 'attributes') {
      translatePlaceholder(mutation.target);
    } else {
      mutation.addedNodes.forEach(translateTree);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});

translateTree(document.body);
addAgendaLink();

// No default export: the webapps would take it for a plugin.
