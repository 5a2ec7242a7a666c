package fr.poleess.support.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.poleess.support.partner.PartnerDirectory;
import fr.poleess.support.partner.PartnerInput;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.partner.Partners;

/**
 * Seeds a demo partner directory once, when it is empty, before the demo journeys (whose referring
 * partners are then linked by name). Institutions of the Côte-d'Or by their public names, one invented
 * accounting firm; contacts are functions with invented addresses, never a person's name.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@ConditionalOnProperty(name = "support.demo.enabled", havingValue = "true")
class DemoPartners implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPartners.class);
    private static final List<String> ALL = List.of("BEA", "CHA", "DIJ");
    private static final List<String> BEAUNE = List.of("BEA");
    private static final List<String> CHATILLON = List.of("CHA");
    private static final String ID_CARD = "Pièce d'identité, justificatif de domicile, une présentation du projet en une page";

    private final PartnerDirectory directory;
    private final Partners partners;
    private final TransactionTemplate transactions;

    DemoPartners(PartnerDirectory directory, Partners partners, TransactionTemplate transactions) {
        this.directory = directory;
        this.partners = partners;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (partners.count() > 0) {
            return;
        }
        transactions.executeWithoutResult(status -> seed());
        LOG.info("Demo partners seeded: {}", partners.count());
    }

    private void seed() {
        // Referring partners (prescripteurs): they send people to us.
        referrer("France Travail Beaune", PartnerKind.EMPLOYMENT_SERVICE, BEAUNE, "Conseiller·ère emploi référent·e création",
                "creation.beaune@francetravail.example", "03 80 24 00 10", "12 avenue Charles de Gaulle", "21200", "Beaune");
        referrer("France Travail Montbard", PartnerKind.EMPLOYMENT_SERVICE, CHATILLON, "Conseiller·ère emploi référent·e création",
                "creation.montbard@francetravail.example", "03 80 89 00 20", "3 rue de la Libération", "21500", "Montbard");
        referrer("Maison de l'Emploi du Châtillonnais", PartnerKind.EMPLOYMENT_SERVICE, CHATILLON, "Chargé·e d'accueil et d'orientation",
                "accueil@mde-chatillonnais.example", "03 80 91 00 30", "Maison des services, 2 place de la Résistance", "21400",
                "Châtillon-sur-Seine");
        referrer("Centre social de Nolay", PartnerKind.SOCIAL_SERVICES, BEAUNE, "Travailleur·euse social·e",
                "accueil@centresocial-nolay.example", "03 80 21 00 40", "Place de l'Hôtel de Ville", "21340", "Nolay");
        referrer("Pays Beaunois", PartnerKind.PAYS_DEVELOPMENT, BEAUNE, "Chargé·e de mission développement économique",
                "economie@pays-beaunois.example", "03 80 24 00 50", "Rue Hôtel-Dieu", "21200", "Beaune");
        referrer("Pays Châtillonnais", PartnerKind.PAYS_DEVELOPMENT, CHATILLON, "Chargé·e de mission développement économique",
                "economie@pays-chatillonnais.example", "03 80 81 00 60", "Rue Docteur Robert", "21400", "Châtillon-sur-Seine");

        // Professional resources: we refer people to them.
        resource("CMA Côte-d'Or", PartnerKind.CMA, ALL, "Chargé·e de création d'entreprise",
                "creation@cma-cotedor.example", "03 80 63 00 70", "65-69 rue Daubenton", "21000", "Dijon",
                "Permanences à Beaune le 2e mardi du mois et à Châtillon-sur-Seine le 4e jeudi, sur rendez-vous",
                ID_CARD + ", diplôme ou justificatif d'expérience dans le métier");
        resource("CCI Côte-d'Or Saône Doubs", PartnerKind.CCI, ALL, "Conseiller·ère création-reprise",
                "creation@cci-cotedor.example", "03 80 65 00 80", "Place Jean Bouhey", "21000", "Dijon",
                "Réunions d'information « 5 jours pour entreprendre » chaque mois ; rendez-vous à Beaune sur demande",
                ID_CARD + ", une première étude de marché si elle existe");
        resource("Chambre d'agriculture de la Côte-d'Or — point accueil installation", PartnerKind.CHAMBER_OF_AGRICULTURE, ALL,
                "Conseiller·ère installation", "installation@cotedor-chambagri.example", "03 80 68 00 90",
                "1 rue des Coulots", "21110", "Bretenière",
                "Permanence à Châtillon-sur-Seine le 1er lundi du mois ; à Beaune le 3e mercredi",
                ID_CARD + ", diplômes agricoles, relevé parcellaire si un foncier est envisagé");
        resource("Initiative Côte-d'Or", PartnerKind.HONOUR_LOAN, ALL, "Chargé·e d'accompagnement prêt d'honneur",
                "contact@initiative-cotedor.example", "03 80 70 01 00", "2 rue Jean Giono", "21000", "Dijon",
                "Comités d'agrément mensuels ; rendez-vous possibles à Beaune et Châtillon-sur-Seine",
                "Prévisionnel financier sur trois ans, plan de financement, devis principaux");
        resource("Adie Bourgogne-Franche-Comté", PartnerKind.MICRO_CREDIT, ALL, "Conseiller·ère microcrédit",
                "cotedor@adie.example", "09 69 32 01 10", "18 rue Pasteur", "21000", "Dijon",
                "Permanence mensuelle à Beaune (Maison des services) ; entretien possible par téléphone",
                "Relevés de compte des trois derniers mois, budget personnel, devis");
        resource("URSSAF Bourgogne — accueil des créateurs", PartnerKind.URSSAF, ALL, "Conseiller·ère travailleurs indépendants",
                "createurs@urssaf-bourgogne.example", "03 80 45 01 00", "8 boulevard Georges Clemenceau", "21000", "Dijon",
                "Webinaires « Je crée mon entreprise » chaque semaine ; rendez-vous téléphonique sur demande",
                "Numéro de sécurité sociale, forme juridique envisagée, chiffre d'affaires prévu");
        resource("Crédit Agricole Champagne-Bourgogne — agence de Beaune", PartnerKind.BANK, BEAUNE,
                "Conseiller·ère professionnels", "pro.beaune@banque.example", "03 80 24 01 20", "1 place Carnot", "21200",
                "Beaune", "Du mardi au samedi, sur rendez-vous", "Prévisionnel, plan de financement, accord de prêt d'honneur s'il y en a un");
        resource("Banque Populaire — agence de Châtillon-sur-Seine", PartnerKind.BANK, CHATILLON,
                "Conseiller·ère professionnels", "pro.chatillon@banque.example", "03 80 91 01 30", "9 rue Maréchal de Lattre",
                "21400", "Châtillon-sur-Seine", "Du mardi au samedi, sur rendez-vous",
                "Prévisionnel, plan de financement, accord de prêt d'honneur s'il y en a un");
        resource("Cabinet Auxois Conseil Expertise", PartnerKind.ACCOUNTANT, List.of("BEA", "CHA"),
                "Expert-comptable, premier rendez-vous offert aux créateurs", "creation@auxois-conseil.example",
                "03 80 64 01 40", "5 rue de la Liberté", "21350", "Vitteaux",
                "Rendez-vous à Beaune le lundi, à Montbard le jeudi", "Prévisionnel, forme juridique envisagée");
        resource("Barreau de Dijon — consultation création d'entreprise", PartnerKind.LAWYER, ALL,
                "Avocat·e de permanence", "permanence@barreau-dijon.example", "03 80 30 01 50", "Palais de justice, 8 rue du Palais",
                "21000", "Dijon", "Consultation gratuite le 1er mercredi du mois, sur rendez-vous",
                "Projet de statuts s'il existe, questions écrites à l'avance");
        resource("France Travail Beaune — aides à la création", PartnerKind.EMPLOYMENT_SERVICE, BEAUNE,
                "Conseiller·ère création d'entreprise", "aides.creation.beaune@francetravail.example", "03 80 24 00 11",
                "12 avenue Charles de Gaulle", "21200", "Beaune", "Sur rendez-vous, du lundi au vendredi matin",
                "Identifiant France Travail, attestation de droits, date prévue de création");
        resource("France Travail Montbard — aides à la création", PartnerKind.EMPLOYMENT_SERVICE, CHATILLON,
                "Conseiller·ère création d'entreprise", "aides.creation.montbard@francetravail.example", "03 80 89 00 21",
                "3 rue de la Libération", "21500", "Montbard",
                "Sur rendez-vous ; permanence à Châtillon-sur-Seine le mardi matin",
                "Identifiant France Travail, attestation de droits, date prévue de création");
        resource("Solidarité Département — site de Beaune", PartnerKind.SOCIAL_SERVICES, BEAUNE, "Référent·e RSA",
                "rsa.beaune@cotedor-solidarite.example", "03 80 24 01 60", "Rue du Tribunal", "21200", "Beaune",
                "Permanences à Nolay et Seurre une fois par mois", "Notification de droits RSA, projet d'activité");
        resource("Solidarité Département — site de Châtillon-sur-Seine", PartnerKind.SOCIAL_SERVICES, CHATILLON, "Référent·e RSA",
                "rsa.chatillon@cotedor-solidarite.example", "03 80 81 01 70", "Rue Docteur Robert", "21400",
                "Châtillon-sur-Seine", "Permanence à Laignes le 2e jeudi du mois", "Notification de droits RSA, projet d'activité");
        resource("Pays Beaunois — soutiens aux projets", PartnerKind.PAYS_DEVELOPMENT, BEAUNE,
                "Animateur·rice LEADER", "leader@pays-beaunois.example", "03 80 24 01 80", "Rue Hôtel-Dieu", "21200", "Beaune",
                "Sur rendez-vous", "Présentation du projet, budget, retombées pour le territoire");
        resource("Pays Châtillonnais — soutiens aux projets", PartnerKind.PAYS_DEVELOPMENT, CHATILLON,
                "Animateur·rice LEADER", "leader@pays-chatillonnais.example", "03 80 81 01 90", "Rue Docteur Robert", "21400",
                "Châtillon-sur-Seine", "Sur rendez-vous", "Présentation du projet, budget, retombées pour le territoire");
    }

    private void referrer(String name, PartnerKind kind, List<String> territories, String function, String email,
            String phone, String address, String postalCode, String city) {
        directory.create(new PartnerInput(name, PartnerType.REFERRING_PARTNER, kind, territories, function, email, phone,
                address, postalCode, city, null, null));
    }

    private void resource(String name, PartnerKind kind, List<String> territories, String function, String email,
            String phone, String address, String postalCode, String city, String officeHours, String whatToBring) {
        directory.create(new PartnerInput(name, PartnerType.PROFESSIONAL_RESOURCE, kind, territories, function, email,
                phone, address, postalCode, city, officeHours, whatToBring));
    }
}
