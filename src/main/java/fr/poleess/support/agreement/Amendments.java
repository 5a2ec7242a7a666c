package fr.poleess.support.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The amendments of agreements. */
public interface Amendments extends JpaRepository<Amendment, Long> {

    List<Amendment> findByAgreementIdOrderByCreatedAt(Long agreementId);
}
