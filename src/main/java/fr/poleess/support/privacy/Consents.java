package fr.poleess.support.privacy;

/**
 * Consents with their proof: each is stored with its date, the version of the wording shown and who
 * recorded it. Modules that act on a consent ask {@link #allows} at the moment they act, so that a
 * withdrawal stops them from then on.
 */
public interface Consents {

    /**
     * Records a consent given now, in the caller's transaction, recorded by the current user (the
     * advisor who asked), or « système » when nobody is logged in.
     *
     * @param partnerId the partner a {@link ConsentPurpose#PARTNER_SHARING} consent is for; otherwise {@literal null}
     */
    void record(Long journeyId, ConsentPurpose purpose, Long partnerId);

    /**
     * Whether the consent is given and not withdrawn. For {@link ConsentPurpose#PARTNER_SHARING} with a
     * partner id, the consent for that partner. A journey with no record at all for the purpose answers
     * {@literal false}.
     */
    boolean allows(Long journeyId, ConsentPurpose purpose, Long partnerId);
}
