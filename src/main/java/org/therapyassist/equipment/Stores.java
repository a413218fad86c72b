package org.therapyassist.equipment;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.NotFoundException;

/** The organisation's equipment stores. */
@Service
public class Stores {

    private static final String SELECT = "select s.id, s.organisation_id, s.team_id, t.name, s.name, s.kind from equipment_store s "
            + "left join team t on t.id = s.team_id ";

    private final JdbcClient jdbc;

    Stores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Store> of(UUID organisationId) {
        return jdbc.sql(SELECT + "where s.organisation_id = ? order by s.name").param(organisationId).query(Stores::map).list();
    }

    public Store require(UUID organisationId, UUID storeId) {
        return jdbc.sql(SELECT + "where s.organisation_id = ? and s.id = ?").params(organisationId, storeId)
                .query(Stores::map).optional()
                .orElseThrow(() -> new NotFoundException("equipment.store-not-found", "There is no such store."));
    }

    private static Store map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Store(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), Store.Kind.valueOf(rs.getString(6)));
    }
}
