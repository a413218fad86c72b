package org.therapyassist.careplans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.therapyassist.platform.web.Messages;

/**
 * Goal Attainment Scaling (Kiresuk and Sherman): each goal scored −2 to +2 (0 = the expected outcome) with a weight;
 * T = 50 + 10·Σ(wx) / √((1−ρ)Σw² + ρ(Σw)²) with ρ = 0.3. All goals at the expected level give 50.
 */
public final class GoalAttainment {

    public static final double RHO = 0.3;

    private GoalAttainment() {
    }

    public record Scored(int weight, int level) {

        public Scored {
            if (weight < 1 || weight > 10) {
                throw new IllegalArgumentException("Weight must be between 1 and 10");
            }
            if (level < -2 || level > 2) {
                throw new IllegalArgumentException("Level must be between -2 and +2");
            }
        }
    }

    /** The T-score to one decimal place, or null when no goal has been scored. */
    public static BigDecimal tScore(List<Scored> goals) {
        if (goals.isEmpty()) {
            return null;
        }
        double sumWx = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (Scored g : goals) {
            sumWx += g.weight() * g.level();
            sumW += g.weight();
            sumW2 += (double) g.weight() * g.weight();
        }
        double t = 50 + 10 * sumWx / Math.sqrt((1 - RHO) * sumW2 + RHO * sumW * sumW);
        return BigDecimal.valueOf(t).setScale(1, RoundingMode.HALF_UP);
    }

    public static String levelTitle(int level) {
        return level >= -2 && level <= 2 ? Messages.text("careplans.level." + level) : String.valueOf(level);
    }
}
