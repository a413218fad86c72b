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
                    "Something this refers to does not exist. Check the ids sent.");
            case "23502" -> new DatabaseRefusal(400, "request.invalid", "A required value is missing.");
            case "23514", "22003", "22007", "22008", "22021", "22P05", "22P02" ->
                new DatabaseRefusal(400, "request.invalid",
                        "A value is outside what can be recorded.");
            case "22001" -> new DatabaseRefusal(400, "request.invalid", "Some text is too long to be recorded.");
            default -> new DatabaseRefusal(409, "request.conflict",
                    "This would clash with a record that already exists or has changed. Reload and try again.");
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
