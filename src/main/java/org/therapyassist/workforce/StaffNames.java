package org.therapyassist.workforce;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Page;

/**
 * Names of staff for rows another module reads with only their ids ("issued by", "reviewed by"): the staff directory
 * owns names, so a module reads its own table, then completes a whole list or page with one lookup here. A row is read
 * as {@link Awaiting}: the people it names and how to build it once their names are known.
 */
@Service
@Transactional(readOnly = true)
public class StaffNames {

    private final StaffDirectory directory;

    StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    /** A row waiting for the names of {@code people}; {@code complete} builds it from a name lookup (null for none). */
    public record Awaiting<T>(Collection<UUID> people, Function<Function<UUID, String>, T> complete) {
    }

    /** A row naming these people (nulls are ignored: "resolved by" on an open fault). */
    public static <T> Awaiting<T> awaiting(Function<Function<UUID, String>, T> complete, UUID... people) {
        return new Awaiting<>(Arrays.stream(people).filter(Objects::nonNull).toList(), complete);
    }

    public <T> List<T> complete(UUID organisationId, List<Awaiting<T>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = directory.names(organisationId, rows.stream().flatMap(r -> r.people().stream()).toList());
        Function<UUID, String> lookup = id -> id == null ? null : names.get(id);
        return rows.stream().map(r -> r.complete().apply(lookup)).toList();
    }

    public <T> Page<T> complete(UUID organisationId, Page<Awaiting<T>> rows) {
        return new Page<>(complete(organisationId, rows.items()), rows.page(), rows.size(), rows.hasMore(), rows.total());
    }

    public <T> Optional<T> complete(UUID organisationId, Optional<Awaiting<T>> row) {
        return row.map(r -> complete(organisationId, List.of(r)).getFirst());
    }
}
