package fr.poleess.support.reception;

/** How the reception took place. */
public enum ReceptionMode {
    ON_SITE, OUTREACH_DESK, PHONE, VIDEO, HOME_VISIT, INFORMATION_SESSION
}
