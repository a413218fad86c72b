package org.therapyassist.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.therapyassist.platform.web.Messages;

/**
 * Which page of a list to read: {@code page} counts from 0, {@code size} is how many to a page. Every list the API
 * and the pages show is read a page at a time, so no request loads more than {@link #MAX_SIZE} rows of a list;
 * controllers take it as a parameter (query parameters {@code page} and {@code size}, resolved in
 * {@code platform.web}).
 */
public record PageRequest(int page, int size) {

    /** What a list shows when the client does not say. */
    public static final int DEFAULT_SIZE = 50;
    /** The most any request may ask for; more is a 400, never a silent cut. */
    public static final int MAX_SIZE = 200;
    /** Far beyond any real list; keeps the offset small enough for every database. */
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        Map<String, String> errors = new LinkedHashMap<>();
        if (page < 0 || page > MAX_PAGE) {
            errors.put("page", Messages.text("platform.api.page-range", 0, MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.put("size", Messages.text("platform.api.page-range", 1, MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The first page at the default size. */
    public static PageRequest first() {
        return first(DEFAULT_SIZE);
    }

    /** How many rows come before this page ({@code offset} in SQL). */
    public long offset() {
        return (long) page * size;
    }

    /**
     * A page from a count and a query for this page's rows ({@code limit size offset offset()}); the row query is
     * skipped when the page starts past the end.
     */
    public <T> Page<T> of(long total, Supplier<List<T>> rows) {
        List<T> items = offset() >= total ? List.of() : rows.get();
        return new Page<>(items, page, size, offset() + items.size() < total, total);
    }

    /** A page of a list that is already in memory because it is bounded by design (its rule says why). */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), page, size, to < all.size(), all.size());
    }
}
