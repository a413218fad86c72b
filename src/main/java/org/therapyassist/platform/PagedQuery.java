package org.therapyassist.platform;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads one page of a query in SQL: a count of the whole list, then only this page's rows ({@code limit}/{@code
 * offset}). Lists are never loaded whole and cut in Java. The order must be total (end it with an id), or rows could
 * move between pages.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * The same for a whole select (columns, then {@code from} and the rest); the column list must hold no sub-select,
     * as the count is taken from the first {@code " from "} on.
     */
    public static <T> Page<T> of(JdbcClient jdbc, PageRequest page, String sql, String orderBy, RowMapper<T> mapper,
            Object... params) {
        int from = sql.toLowerCase(Locale.ROOT).indexOf(" from ");
        return of(jdbc, page, sql.substring(0, from), sql.substring(from), orderBy, mapper, params);
    }

    /**
     * @param select
     *            the column list, starting {@code select}
     * @param from
     *            the rest of the query from {@code from} on, without {@code order by}, with positional parameters
     * @param orderBy
     *            the order, without the keywords, ending with a unique column
     */
    public static <T> Page<T> of(JdbcClient jdbc, PageRequest page, String select, String from, String orderBy,
            RowMapper<T> mapper, Object... params) {
        long total = jdbc.sql(from.toLowerCase(Locale.ROOT).contains(" group by ")
                ? "select count(*) from (select 1 as one " + from + ") counted"
                : "select count(*) " + from)
                .params(params).query(Long.class).single();
        Object[] withPage = Arrays.copyOf(params, params.length + 2);
        withPage[params.length] = page.size();
        withPage[params.length + 1] = page.offset();
        return page.of(total, () -> jdbc.sql(select + " " + from + " order by " + orderBy + " limit ? offset ?")
                .params(withPage).query(mapper).list());
    }
}
