package org.therapyassist.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items, where it is ({@code page} from 0, {@code size} to a page), whether another page
 * follows and how many there are in all. The API sends the items as the JSON array and the rest as headers
 * ({@code Link}, {@code X-Total-Count}); pages show NHS.UK pagination from it. A {@code total} of -1 means it was
 * not worked out (a list merged from several sources), and {@code hasMore} alone says whether another page follows.
 */
public record Page<T>(List<T> items, int page, int size, boolean hasMore, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request.page(), request.size(), false, 0);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, hasMore, total);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return items.isEmpty();
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean totalKnown() {
        return total >= 0;
    }

    /** The last page there is (0 when the list is empty or the total is not known). */
    public int lastPage() {
        return total <= 0 ? 0 : (int) ((total - 1) / size);
    }

    /** Position of the first item shown, counting from 1 ("Showing 51 to 100 of 230"). */
    public long from() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long to() {
        return (long) page * size + items.size();
    }
}
