package org.therapyassist.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffDirectory;

/** The organisation's equipment stores. */
@Service
public class Stores {

    /** The team's name comes from the staff directory, which owns teams ({@link #named}). */
    private static final String SELECT = "select s.id, s.organisation_id, s.team_id, s.name, s.kind from equipment_store s ";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    Stores(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /** The organisation's stores by name, a page at a time. */
    public Page<Store> of(UUID organisationId, PageRequest page) {
        Page<Store> bare = PagedQuery.of(jdbc, page, SELECT + "where s.organisation_id = ?", "s.name, s.id",
                Stores::map,
                organisationId);
        return new Page<>(named(organisationId, bare.items()), bare.page(), bare.size(), bare.hasMore(), bare.total());
    }

    public List<Store> of(UUID organisationId) {
        return named(organisationId,
                jdbc.sql(SELECT + "where s.organisation_id = ? order by s.name").param(organisationId)
                        .query(Stores::map).list());
    }

    public Store require(UUID organisationId, UUID storeId) {
        return named(organisationId, List.of(jdbc.sql(SELECT + "where s.organisation_id = ? and s.id = ?")
                .params(organisationId, storeId).query(Stores::map).optional()
                .orElseThrow(() -> new NotFoundException("equipment.store-not-found",
                        Messages.text("equipment.refusal.store-not-found")))))
                .getFirst();
    }

    private List<Store> named(UUID organisationId, List<Store> stores) {
        Map<UUID, String> teams = staff.teamNames(organisationId,
                stores.stream().map(Store::teamId).filter(Objects::nonNull).toList());
        return stores.stream().map(s -> new Store(s.id(), s.organisationId(), s.teamId(),
                s.teamId() == null ? null : teams.get(s.teamId()), s.name(), s.kind())).toList();
    }

    /**
     * A team lead opens a store (a ward store, a community base, a central store); names are unique per organisation.
     */
    @org.springframework.transaction.annotation.Transactional
    public Store open(CurrentUser user, UUID teamId, String name, Store.Kind kind) {
        requireLead(user);
        Map<String, String> errors = new HashMap<>();
        String n = Text.blankToNull(name);
        if (n == null || n.length() > 120) {
            errors.put("name", Messages.text("equipment.field.store.name"));
        }
        if (kind == null) {
            errors.put("kind", Messages.text("equipment.field.store.kind"));
        }
        if (teamId != null && staff.teamNames(user.organisationId(), List.of(teamId)).isEmpty()) {
            errors.put("teamId", Messages.text("equipment.field.team.list"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (jdbc.sql("select count(*) from equipment_store where organisation_id = ? and lower(name) = lower(?)")
                .params(user.organisationId(), n.strip()).query(Long.class).single() > 0) {
            throw new ConflictException("equipment.store-name-taken",
                    Messages.text("equipment.refusal.store-name-taken", n.strip()));
        }
        UUID id = Ids.newId();
        jdbc.sql("insert into equipment_store (id, organisation_id, team_id, name, kind) values (?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), teamId, n.strip(), kind.name()).update();
        return require(user.organisationId(), id);
    }

    /** When a counted item is reordered in this store, and how many; a lead sets it. */
    @org.springframework.transaction.annotation.Transactional
    public void setReorderLevel(CurrentUser user, UUID storeId, ItemType item, Integer level,
            Integer quantity) {
        requireLead(user);
        require(user.organisationId(), storeId);
        Map<String, String> errors = new HashMap<>();
        if (item.isAsset()) {
            errors.put("levelItemCode", Messages.text("equipment.field.level.asset"));
        }
        if (level == null || level < 0 || level > 1000) {
            errors.put("reorderLevel", Messages.text("equipment.field.level.range"));
        }
        if (quantity == null || quantity < 1 || quantity > 1000) {
            errors.put("reorderQuantity", Messages.text("equipment.field.level.quantity"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (jdbc.sql(
                "update equipment_stock_level set reorder_level = ?, reorder_quantity = ? where store_id = ? and item_code = ?")
                .params(level, quantity, storeId, item.code()).update() == 0) {
            jdbc.sql(
                    "insert into equipment_stock_level (store_id, item_code, reorder_level, reorder_quantity) values (?, ?, ?, ?)")
                    .params(storeId, item.code(), level, quantity).update();
        }
    }

    private static void requireLead(CurrentUser user) {
        if (!user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("equipment.team-leads-only",
                    Messages.text("equipment.refusal.team-leads-only"));
        }
    }

    private static Store map(ResultSet rs, int n) throws SQLException {
        return new Store(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), null,
                rs.getString(4), Store.Kind.valueOf(rs.getString(5)));
    }
}
