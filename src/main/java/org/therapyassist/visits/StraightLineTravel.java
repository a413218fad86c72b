package org.therapyassist.visits;

/**
 * Travel time from the great-circle (haversine) distance, stretched by a road factor for the way roads wind, at an
 * average urban speed. Good enough to order a day's visits in one town; a routing engine can replace it.
 */
public record StraightLineTravel(double roadFactor, double kilometresPerHour) implements TravelTimes {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public StraightLineTravel {
        if (roadFactor < 1 || kilometresPerHour <= 0) {
            throw new IllegalArgumentException("A road factor of at least 1 and a positive speed are needed");
        }
    }

    /** Roads about 1.3 times the straight line, at 25 km/h: a town's average with junctions and parking. */
    public static StraightLineTravel urban() {
        return new StraightLineTravel(1.3, 25);
    }

    @Override
    public int seconds(Location from, Location to) {
        double km = kilometres(from, to) * roadFactor;
        return (int) Math.round(km / kilometresPerHour * 3600);
    }

    static double kilometres(Location a, Location b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
