package org.therapyassist.visits.planning;

/** Travel seconds between every pair of places of one problem, worked out once before solving. */
public final class TravelMatrix {

    private final int[][] seconds;

    public TravelMatrix(int[][] seconds) {
        this.seconds = seconds;
    }

    public int seconds(int from, int to) {
        return seconds[from][to];
    }
}
