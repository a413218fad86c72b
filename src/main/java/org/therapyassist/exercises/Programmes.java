package org.therapyassist.exercises;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.ProgrammeItems;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/**
 * The programme of an episode of care, built from the library: the therapist picks, doses, orders and sets the limits
 * of progression; an assistant practitioner may progress within those limits. Rows live in careplans (ProgrammeItems,
 * which owns programme_item),
 * so everything that already reads the programme (the patient page, delegation, the session record) sees them.
 * Every change carries the version it was made against; a stale one is refused with 409.
 */
@Service
public class Programmes {

    private final ProgrammeItems items;
    private final CarePlans carePlans;
    private final ExerciseLibrary library;
    private final PatientAccess access;
    private final Clock clock;

    private final CommandGuard guard;

    Programmes(ProgrammeItems items, CarePlans carePlans, ExerciseLibrary library, PatientAccess access,
            CommandGuard guard,
            Clock clock) {
        this.guard = guard;
        this.items = items;
        this.carePlans = carePlans;
        this.library = library;
        this.access = access;
        this.clock = clock;
    }

    public enum Direction { UP, DOWN }

    /** A new item: a library exercise (its name and default dose fill any gaps) or a free-text activity. */
    @Schema(name = "NewProgrammeItem", description = "A library exercise (exerciseId; its usual dose fills any gaps) or a "
            + "free-text activity (activity and frequency)")
    public record NewItem(
            UUID exerciseId,
            @Size(max = 200, message = "{exercises.validation.activity.size}") String activity,
            @Min(value = 1, message = "{exercises.validation.sets.range}") @Max(value = 20, message = "{exercises.validation.sets.range}") Integer sets,
            @Min(value = 1, message = "{exercises.validation.repetitions.range}") @Max(value = 100, message = "{exercises.validation.repetitions.range}") Integer repetitions,
            @Label("{exercises.field.hold-seconds}") @Min(value = 1, message = "{exercises.validation.hold.range}") @Max(value = 300, message = "{exercises.validation.hold.range}") Integer holdSeconds,
            @Size(max = 100, message = "{exercises.validation.frequency.size}") String frequency,
            @Label("{exercises.field.max-sets}") @Min(value = 1, message = "{exercises.validation.max-sets.range}") @Max(value = 20, message = "{exercises.validation.max-sets.range}") Integer maxSets,
            @Label("{exercises.field.max-repetitions}") @Min(value = 1, message = "{exercises.validation.max-repetitions.range}") @Max(value = 100, message = "{exercises.validation.max-repetitions.range}") Integer maxRepetitions,
            @Label("{exercises.field.max-hold-seconds}") @Min(value = 1, message = "{exercises.validation.max-hold.range}") @Max(value = 300, message = "{exercises.validation.max-hold.range}") Integer maxHoldSeconds,
            @Size(max = 500, message = "{exercises.validation.progression-limits.size}") String progressionLimits,
            @Size(max = 500, message = "{exercises.validation.note.size}") String note) {
    }

    /** A change to an item's dose or limits, made against the version the person saw. */
    @Schema(name = "ProgrammeItemChange")
    public record Change(
            @NotNull(message = "{exercises.validation.version.blank}") Integer version,
            @Min(value = 1, message = "{exercises.validation.sets.range}") @Max(value = 20, message = "{exercises.validation.sets.range}") Integer sets,
            @Min(value = 1, message = "{exercises.validation.repetitions.range}") @Max(value = 100, message = "{exercises.validation.repetitions.range}") Integer repetitions,
            @Label("{exercises.field.hold-seconds}") @Min(value = 1, message = "{exercises.validation.hold.range}") @Max(value = 300, message = "{exercises.validation.hold.range}") Integer holdSeconds,
            @NotBlank(message = "{exercises.validation.frequency.blank}") @Size(max = 100, message = "{exercises.validation.frequency.size}") String frequency,
            @Label("{exercises.field.max-sets}") @Min(value = 1, message = "{exercises.validation.max-sets.range}") @Max(value = 20, message = "{exercises.validation.max-sets.range}") Integer maxSets,
            @Label("{exercises.field.max-repetitions}") @Min(value = 1, message = "{exercises.validation.max-repetitions.range}") @Max(value = 100, message = "{exercises.validation.max-repetitions.range}") Integer maxRepetitions,
            @Label("{exercises.field.max-hold-seconds}") @Min(value = 1, message = "{exercises.validation.max-hold.range}") @Max(value = 300, message = "{exercises.validation.max-hold.range}") Integer maxHoldSeconds,
            @Size(max = 500, message = "{exercises.validation.progression-limits.size}") String progressionLimits,
            @Size(max = 500, message = "{exercises.validation.note.size}") String note) {
    }

    /** The programme, checked and audited as a read of the patient's record. */
    @Transactional
    public List<ProgrammeLine> programme(CurrentUser user, UUID episodeId) {
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        access.check(user, episode.patientId(), PatientAction.VIEW_RECORD, episodeId);
        return linesOf(user.organisationId(), episodeId);
    }

    /** Active items in order; the caller has checked access to the patient. */
    @Transactional(readOnly = true)
    public List<ProgrammeLine> linesOf(UUID organisationId, UUID episodeId) {
        List<ProgrammeItems.Item> rows = items.active(organisationId, episodeId);
        List<UUID> exerciseIds = rows.stream().map(ProgrammeItems.Item::exerciseId).filter(Objects::nonNull).distinct()
                .toList();
        Map<UUID, Exercise> exercises = library.byIds(organisationId, exerciseIds);
        List<ProgrammeLine> out = new ArrayList<>();
        for (ProgrammeItems.Item r : rows) {
            Exercise e = r.exerciseId() == null ? null : exercises.get(r.exerciseId());
            out.add(new ProgrammeLine(r.id(), r.episodeId(), r.position(), r.activity(), e, r.sets(), r.repetitions(),
                    r.holdSeconds(), r.frequency(), r.maxSets(), r.maxRepetitions(), r.maxHoldSeconds(),
                    r.progressionLimits(), r.note(), r.version()));
        }
        return out;
    }

    @Transactional
    public ProgrammeLine add(CurrentUser user, UUID episodeId, NewItem item) {
        requireRegistrant(user);
        Episode episode = requireOpen(user, episodeId);
        Exercise exercise = item.exerciseId() == null
                ? null
                : library.require(user.organisationId(), item.exerciseId());
        String activity = exercise != null ? exercise.name() : Text.blankToNull(item.activity());
        Map<String, String> errors = new HashMap<>();
        if (activity == null) {
            errors.put("exerciseId", Messages.text("exercises.validation.exercise-or-activity"));
        }
        Integer sets = pick(item.sets(), exercise == null ? null : exercise.defaultSets());
        Integer reps = pick(item.repetitions(), exercise == null ? null : exercise.defaultRepetitions());
        Integer hold = pick(item.holdSeconds(), exercise == null ? null : exercise.defaultHoldSeconds());
        String frequency = Text.blankToNull(item.frequency());
        if (frequency == null && exercise != null) {
            frequency = exercise.defaultFrequency();
        }
        if (frequency == null) {
            errors.put("frequency", Messages.text("exercises.refusal.frequency.blank"));
        }
        errors.putAll(ProgrammeRules.overLimits(new ProgrammeRules.Dosage(sets, reps, hold),
                new ProgrammeRules.Limits(item.maxSets(), item.maxRepetitions(), item.maxHoldSeconds())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        items.requireRoom(user.organisationId(), episodeId, "exerciseId");
        UUID id = items.add(user.organisationId(), user.staffId(), clock.instant(),
                new ProgrammeItems.NewItem(episodeId,
                        limit(activity, 200), exercise == null ? null : exercise.id(), sets, reps, hold, frequency,
                        item.maxSets(), item.maxRepetitions(), item.maxHoldSeconds(),
                        Text.blankToNull(item.progressionLimits()),
                        Text.blankToNull(item.note())));
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, id);
        return requireLine(user.organisationId(), id);
    }

    /**
     * A registrant changes anything; an assistant practitioner progresses sets, repetitions and hold within the
     * limits (H37). Stale versions are refused with 409.
     */
    @Transactional
    public ProgrammeLine change(CurrentUser user, UUID itemId, Change change) {
        ProgrammeLine current = requireLine(user.organisationId(), itemId);
        Episode episode = requireOpen(user, current.episodeId());
        ProgrammeRules.Dosage proposed = new ProgrammeRules.Dosage(change.sets(), change.repetitions(),
                change.holdSeconds());
        ProgrammeRules.Limits limits;
        String frequency = change.frequency().strip();
        String progressionLimits;
        String note;
        if (user.isRegistrant()) {
            limits = new ProgrammeRules.Limits(change.maxSets(), change.maxRepetitions(), change.maxHoldSeconds());
            progressionLimits = Text.blankToNull(change.progressionLimits());
            note = Text.blankToNull(change.note());
            Map<String, String> errors = ProgrammeRules.overLimits(proposed, limits);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        } else {
            // An assistant practitioner with the progression sign-offs changes the dose within the limits, and nothing
            // else: a change to anything else is refused by name, never quietly dropped.
            guard.check(user, Command.CHANGE_EXERCISE_DOSE);
            limits = current.limitsAsNumbers();
            List<String> registrantOnly = ProgrammeRules.registrantOnlyChanges(limits,
                    new ProgrammeRules.Limits(change.maxSets(), change.maxRepetitions(), change.maxHoldSeconds()),
                    current.frequency(), change.frequency(), current.progressionLimits(), change.progressionLimits(),
                    current.note(), change.note());
            if (!registrantOnly.isEmpty()) {
                throw new NotAllowedException("programme.registrant-only", Messages.text(
                        "exercises.refusal.registrant-only-fields", String.join(", ", registrantOnly.stream()
                                .map(f -> Messages.text("exercises.field." + f.replace(' ', '-'))).toList())),
                        Map.of("itemId", itemId, "fields", registrantOnly));
            }
            String refusal = ProgrammeRules.progressionRefusal(user.band(), current.dosage(), proposed, limits);
            if (refusal != null) {
                throw new RefusedException("programme.beyond-limits", refusal,
                        Map.of("itemId", itemId, "limits", current.limits()));
            }
            frequency = current.frequency();
            progressionLimits = current.progressionLimits();
            note = current.note();
        }
        if (!items.change(user.organisationId(), itemId, change.version(), new ProgrammeItems.Dose(proposed.sets(),
                proposed.repetitions(), proposed.holdSeconds(), frequency, limits.maxSets(), limits.maxRepetitions(),
                limits.maxHoldSeconds(), progressionLimits, note), user.staffId(), clock.instant())) {
            throw stale();
        }
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, itemId);
        return requireLine(user.organisationId(), itemId);
    }

    @Transactional
    public List<ProgrammeLine> move(CurrentUser user, UUID itemId, int version, Direction direction) {
        requireRegistrant(user);
        ProgrammeLine current = requireLine(user.organisationId(), itemId);
        Episode episode = requireOpen(user, current.episodeId());
        if (current.version() != version) {
            throw stale();
        }
        List<ProgrammeLine> lines = linesOf(user.organisationId(), current.episodeId());
        int index = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(itemId)) {
                index = i;
            }
        }
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (other >= 0 && other < lines.size()) {
            ProgrammeLine neighbour = lines.get(other);
            if (!items.swap(user.organisationId(), row(current), version, row(neighbour))) {
                throw stale();
            }
        }
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, itemId);
        return linesOf(user.organisationId(), current.episodeId());
    }

    /** Takes the item off the programme (and so off the sheet and the session record); the row is kept. */
    @Transactional
    public void remove(CurrentUser user, UUID itemId, int version) {
        requireRegistrant(user);
        ProgrammeLine current = requireLine(user.organisationId(), itemId);
        Episode episode = requireOpen(user, current.episodeId());
        if (!items.remove(user.organisationId(), itemId, version, user.staffId(), clock.instant())) {
            throw stale();
        }
        access.check(user, episode.patientId(), PatientAction.SET_PROGRAMME, itemId);
    }

    /** An active item of this organisation; 404 otherwise. Does not audit. */
    @Transactional(readOnly = true)
    public ProgrammeLine requireLine(UUID organisationId, UUID itemId) {
        UUID episodeId = items.episodeOf(organisationId, itemId)
                .orElseThrow(() -> new NotFoundException("programme.item-not-found",
                        Messages.text("exercises.refusal.item-not-found")));
        return linesOf(organisationId, episodeId).stream().filter(l -> l.id().equals(itemId)).findFirst().orElseThrow();
    }

    private Episode requireOpen(CurrentUser user, UUID episodeId) {
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        if (!episode.isOpen()) {
            throw new ConflictException("episode.closed", Messages.text("exercises.refusal.episode-closed"));
        }
        return episode;
    }

    /** The stored row a line shows (for swapping places). */
    private static ProgrammeItems.Item row(ProgrammeLine l) {
        return new ProgrammeItems.Item(l.id(), l.episodeId(), l.position(), l.activity(),
                l.exercise() == null ? null : l.exercise().id(), l.sets(), l.repetitions(), l.holdSeconds(),
                l.frequency(),
                l.maxSets(), l.maxRepetitions(), l.maxHoldSeconds(), l.progressionLimits(), l.note(), l.version());
    }

    private static ConflictException stale() {
        return new ConflictException("programme.stale",
                Messages.text("exercises.refusal.stale"));
    }

    private static void requireRegistrant(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("programme.registrant-only",
                    Messages.text("exercises.refusal.prescribe-registrant-only"));
        }
    }

    private static Integer pick(Integer given, Integer fallback) {
        return given != null ? given : fallback;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
