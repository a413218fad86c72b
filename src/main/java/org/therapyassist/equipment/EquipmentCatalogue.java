package org.therapyassist.equipment;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.Messages;

/** The national catalogue of equipment item types. */
@Service
public class EquipmentCatalogue {

    private final JdbcClient jdbc;

    EquipmentCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ItemType> all() {
        return jdbc.sql(
                "select code, name, category, tracking, inspection_regime, inspection_months from equipment_item_type "
                        + "order by category, name")
                .query((rs, n) -> new ItemType(rs.getString(1), rs.getString(2), rs.getString(3),
                        ItemType.Tracking.valueOf(rs.getString(4)), ItemType.InspectionRegime.valueOf(rs.getString(5)),
                        (Integer) rs.getObject(6)))
                .list();
    }

    /** The item type, or a field error on {@code field} naming what was wrong. */
    public ItemType require(String code, String field) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        Map.of(field, Messages.text("equipment.field.item.catalogue"))));
    }
}
