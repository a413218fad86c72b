package org.therapyassist.staff;

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
 * Names of staff and teams for rows another module reads with only their ids ("issued by", "the team referred to"): the
 * staff directory owns them, so a module reads its own table, then completes a whole list or page with one lookup
 * here. A row is read as {@link Awaiting}: the people and teams it names, and how to build it once their names are
 * known.
 */
@Service
@Transactional(readOnly = true)
public class StaffNames {

    private final StaffDirectory directory;

    StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    /** Names found for a list of rows; null for an id that is null or not of this organisation. */
    public interface Lookup {
        String person(UUID staffId);

        String team(UUID teamId);
    }

    /** A row waiting for names; {@code complete} builds it from the lookup. */
    public record Awaiting<T>(Collection<UUID> people, Collection<UUID> teams, Function<Lookup, T> complete) {
    }

    /** A row naming these people (nulls are ignored: "resolved by" on an open fault). */
    public static <T> Awaiting<T> awaiting(Function<Lookup, T> complete, UUID... people) {
        return new Awaiting<>(present(people), List.of(), complete);
    }

    /** A row naming people and teams. */
    public static <T> Awaiting<T> awaiting(Function<Lookup, T> complete, UUID[] people, UUID... teams) {
        return new Awaiting<>(present(people), present(teams), complete);
    }

    public <T> List<T> complete(UUID organisationId, List<Awaiting<T>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> people = directory.names(organisationId,
                rows.stream().flatMap(r -> r.people().stream()).toList());
        List<UUID> teamIds = rows.stream().flatMap(r -> r.teams().stream()).distinct().toList();
        Map<UUID, String> teams = teamIds.isEmpty() ? Map.of() : directory.teamNames(organisationId, teamIds);
        Lookup lookup = new Lookup() {
            @Override
            public String person(UUID staffId) {
                return staffId == null ? null : people.get(staffId);
            }

            @Override
            public String team(UUID teamId) {
                return teamId == null ? null : teams.get(teamId);
            }
        };
        return rows.stream().map(r -> r.complete().apply(lookup)).toList();
    }

    public <T> Page<T> complete(UUID organisationId, Page<Awaiting<T>> rows) {
        return new Page<>(complete(organisationId, rows.items()), rows.page(), rows.size(), rows.hasMore(),
                rows.total());
    }

    public <T> Optional<T> complete(UUID organisationId, Optional<Awaiting<T>> row) {
        return row.map(r -> complete(organisationId, List.of(r)).getFirst());
    }

    private static List<UUID> present(UUID... ids) {
        return Arrays.stream(ids).filter(Objects::nonNull).toList();
    }
}
