package fr.poleess.support.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import fr.poleess.support.documents.DocumentKind;

/**
 * The {@code generated_document} table, in plain JDBC so that listing documents never reads their
 * bytes. Rows are only ever added: a new version of a document is a new row.
 */
@Component
class DocumentStore {

    static final String PDF = "application/pdf";
    private static final String COLUMNS = "id, journey_id, kind, source_id, version, file_name, content_type, size_bytes,"
            + " sha256, created_at, created_by";

    private final NamedParameterJdbcTemplate jdbc;

    DocumentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new version of the document (1 for the first) and returns it, without its bytes. */
    StoredDocument add(Long journeyId, DocumentKind kind, Long sourceId, String fileNameStem, byte[] content,
            LocalDateTime createdAt, String createdBy) {
        MapSqlParameterSource source = new MapSqlParameterSource().addValue("journey", journeyId)
                .addValue("kind", kind.name()).addValue("source", sourceId, Types.BIGINT);
        Integer last = jdbc.queryForObject("select coalesce(max(version), 0) from generated_document"
                + " where journey_id = :journey and kind = :kind"
                + (sourceId == null ? " and source_id is null" : " and source_id = :source"), source, Integer.class);
        int version = (last == null ? 0 : last) + 1;
        String fileName = fileNameStem + (version > 1 ? "_v" + version : "") + ".pdf";
        String sha256 = sha256(content);
        source.addValue("version", version).addValue("fileName", fileName).addValue("contentType", PDF)
                .addValue("content", content, Types.BINARY).addValue("size", content.length)
                .addValue("sha256", sha256).addValue("createdAt", createdAt).addValue("createdBy", createdBy);
        jdbc.update("""
                insert into generated_document (journey_id, kind, source_id, version, file_name, content_type, content,
                    size_bytes, sha256, created_at, created_by)
                values (:journey, :kind, :source, :version, :fileName, :contentType, :content, :size, :sha256,
                    :createdAt, :createdBy)""", source);
        // The unique (journey, kind, source, version) finds the row again on both databases, without
        // relying on how each driver names generated keys.
        Long id = jdbc.queryForObject("select id from generated_document where journey_id = :journey and kind = :kind"
                + " and version = :version" + (sourceId == null ? " and source_id is null" : " and source_id = :source"),
                source, Long.class);
        return new StoredDocument(id, journeyId, kind, sourceId, version, fileName, PDF, content.length, sha256,
                createdAt, createdBy, new byte[0]);
    }

    /** The documents of a journey, oldest first, without their bytes. */
    List<StoredDocument> list(Long journeyId) {
        return jdbc.query("select " + COLUMNS + " from generated_document where journey_id = :journey"
                + " order by created_at, id", new MapSqlParameterSource("journey", journeyId),
                (row, n) -> read(row, false));
    }

    /** One document with its bytes. */
    Optional<StoredDocument> find(Long journeyId, Long id) {
        return jdbc.query("select " + COLUMNS + ", content from generated_document where journey_id = :journey"
                + " and id = :id", new MapSqlParameterSource("journey", journeyId).addValue("id", id),
                (row, n) -> read(row, true)).stream().findFirst();
    }

    /** The latest version of a kind of document of a journey (the latest amendment's, for amendments), with its bytes. */
    Optional<StoredDocument> latest(Long journeyId, DocumentKind kind) {
        List<Long> ids = jdbc.queryForList("select id from generated_document where journey_id = :journey"
                + " and kind = :kind order by created_at desc, id desc",
                new MapSqlParameterSource("journey", journeyId).addValue("kind", kind.name()), Long.class);
        return ids.isEmpty() ? Optional.empty() : find(journeyId, ids.get(0));
    }

    private static StoredDocument read(ResultSet row, boolean withContent) throws SQLException {
        long source = row.getLong("source_id");
        Long sourceId = row.wasNull() ? null : source;
        return new StoredDocument(row.getLong("id"), row.getLong("journey_id"), DocumentKind.valueOf(row.getString("kind")),
                sourceId, row.getInt("version"), row.getString("file_name"), row.getString("content_type"),
                row.getInt("size_bytes"), row.getString("sha256"), row.getObject("created_at", LocalDateTime.class),
                row.getString("created_by"), withContent ? row.getBytes("content") : new byte[0]);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
