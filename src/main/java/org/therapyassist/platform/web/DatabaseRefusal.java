package org.therapyassist.platform.web;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A database constraint that refused a write, in the terms of the request: an unknown id it referred to (404), a value
 * too long, missing or out of range (400), or a clash with a row that exists (409). A safety net under the services'
 * own checks, so a constraint never surfaces as a 500 or a misleading conflict.
 */
record DatabaseRefusal(int status, String code, String message) {

    static DatabaseRefusal of(DataIntegrityViolationException e) {
        String state = sqlState(e);
        return switch (state == null ? "" : state) {
            case "23503", "23506" -> new DatabaseRefusal(404, "request.unknown-reference",
                    Messages.text("platform.db.unknown-reference"));
            case "23502" -> new DatabaseRefusal(400, "request.invalid", Messages.text("platform.db.missing"));
            case "23514", "22003", "22007", "22008", "22021", "22P05", "22P02" ->
                new DatabaseRefusal(400, "request.invalid",
                        Messages.text("platform.db.out-of-range"));
            case "22001" -> new DatabaseRefusal(400, "request.invalid", Messages.text("platform.db.too-long"));
            default -> new DatabaseRefusal(409, "request.conflict",
                    Messages.text("platform.db.conflict"));
        };
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
