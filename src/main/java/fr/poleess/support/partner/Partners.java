package fr.poleess.support.partner;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The directory's partners. */
public interface Partners extends JpaRepository<Partner, Long> {

    List<Partner> findAllByOrderByName();

    /** Active partners of a type and one of the kinds that serve a territory, by name. */
    @Query("select distinct p from Partner p join p.territories t where p.active = true and p.type = :type"
            + " and p.kind in :kinds and t = :territoryCode order by p.name")
    List<Partner> findServing(PartnerType type, Collection<PartnerKind> kinds, String territoryCode);

    /** Every active partner of a type serving a territory, by name. */
    @Query("select distinct p from Partner p join p.territories t where p.active = true and p.type = :type"
            + " and t = :territoryCode order by p.name")
    List<Partner> findServing(PartnerType type, String territoryCode);

    boolean existsByNameIgnoreCase(String name);
}
