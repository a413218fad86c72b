package org.therapyassist.equipment;

import io.swagger.v3.oas.annotations.media.Schema;

/** A kind of equipment: tracked one by one (an asset with a label) or counted as stock, and how it is inspected. */
public record ItemType(String code, String name, @Schema(allowableValues = {
        "BATHING", "BEDS", "KITCHEN",
        "MOVING_AND_HANDLING", "PRESSURE_CARE", "TOILETING", "WALKING_AID", "WHEELCHAIR"}) String category,
        Tracking tracking, InspectionRegime inspectionRegime,
        Integer inspectionMonths) {

    public enum Tracking { ASSET, STOCK }

    /** LOLER thorough examination for equipment that lifts people; electrical safety testing; or none. */
    public enum InspectionRegime {
        LOLER, ELECTRICAL, NONE
    }

    public boolean isAsset() {
        return tracking == Tracking.ASSET;
    }
}
