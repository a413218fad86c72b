package org.therapyassist.careplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * The rows of an episode's programme (table {@code programme_item}), which careplans owns: the episode shows them, the
 * exercises module prescribes and progresses them through this class, and a session record copies what was prescribed.
 * Who may change what, and the limits, are the callers' rules ({@code exercises.ProgrammeRules}); this keeps the rows,
 * their order and their versions (a stale version changes nothing and answers {@code false}).
 */
@Service
@Transactional
public class ProgrammeItems {

    /**
     * The most active items an episode's programme may hold: a home exercise sheet a patient can follow, and a list
     * that every page and the API can show whole.
     */
    public static final int MAX_ACTIVE = 30;

    private final JdbcClient jdbc;

    ProgrammeItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One active item as stored; {@code exerciseId} names the library exercise it came from, if any. */
    public record Item(UUID id, UUID episodeId, int position, String activity, UUID exerciseId, Integer sets,
            Integer repetitions, Integer holdSeconds, String frequency, Integer maxSets, Integer maxRepetitions,
            Integer maxHoldSeconds, String progressionLimits, String note, int version) {
    }

    /** A new item, prescribed by {@code by}; the position is after every item the episode has had. */
    public record NewItem(UUID episodeId, String activity, UUID exerciseId, Integer sets, Integer repetitions,
            Integer holdSeconds, String frequency, Integer maxSets, Integer maxRepetitions, Integer maxHoldSeconds,
            String progressionLimits, String note) {
    }

    /** What a change sets: the dose, how often, the limits and the notes. */
    public record Dose(Integer sets, Integer repetitions, Integer holdSeconds, String frequency, Integer maxSets,
            Integer maxRepetitions, Integer maxHoldSeconds, String progressionLimits, String note) {
    }

    /** The episode's active items in order. */
    @Transactional(readOnly = true)
    public List<Item> active(UUID organisationId, UUID episodeId) {
        return jdbc.sql("select * from programme_item where organisation_id = ? and episode_id = ? and active = true "
                + "order by position")
                .params(organisationId, episodeId).query(ProgrammeItems::map).list();
    }

    /** Several episodes' active items in order, by episode (episodes without any are left out). */
    @Transactional(readOnly = true)
    public Map<UUID, List<Item>> active(UUID organisationId, Collection<UUID> episodeIds) {
        Map<UUID, List<Item>> out = new HashMap<>();
        if (episodeIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select * from programme_item where organisation_id = :org and episode_id in (:ids) and active = true "
                + "order by position")
                .param("org", organisationId).param("ids", List.copyOf(episodeIds))
                .query(ProgrammeItems::map).list()
                .forEach(item -> out.computeIfAbsent(item.episodeId(), k -> new ArrayList<>()).add(item));
        return out;
    }

    /** The episode of an active item, if there is one in this organisation. */
    @Transactional(readOnly = true)
    public Optional<UUID> episodeOf(UUID organisationId, UUID itemId) {
        return jdbc.sql("select episode_id from programme_item where organisation_id = ? and id = ? and active = true")
                .params(organisationId, itemId).query(UUID.class).optional();
    }

    /** Refuses a new item when the episode's programme is full (400 on the field that adds it). */
    @Transactional(readOnly = true)
    public void requireRoom(UUID organisationId, UUID episodeId, String field) {
        long active = jdbc.sql(
                "select count(*) from programme_item where organisation_id = ? and episode_id = ? and active = true")
                .params(organisationId, episodeId).query(Long.class).single();
        if (active >= MAX_ACTIVE) {
            throw new InvalidInputException(
                    Map.of(field, Messages.text("careplans.refusal.programme-full", MAX_ACTIVE)));
        }
    }

    /** Adds an item at the end and returns its id; the caller has checked who may, the dose and the room. */
    public UUID add(UUID organisationId, UUID by, Instant at, NewItem item) {
        // After the maximum of all rows, removed ones included, so a new item never shares a position (moves swap
        // them).
        Integer last = jdbc.sql("select max(position) from programme_item where organisation_id = ? and episode_id = ?")
                .params(organisationId, item.episodeId()).query(Integer.class).optional().orElse(null);
        UUID id = Ids.newId();
        jdbc.sql("insert into programme_item (id, organisation_id, episode_id, position, activity, sets, repetitions, "
                + "frequency, progression_limits, created_at, created_by, exercise_id, hold_seconds, max_sets, "
                + "max_repetitions, max_hold_seconds, note, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, organisationId, item.episodeId(), last == null ? 1 : last + 1, item.activity(), item.sets(),
                        item.repetitions(), item.frequency(), item.progressionLimits(), Time.db(at), by,
                        item.exerciseId(), item.holdSeconds(), item.maxSets(), item.maxRepetitions(),
                        item.maxHoldSeconds(), item.note())
                .update();
        return id;
    }

    /** Sets an active item's dose and limits if it is still at {@code version}; false when it is not. */
    public boolean change(UUID organisationId, UUID itemId, int version, Dose dose, UUID by, Instant at) {
        return jdbc.sql("update programme_item set sets = ?, repetitions = ?, hold_seconds = ?, frequency = ?, "
                + "max_sets = ?, max_repetitions = ?, max_hold_seconds = ?, progression_limits = ?, note = ?, "
                + "version = version + 1, updated_at = ?, updated_by = ? "
                + "where organisation_id = ? and id = ? and active = true and version = ?")
                .params(dose.sets(), dose.repetitions(), dose.holdSeconds(), dose.frequency(), dose.maxSets(),
                        dose.maxRepetitions(), dose.maxHoldSeconds(), dose.progressionLimits(), dose.note(),
                        Time.db(at), by, organisationId, itemId, version)
                .update() == 1;
    }

    /**
     * Swaps two items' places: {@code item} (still at {@code version}) takes {@code neighbour}'s position and the
     * neighbour takes {@code item}'s. False, and nothing changed, when the item has moved on.
     */
    public boolean swap(UUID organisationId, Item item, int version, Item neighbour) {
        if (jdbc.sql(
                "update programme_item set position = ?, version = version + 1 where organisation_id = ? and id = ? "
                        + "and version = ?")
                .params(neighbour.position(), organisationId, item.id(), version).update() != 1) {
            return false;
        }
        jdbc.sql("update programme_item set position = ?, version = version + 1 where organisation_id = ? and id = ?")
                .params(item.position(), organisationId, neighbour.id()).update();
        return true;
    }

    /** Takes an item off the programme if it is still at {@code version}; the row is kept. */
    public boolean remove(UUID organisationId, UUID itemId, int version, UUID by, Instant at) {
        return jdbc.sql("update programme_item set active = false, version = version + 1, updated_at = ?, "
                + "updated_by = ? where organisation_id = ? and id = ? and active = true and version = ?")
                .params(Time.db(at), by, organisationId, itemId, version).update() == 1;
    }

    private static Item map(ResultSet rs, int n) throws SQLException {
        return new Item(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class), rs.getInt("position"),
                rs.getString("activity"), rs.getObject("exercise_id", UUID.class), (Integer) rs.getObject("sets"),
                (Integer) rs.getObject("repetitions"), (Integer) rs.getObject("hold_seconds"),
                rs.getString("frequency"),
                (Integer) rs.getObject("max_sets"), (Integer) rs.getObject("max_repetitions"),
                (Integer) rs.getObject("max_hold_seconds"), rs.getString("progression_limits"), rs.getString("note"),
                rs.getInt("version"));
    }
}
