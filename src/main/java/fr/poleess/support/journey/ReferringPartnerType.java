package fr.poleess.support.journey;

/** Kind of referring partner (prescripteur) who sent the participant. */
public enum ReferringPartnerType {
    FRANCE_TRAVAIL, MAISON_DE_L_EMPLOI, MISSION_LOCALE, SOCIAL_SERVICES, PAYS_DEVELOPMENT, CONSULAR_CHAMBER, OTHER
}
