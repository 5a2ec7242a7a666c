package fr.poleess.support.territory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The outreach desks of each territory. */
public interface OutreachDesks extends JpaRepository<OutreachDesk, Long> {

    List<OutreachDesk> findByTerritoryCodeOrderByName(String territoryCode);
}
