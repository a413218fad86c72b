package org.therapyassist.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.Assets;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * The equipment a delegated task uses, named by its label (a hoist and its sling). Equipment, safety and competence
 * joined: an asset past its LOLER examination, quarantined or retired is refused when it is named, when the task is
 * accepted and at every visit recorded against it (hazard H29).
 */
@Service
public class DelegationEquipment {

    private final JdbcClient jdbc;
    private final Assets assets;
    private final Clock clock;

    DelegationEquipment(JdbcClient jdbc, Assets assets, Clock clock) {
        this.jdbc = jdbc;
        this.assets = assets;
        this.clock = clock;
    }

    /** Task types that lift a person: a visit may be recorded only with the hoist and the sling named. */
    static final Set<String> LIFTING_TASKS = Set.of("HOIST_TRANSFER");

    /**
     * What a lifting task still lacks before anyone is lifted: "a hoist", "a sling", or nothing. The named assets'
     * inspections and status are checked separately; this only asks whether they were named at all.
     */
    /** Whether the task lifts a person, so its hoist and sling must be named before a visit is recorded. */
    public static boolean lifts(String taskTypeCode) {
        return LIFTING_TASKS.contains(taskTypeCode);
    }

    static List<String> missingForLift(String taskTypeCode, List<Asset> named) {
        if (!LIFTING_TASKS.contains(taskTypeCode)) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        if (named.stream().noneMatch(a -> a.itemCode().endsWith("_HOIST"))) {
            missing.add("a hoist");
        }
        if (named.stream().noneMatch(a -> a.itemCode().equals("SLING"))) {
            missing.add("a sling");
        }
        return missing;
    }

    /**
     * The registrant names equipment when delegating; the worker the task was given to may also scan the labels of
     * the hoist and sling in the patient's home. Either way each is checked before it is accepted.
     */
    @Transactional
    public Asset attach(CurrentUser user, UUID delegationId, String label) {
        var row = jdbc.sql("select status, worker_id from delegation where organisation_id = ? and id = ?")
                .params(user.organisationId(), delegationId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).optional()
                .orElseThrow(() -> new NotFoundException("delegation.not-found",
                        Messages.text("delegation.refusal.not-found")));
        String status = row.getKey();
        boolean assignedWorker = row.getValue().equals(user.staffId()) && status.equals("ACCEPTED");
        if (!user.isRegistrant() && !assignedWorker) {
            throw new NotAllowedException("delegation.delegator-not-registered",
                    Messages.text("delegation.refusal.equipment-not-allowed"));
        }
        if (!status.equals("OFFERED") && !status.equals("ACCEPTED")) {
            throw new ConflictException("delegation.closed", Messages.text("delegation.refusal.closed"));
        }
        String wanted = Text.blankToNull(label);
        if (wanted == null) {
            throw new InvalidInputException(Map.of("assetLabel", Messages.text("delegation.refusal.label.blank")));
        }
        Asset asset = assets.byLabel(user.organisationId(), wanted.strip().toUpperCase(Locale.ROOT))
                .or(() -> assets.byLabel(user.organisationId(), wanted.strip()))
                .orElseThrow(() -> new InvalidInputException(
                        Map.of("assetLabel", Messages.text("delegation.refusal.label.unknown", wanted.strip()))));
        assets.requireUsable(asset, Time.today(clock));
        try {
            jdbc.sql("insert into delegation_equipment (delegation_id, asset_id, organisation_id, added_by, added_at) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(delegationId, asset.id(), user.organisationId(), user.staffId(), Time.db(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("delegation.equipment-already-named",
                    Messages.text("delegation.refusal.equipment-already-named", asset.label()));
        }
        return asset;
    }

    /** The equipment named for a task, in the order named, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Asset> of(UUID organisationId, UUID delegationId, PageRequest page) {
        return PagedQuery
                .of(jdbc, page, "select asset_id",
                        "from delegation_equipment where organisation_id = ? and delegation_id = ?",
                        "added_at, asset_id", (rs, n) -> rs.getObject(1, UUID.class), organisationId, delegationId)
                .map(id -> assets.require(organisationId, id));
    }

    @Transactional(readOnly = true)
    public List<Asset> of(UUID organisationId, UUID delegationId) {
        return jdbc.sql(
                "select asset_id from delegation_equipment where organisation_id = ? and delegation_id = ? order by added_at")
                .params(organisationId, delegationId).query(UUID.class).list().stream()
                .map(id -> assets.require(organisationId, id)).toList();
    }

    /** Every asset named for the task is safe to use on the day; otherwise the action is refused. */
    void requireUsable(UUID organisationId, UUID delegationId, LocalDate day) {
        requireUsable(of(organisationId, delegationId), day);
    }

    /**
     * Before a visit is recorded: everything named is safe to use on the day, and a lifting task has its hoist and
     * sling named (and so checked); otherwise refused. The named equipment is read once for both.
     */
    void requireReadyForVisit(UUID organisationId, UUID delegationId, String taskTypeCode, LocalDate day) {
        List<Asset> named = of(organisationId, delegationId);
        requireUsable(named, day);
        requireNamedForLift(taskTypeCode, named);
    }

    private void requireUsable(List<Asset> named, LocalDate day) {
        for (Asset asset : named) {
            assets.requireUsable(asset, day);
        }
    }

    private static void requireNamedForLift(String taskTypeCode, List<Asset> named) {
        List<String> missing = missingForLift(taskTypeCode, named);
        if (!missing.isEmpty()) {
            throw new RefusedException("delegation.lifting-equipment-not-named",
                    Messages.text("delegation.refusal.lifting." + String.join("-and-",
                            missing.stream().map(m -> m.substring(m.indexOf(' ') + 1)).toList())));
        }
    }
}
