package org.therapyassist.platform.imports;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes an import's rows in JDBC batches of {@link #SIZE}, advancing its progress after each batch. */
public final class Batches {

    public static final int SIZE = 1000;

    private Batches() {
    }

    public static void write(JdbcTemplate jdbc, String sql, List<Object[]> rows, ImportProgress progress) {
        for (int from = 0; from < rows.size(); from += SIZE) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + SIZE));
            jdbc.batchUpdate(sql, batch);
            progress.advance(batch.size());
        }
    }
}
