package org.therapyassist.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Buffers rows per insert statement and writes them in JDBC batches; the order of statements is kept for foreign keys.
 */
final class BatchWriter {

    private final JdbcTemplate jdbc;
    private final int batchSize;
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
    private long rows;

    BatchWriter(JdbcTemplate jdbc, int batchSize) {
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    void add(String sql, Object... values) {
        List<Object[]> list = pending.computeIfAbsent(sql, k -> new ArrayList<>());
        list.add(values);
        rows++;
        if (list.size() >= batchSize) {
            flushAll();
        }
    }

    /** Flushes every statement in first-seen order, so parents are always written before their children. */
    void flushAll() {
        for (Map.Entry<String, List<Object[]>> e : pending.entrySet()) {
            if (!e.getValue().isEmpty()) {
                jdbc.batchUpdate(e.getKey(), e.getValue());
                e.getValue().clear();
            }
        }
    }

    long rows() {
        return rows;
    }
}
