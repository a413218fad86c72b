package org.therapyassist.pulse;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.therapyassist.pulse.PulseRules.AnswerBand;
import org.therapyassist.pulse.PulseRules.GroupKind;
import org.therapyassist.pulse.PulseRules.HiddenBecause;
import org.therapyassist.pulse.PulseRules.ReleasedGroup;

/**
 * The pulse results a team lead may see: the released months from firstMonth to lastMonth, newest first, each exactly
 * as it was released; and the next month to be released (the one still open, or just closed), with the day it will be.
 */
public record PulseResults(LocalDate firstMonth, LocalDate lastMonth, List<Month> months, LocalDate nextMonth,
        LocalDate nextReleasedOn) {

    /** A closed month as released; no groups when nobody answered. */
    @Schema(name = "PulseMonth")
    public record Month(LocalDate month, LocalDate releasedOn, List<Group> groups) {
    }

    /** One group's figures, or (shown false) why it is not shown, in plain English. */
    @Schema(name = "PulseGroup")
    public record Group(String group, GroupKind kind, UUID teamId, boolean shown, HiddenBecause hiddenBecause,
            String reason, AnswerBand answers, BigDecimal feelValued, Integer percentFeelValued,
            BigDecimal wouldRecommend, BigDecimal thinkingOfLeaving) {

        static Group of(ReleasedGroup g) {
            var f = g.figures();
            return new Group(g.name(), g.kind(), g.teamId(), g.shown(), g.hiddenBecause(),
                    g.shown() ? null : g.hiddenBecause().text(), f == null ? null : f.answers(),
                    f == null ? null : f.feelValued(), f == null ? null : f.percentFeelValued(),
                    f == null ? null : f.wouldRecommend(), f == null ? null : f.thinkingOfLeaving());
        }
    }
}
