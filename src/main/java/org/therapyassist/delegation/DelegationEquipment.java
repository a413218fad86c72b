package org.therapyassist.delegation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;

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

    @Transactional
    public Asset attach(CurrentUser user, UUID delegationId, String label) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("delegation.delegator-not-registered",
                    "Only a registered professional can name the equipment for a delegated task.");
        }
        String status = jdbc.sql("select status from delegation where organisation_id = ? and id = ?")
                .params(user.organisationId(), delegationId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("delegation.not-found", "There is no such delegation."));
        if (!status.equals("OFFERED") && !status.equals("ACCEPTED")) {
            throw new ConflictException("delegation.closed", "This delegation is no longer open.");
        }
        String wanted = Text.blankToNull(label);
        if (wanted == null) {
            throw new InvalidInputException(Map.of("assetLabel", "Enter or scan the equipment's label"));
        }
        Asset asset = assets.byLabel(user.organisationId(), wanted.strip().toUpperCase(java.util.Locale.ROOT))
                .or(() -> assets.byLabel(user.organisationId(), wanted.strip()))
                .orElseThrow(() -> new InvalidInputException(Map.of("assetLabel", "There is no equipment labelled " + wanted.strip())));
        assets.requireUsable(asset, Time.today(clock));
        try {
            jdbc.sql("insert into delegation_equipment (delegation_id, asset_id, organisation_id, added_by, added_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(delegationId, asset.id(), user.organisationId(), user.staffId(), Time.db(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("delegation.equipment-already-named", asset.label() + " is already named for this task.");
        }
        return asset;
    }

    @Transactional(readOnly = true)
    public List<Asset> of(UUID organisationId, UUID delegationId) {
        return jdbc.sql("select asset_id from delegation_equipment where organisation_id = ? and delegation_id = ? order by added_at")
                .params(organisationId, delegationId).query(UUID.class).list().stream()
                .map(id -> assets.require(organisationId, id)).toList();
    }

    /** Every asset named for the task is safe to use on the day; otherwise the action is refused. */
    void requireUsable(UUID organisationId, UUID delegationId, LocalDate day) {
        for (Asset asset : of(organisationId, delegationId)) {
            assets.requireUsable(asset, day);
        }
    }
}
