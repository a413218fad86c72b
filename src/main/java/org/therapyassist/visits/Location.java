package org.therapyassist.visits;

/** A point on the map in WGS84 degrees: a patient's home or a worker's base. */
public record Location(double latitude, double longitude) {

    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
        }
    }
}
