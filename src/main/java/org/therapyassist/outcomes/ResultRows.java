package org.therapyassist.outcomes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.outcomes.MeasureResults.NewResult;
import org.therapyassist.outcomes.MeasureScoring.Context;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * Writes one measure result and its item values, scored here from the values; {@link MeasureResults} has checked
 * who may record it and what it names before it comes here.
 */
@Component
class ResultRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    ResultRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID write(CurrentUser user, UUID patientId, LocalDate bornOn, Measure measure, NewResult command,
            UUID delegatedBy, UUID sessionRecordId, UUID replaces, String correctionReason) {
        Context context = new Context(Period.between(bornOn, command.effectiveOn()).getYears(),
                command.normGroup());
        Score score = MeasureScoring.score(measure, command.items(), context);
        UUID id = Ids.newId();
        try {
            jdbc.sql(
                    "insert into measure_result (id, organisation_id, patient_id, episode_id, delegation_id, delegated_by, "
                            + "session_record_id, measure_key, score, unit, interpretation, tone, norm_sex, effective_on, "
                            + "performer_id, performer_band, recorded_at, note, replaces_id, correction_reason) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, user.organisationId(), patientId, command.episodeId(), command.delegationId(),
                            delegatedBy, sessionRecordId,
                            measure.key(), score.value(), measure.unit(), score.interpretation(),
                            score.tone() == null ? null : score.tone().name(),
                            command.normGroup() == null ? null : command.normGroup().name(), command.effectiveOn(),
                            user.staffId(), user.band(), Time.db(clock.instant()), Text.blankToNull(command.note()),
                            replaces,
                            correctionReason)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("measure.already-corrected",
                    Messages.text("outcomes.refusal.already-corrected"));
        }
        writeItems(id, measure, command);
        return id;
    }

    /** The result's item values, all in one statement (a Berg has fourteen). */
    private void writeItems(UUID id, Measure measure, NewResult command) {
        List<Object> params = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < measure.items().size(); i++) {
            BigDecimal v = i < command.items().size() ? command.items().get(i) : null;
            if (v == null) {
                continue;
            }
            Measure.Item item = measure.items().get(i);
            String itemLabel = measure.variableItems()
                    ? MeasureResultRules.label(command.itemLabels(), i)
                    : item.label();
            params.addAll(Arrays.asList(id, ++position, item.key(), itemLabel, v));
        }
        if (position > 0) {
            jdbc.sql("insert into measure_result_item (result_id, position, item_key, label, item_value) values "
                    + String.join(", ", Collections.nCopies(position, "(?, ?, ?, ?, ?)"))).params(params).update();
        }
    }
}
