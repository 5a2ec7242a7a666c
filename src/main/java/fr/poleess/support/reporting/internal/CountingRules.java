package fr.poleess.support.reporting.internal;

import java.util.List;

/**
 * How each figure of the activity report is counted, in French, for the funder who reads it: the
 * annex of the PDF and of {@code /rapports}. The same rules as docs/reporting.md (for developers),
 * which {@link ActivityReportQueries} computes; change them together.
 */
final class CountingRules {

    static final String TITLE = "Comment chaque chiffre est compté";

    /** One figure or group of figures and its rule. */
    record Rule(String figure, String text) {
    }

    static final List<Rule> GENERAL = List.of(
            new Rule("Période", "Du premier au dernier jour choisis, tous deux compris (par défaut, l'année civile en "
                    + "cours). Les jours et les heures sont ceux de Paris : un accueil enregistré le 31 décembre à "
                    + "23 h 59 compte dans l'année qui se termine."),
            new Rule("Territoire", "Un parcours compte dans le territoire où il a été orienté à l'ouverture ; un temps "
                    + "collectif, dans le territoire où il se tient."),
            new Rule("Une personne", "Chaque parcours a sa fiche de porteur de projet ; une personne qui revient un an "
                    + "plus tard en a donc deux. Pour compter des personnes, deux fiches de mêmes prénom, nom et année "
                    + "de naissance sont une seule personne. Les noms ne servent qu'à ce rapprochement et n'apparaissent "
                    + "dans aucun tableau."),
            new Rule("Ligne « Total »", "Les nombres d'événements (accueils, temps collectifs, rendez-vous…) "
                    + "s'additionnent. Les personnes accompagnées sont comptées une seule fois au total, même si elles "
                    + "l'ont été dans deux territoires : le total peut être inférieur à la somme des lignes."));

    /** The columns of the first table, « Activité par territoire ». */
    static final List<Rule> FIRST_TABLE = List.of(
            new Rule("Accueils", "Les parcours dont l'accueil a été enregistré pendant la période (le jour où le "
                    + "conseiller a validé la tâche « Accueil », pas la date d'entretien qu'il a saisie). Toutes les "
                    + "suites comptent : contrat proposé, réorientation, projet reporté. Un parcours compte au plus un "
                    + "accueil."),
            new Rule("Personnes accompagnées", "Les personnes dont un contrat d'accompagnement signé était en vigueur "
                    + "au moins un jour de la période, une fois par personne et par territoire. Un contrat est en "
                    + "vigueur de sa date de début (ou de sa signature, si elle est plus tardive) jusqu'à sa fin prévue, "
                    + "avenants compris, ou jusqu'à la clôture du parcours si elle est plus tôt. Un contrat du "
                    + "1er octobre 2025 au 31 mars 2026 compte en 2025 et en 2026 ; un contrat préparé mais jamais signé "
                    + "ne compte pas."),
            new Rule("Informations collectives", "Les informations collectives dont au moins un créneau a commencé "
                    + "pendant la période avec au moins une personne émargée présente. Une séance où personne n'est "
                    + "venu, ou annulée avant son premier créneau, ne compte pas. Une séance compte une fois, quel que "
                    + "soit son nombre de créneaux ; une séance à cheval sur deux années compte dans chacune. Les "
                    + "personnes venues avant d'avoir un parcours comptent comme présentes."),
            new Rule("Ateliers thématiques", "Même règle, pour les ateliers thématiques."),
            new Rule("Petits déj'", "Même règle, pour les petits déj' mensuels."));

    static final List<Rule> FURTHER_TABLES = List.of(
            new Rule("Rendez-vous individuels tenus, par mode", "Les rendez-vous tenus pendant la période (date et heure "
                    + "du rendez-vous), par mode : dans nos locaux, à la permanence, par téléphone, en "
                    + "visioconférence, à domicile ; dans le territoire de leur parcours."),
            new Rule("Mises en lien par type de partenaire", "Les mises en lien décidées pendant la période, par type "
                    + "du partenaire au moment de la décision (un changement ultérieur de l'annuaire ne réécrit pas les "
                    + "années passées), quelle qu'en soit la suite. « Ayant abouti à un rendez-vous » : celles où le "
                    + "porteur de projet a rencontré le partenaire."),
            new Rule("Sorties de parcours", "Les parcours dont la date de sortie tombe dans la période, par issue : activité créée, "
                    + "emploi salarié, formation, abandon, report, réorientation. Les emplois créés sont la somme des "
                    + "emplois déclarés avec les activités créées (celui du créateur compte s'il a été déclaré)."),
            new Rule("Profil (genre, âge, situation, venue, prescripteur)", "Les accueils de la période (un par parcours), par genre, par "
                    + "tranche d'âge (année de l'accueil moins année de naissance), par situation à l'entrée, par voie "
                    + "d'arrivée et, pour les personnes orientées par un prescripteur, par type de prescripteur."),
            new Rule("Pérennité des activités créées", "Les suivis enregistrés pendant la période, à 6, 12 et 36 mois après la "
                    + "création : combien ont été faits, combien disent l'activité toujours en place, et la part de "
                    + "celles-ci."),
            new Rule("Durée moyenne des parcours", "Les parcours clôturés pendant la période qui avaient un contrat "
                    + "signé : leur nombre et le nombre moyen de jours de l'accueil à la clôture, aussi en mois "
                    + "(jours ÷ 30,44, arrondi au dixième). Les parcours arrêtés dès l'accueil ne comptent pas : ils "
                    + "feraient baisser la moyenne sans rien dire de l'accompagnement."));

    static final String PRIVACY = "Le rapport ne contient que des nombres, des moyennes et des noms de territoires : "
            + "aucun nom, adresse, téléphone, courriel ni référence de parcours.";

    private CountingRules() {
    }
}
