package org.therapyassist.visits;

/**
 * How long it takes to get from one place to another, in seconds. The straight-line estimate is the one shipped; a
 * road-routing engine (an OSRM or Valhalla table) can take its place without the planner changing.
 */
public interface TravelTimes {

    int seconds(Location from, Location to);
}
