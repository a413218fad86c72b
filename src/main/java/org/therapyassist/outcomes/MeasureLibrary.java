package org.therapyassist.outcomes;

import static org.therapyassist.outcomes.Measure.Tone.CAUTION;
import static org.therapyassist.outcomes.Measure.Tone.CONCERN;
import static org.therapyassist.outcomes.Measure.Tone.GOOD;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.therapyassist.outcomes.Measure.Band;
import org.therapyassist.outcomes.Measure.Item;
import org.therapyassist.outcomes.Measure.TotalRule;

/**
 * The built-in measures: all free to use. Licensed instruments (Barthel, FIM, COPM, EQ-5D, Oxford scores) are
 * deliberately absent; a service that holds a licence adds its own measure. Codes are only given where they were
 * confirmed against published terminology content; the others are null rather than guessed.
 */
public final class MeasureLibrary {

    public static final String SNOMED = "http://snomed.info/sct";

    public static final String TUG = "TUG";
    public static final String CHAIR_STAND = "CHAIR_STAND_30S";
    public static final String BERG = "BERG";
    public static final String TEN_METRE_WALK = "WALK_10M";
    public static final String SIX_MINUTE_WALK = "WALK_6MIN";
    public static final String EMS = "EMS";
    public static final String PAIN = "PAIN_NRS";
    public static final String PSFS = "PSFS";

    private static final List<Measure> ALL = List.of(tug(), chairStand(), berg(), tenMetreWalk(), sixMinuteWalk(),
            ems(),
            pain(), psfs());

    private MeasureLibrary() {
    }

    public static List<Measure> all() {
        return ALL;
    }

    public static Optional<Measure> find(String key) {
        return ALL.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public static Measure require(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("No built-in measure " + key));
    }

    private static Measure tug() {
        return new Measure(TUG, "Timed Up and Go", "TUG", "s", TotalRule.SINGLE, 1, false, SNOMED, "444781002",
                "Timed up and go mobility test (assessment scale)",
                List.of(new Item("seconds", "Time in seconds", 1, 300, 1, List.of(),
                        "Stand from a chair of about 46 cm, walk 3 metres, turn, walk back and sit; usual walking aid allowed")),
                List.of(new Band(0, 10, "Typical (under 10 seconds)", GOOD),
                        new Band(10, 12, "Slower than typical (10 to 11.9 seconds)", CAUTION),
                        new Band(12, 300, "Raised risk of falls (12 seconds or more)", CONCERN)),
                false, false, "Seconds to stand, walk 3 metres, turn, return and sit.",
                "12 seconds or more suggests a raised risk of falls (CDC STEADI).");
    }

    private static Measure chairStand() {
        // Bands depend on the patient's age and the norm group chosen; see ChairStandNorms.
        return new Measure(CHAIR_STAND, "30-second chair stand", "Chair stand", "stands", TotalRule.SINGLE, 0, true,
                SNOMED,
                "450736002", "30 second chair stand test (assessment scale)",
                List.of(new Item("stands", "Full stands in 30 seconds", 0, 60, 0, List.of(),
                        "Arms crossed on the chest; if the patient has to use their arms, the score is 0")),
                List.of(), false, false, "Full stands from a chair in 30 seconds, arms crossed.",
                "Compared with age and sex norms for people aged 60 to 94; below the threshold is below average.");
    }

    private static Measure berg() {
        String[] names = {"Sitting to standing", "Standing unsupported", "Sitting unsupported", "Standing to sitting",
                "Transfers", "Standing with eyes closed", "Standing with feet together",
                "Reaching forward with outstretched arm",
                "Picking up an object from the floor", "Turning to look behind", "Turning 360 degrees",
                "Placing alternate foot on a step or stool", "Standing with one foot in front", "Standing on one leg"};
        // What the top and bottom scores of each item look like, in our own short words, shown beside the scores.
        String[] anchors = {
                "4: stands without using the hands and steadies alone. 0: needs moderate or more help to stand.",
                "4: stands safely for 2 minutes. 0: cannot stand for 30 seconds without support.",
                "4: sits safely for 2 minutes, back unsupported. 0: cannot sit for 10 seconds without support.",
                "4: sits down safely, hardly using the hands. 0: needs help to sit down.",
                "4: transfers safely, hardly using the hands. 0: needs two people, or one to supervise, to be safe.",
                "4: stands safely for 10 seconds. 0: needs help to keep from falling.",
                "4: puts feet together alone and stands for 1 minute. 0: needs help into position, cannot hold 15 seconds.",
                "4: reaches forward more than 25 cm confidently. 0: loses balance or needs support.",
                "4: picks the object up safely and easily. 0: cannot try, or needs help to keep from falling.",
                "4: looks behind both ways, shifting weight well. 0: needs help to keep from falling.",
                "4: turns a full circle both ways in 4 seconds or less. 0: needs help while turning.",
                "4: stands alone and makes 8 steps in 20 seconds. 0: needs help to keep from falling, or cannot try.",
                "4: puts one foot right in front of the other alone, holds 30 seconds. 0: loses balance stepping or standing.",
                "4: lifts a leg alone and holds it for more than 10 seconds. 0: cannot try, or needs help to keep from falling."};
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            items.add(new Item("item" + (i + 1), (i + 1) + ". " + names[i], 0, 4, 0, List.of(), anchors[i]));
        }
        return new Measure(BERG, "Berg Balance Scale", "Berg", "points", TotalRule.SUM, 0, true, null, null, null,
                items,
                List.of(new Band(0, 20, "High risk of falls (0 to 20)", CONCERN),
                        new Band(21, 40, "Medium risk of falls (21 to 40)", CAUTION),
                        new Band(41, 56, "Low risk of falls (41 to 56)", GOOD)),
                false, false, "14 balance tasks each scored 0 to 4; total 0 to 56.",
                "0 to 20 high, 21 to 40 medium, 41 to 56 low risk of falls. No SNOMED CT or LOINC code confirmed: none is sent.");
    }

    private static Measure tenMetreWalk() {
        return new Measure(TEN_METRE_WALK, "10-metre walk test", "10 m walk", "m/s", TotalRule.SPEED_10M, 2, true, null,
                null,
                null, List.of(new Item("seconds", "Time over the middle 10 metres, in seconds", 1, 300, 1, List.of(),
                        "Walk 14 metres; time the middle 10 metres at the patient's comfortable speed")),
                List.of(new Band(0, 0.4, "Household walker (under 0.4 m/s)", CONCERN),
                        new Band(0.4, 0.81, "Limited community walker (0.4 to 0.8 m/s)", CAUTION),
                        new Band(0.81, 2.5, "Community walker (over 0.8 m/s)", GOOD)),
                false, false, "Speed is worked out as 10 divided by the seconds taken.",
                "Under 0.4 m/s household, 0.4 to 0.8 limited community, over 0.8 community walker. No code confirmed.");
    }

    private static Measure sixMinuteWalk() {
        return new Measure(SIX_MINUTE_WALK, "6-minute walk test", "6MWT", "m", TotalRule.SINGLE, 0, true, null, null,
                null,
                List.of(new Item("metres", "Distance walked in 6 minutes, in metres", 0, 1000, 0, List.of(),
                        "On a 30 metre course; rests allowed, the clock keeps running")),
                List.of(), false, false, "Metres walked in 6 minutes.",
                "Compare with the patient's own earlier results. Predicted distances are not built in until the "
                        + "reference equation has been checked. No code confirmed.");
    }

    private static Measure ems() {
        List<Item> items = List.of(
                new Item("lyingToSitting", "1. Lying to sitting", 0, 2, 0, List.of(),
                        "2 independent, 1 needs help of one, 0 needs help of two or more"),
                new Item("sittingToLying", "2. Sitting to lying", 0, 2, 0, List.of(),
                        "2 independent, 1 needs help of one, 0 needs help of two or more"),
                new Item("sitToStand", "3. Sitting to standing", 0, 3, 0, List.of(),
                        "3 independent in under 3 seconds, 2 independent in over 3 seconds, 1 needs help of one, 0 needs help of two or more"),
                new Item("standing", "4. Standing", 0, 3, 0, List.of(),
                        "3 stands without support and can reach, 2 stands without support but needs support to reach, 1 stands but needs support, 0 stands only with physical support"),
                new Item("gait", "5. Gait", 0, 3, 0, List.of(),
                        "3 independent (with or without an aid), 2 independent with a frame, 1 mobile with an aid but erratic or unsafe, 0 needs physical help or constant supervision"),
                new Item("timedWalk", "6. Timed walk (6 metres)", 0, 3, 0, List.of(),
                        "3 under 15 seconds, 2 16 to 30 seconds, 1 over 30 seconds, 0 unable to cover 6 metres"),
                new Item("functionalReach", "7. Functional reach", 0, 4, 0, List.of(0, 2, 4),
                        "4 over 20 cm, 2 10 to 20 cm, 0 under 10 cm or unable"));
        return new Measure(EMS, "Elderly Mobility Scale", "EMS", "points", TotalRule.SUM, 0, true, null, null, null,
                items,
                List.of(new Band(0, 10, "Dependent in mobility (under 10)", CONCERN),
                        new Band(10, 14, "Borderline (10 to 13)", CAUTION),
                        new Band(14, 20, "Independent in basic mobility (14 or more)", GOOD)),
                false, false, "Seven items, total 0 to 20.",
                "14 or more independent, 10 to 13 borderline, under 10 dependent. No code confirmed.");
    }

    private static Measure pain() {
        return new Measure(PAIN, "Numeric pain rating", "Pain", "/10", TotalRule.SINGLE, 0, false, SNOMED, "1284852002",
                "Numeric Pain Rating Scale (assessment scale)",
                List.of(new Item("rating", "Pain now, 0 (no pain) to 10 (worst imaginable)", 0, 10, 0, List.of(),
                        null)),
                List.of(new Band(0, 1, "No pain", GOOD), new Band(1, 4, "Mild (1 to 3)", GOOD),
                        new Band(4, 7, "Moderate (4 to 6)", CAUTION), new Band(7, 10, "Severe (7 to 10)", CONCERN)),
                false, false, "The patient's own rating from 0 to 10.",
                "A change of about 2 points (about 30%) is meaningful.");
    }

    private static Measure psfs() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(new Item("activity" + i, "Activity " + i, 0, 10, 0, List.of(),
                    "0 unable to do the activity, 10 able to do it as before"));
        }
        return new Measure(PSFS, "Patient-Specific Functional Scale", "PSFS", "mean /10", TotalRule.MEAN, 1, true, null,
                null,
                null, items, List.of(), true, false,
                "Up to 5 activities the patient finds hard, each rated 0 to 10; the score is the mean.",
                "A change of 2 in the mean, or 3 in one activity, is a real change. No code confirmed.");
    }
}
