package fr.poleess.support.shared;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Our API's limits ({@code support.api.*}).
 *
 * @param maxBodySize the largest body a request to {@code /api} may send (1MB; a new journey is about 1 KB)
 */
@ConfigurationProperties("support.api")
@Validated
record ApiSettings(@NotNull DataSize maxBodySize) {
}
