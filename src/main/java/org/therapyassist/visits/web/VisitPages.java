package org.therapyassist.visits.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.visits.DayBoard;
import org.therapyassist.visits.VisitDays;
import org.therapyassist.visits.VisitMoves;
import org.therapyassist.visits.VisitShifts;

/**
 * The planning board: a community team's day with the workers as rows and their visits along the day; plan, move,
 * pin, change a visit, set shifts, mark a worker off and publish. Every action is also in the API.
 */
@Controller
class VisitPages {

    private final VisitDays days;
    private final VisitShifts shifts;
    private final VisitMoves moves;
    private final PatientHomes homes;
    private final CommandGuard guard;
    private final Formats formats;
    private final Clock clock;

    VisitPages(VisitDays days, PatientHomes homes, CommandGuard guard, Formats formats, Clock clock, VisitMoves moves,
            VisitShifts shifts) {
        this.moves = moves;
        this.shifts = shifts;
        this.formats = formats;
        this.days = days;
        this.homes = homes;
        this.guard = guard;
        this.clock = clock;
    }

    record VersionForm(@Label("{visits.field.version}") Integer version) {
    }

    record MoveForm(UUID firstWorker, UUID secondWorker, @Label("{visits.field.start}") LocalTime start) {

        DayBoard.Move move() {
            List<UUID> workers = new ArrayList<>();
            if (firstWorker != null) {
                workers.add(firstWorker);
            }
            if (secondWorker != null) {
                workers.add(secondWorker);
            }
            return new DayBoard.Move(workers, start);
        }
    }

    record DetailsForm(@Label("{visits.field.duration}") Integer durationMinutes,
            @Label("{visits.field.window-from}") LocalTime windowFrom,
            @Label("{visits.field.window-to}") LocalTime windowTo, boolean doubleUp) {

        DayBoard.Details details() {
            return new DayBoard.Details(durationMinutes == null ? 0 : durationMinutes, windowFrom, windowTo,
                    doubleUp);
        }
    }

    record ShiftForm(@Label("{visits.field.shift-starts}") LocalTime startsAt,
            @Label("{visits.field.shift-ends}") LocalTime endsAt,
            @Label("{visits.field.break-from}") LocalTime breakFrom,
            @Label("{visits.field.break-to}") LocalTime breakTo, String baseName,
            @Label("{visits.field.base-latitude}") BigDecimal baseLatitude,
            @Label("{visits.field.base-longitude}") BigDecimal baseLongitude) {

        DayBoard.Shift shift() {
            return new DayBoard.Shift(startsAt, endsAt, breakFrom, breakTo, baseName,
                    baseLatitude == null ? 0 : baseLatitude.doubleValue(),
                    baseLongitude == null ? 0 : baseLongitude.doubleValue(), null);
        }
    }

    record HomeForm(@Label("{visits.field.latitude}") BigDecimal latitude,
            @Label("{visits.field.longitude}") BigDecimal longitude) {
    }

    @Performs(Command.SET_PATIENT_HOME)
    @PostMapping("/visits/{visitId}/home-location")
    String locate(CurrentUser me, @PathVariable UUID visitId, @RequestParam UUID team,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, FormPost<HomeForm> post,
            Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            var board = days.board(me, team, day);
            var visit = card(board, visitId);
            homes.locate(me, visit.patient().id(), form.latitude(), form.longitude());
            redirect.addFlashAttribute("banner", Messages.text("visits.banner.located"));
            return "redirect:/visits/" + visitId + "?team=" + team + "&day=" + day;
        }, (errors, values) -> visitPage(days.board(me, team, day), visitId, errors, values, model));
    }

    @Performs(Command.PLAN_VISITS)
    @GetMapping("/visits")
    String teams(CurrentUser me, @RequestParam(required = false) UUID team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        var teams = days.teams(me);
        if (team != null && day != null) {
            return "redirect:/visits/teams/" + team + "/" + day;
        }
        if (teams.size() == 1) {
            return "redirect:/visits/teams/" + teams.getFirst().id() + "/" + Time.today(clock);
        }
        model.addAttribute("teams", teams);
        model.addAttribute("today", Time.today(clock));
        return "visits/teams";
    }

    @Performs(Command.PLAN_VISITS)
    @GetMapping("/visits/teams/{teamId}/{day}")
    String board(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        return boardPage(me, days.board(me, teamId, day), new FormErrors(), model);
    }

    @Performs(Command.PLAN_VISITS)
    @PostMapping("/visits/teams/{teamId}/{day}/plan")
    String plan(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, FormPost<VersionForm> post,
            Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            var board = days.plan(me, teamId, day, form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute("banner", Messages.text("visits.banner.planned", board.unplanned().size()));
            return "redirect:/visits/teams/" + teamId + "/" + day;
        }, (errors, values) -> boardPage(me, days.board(me, teamId, day), errors, model));
    }

    @Performs(Command.PUBLISH_VISITS)
    @PostMapping("/visits/teams/{teamId}/{day}/publish")
    String publish(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, FormPost<VersionForm> post,
            Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            days.publish(me, teamId, day, form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute("banner", Messages.text("visits.banner.published"));
            return "redirect:/visits/teams/" + teamId + "/" + day;
        }, (errors, values) -> boardPage(me, days.board(me, teamId, day), errors, model));
    }

    @Performs(Command.SET_VISIT_SHIFTS)
    @PostMapping("/visits/teams/{teamId}/{day}/workers/{staffId}/off")
    String workerOff(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable UUID staffId,
            FormPost<VersionForm> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            shifts.workerOff(me, teamId, day, staffId);
            redirect.addFlashAttribute("banner", Messages.text("visits.banner.worker-off"));
            return "redirect:/visits/teams/" + teamId + "/" + day;
        }, (errors, values) -> boardPage(me, days.board(me, teamId, day), errors, model));
    }

    @Performs(Command.SET_VISIT_SHIFTS)
    @GetMapping("/visits/teams/{teamId}/{day}/shifts/{staffId}")
    String shift(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable UUID staffId,
            Model model) {
        var board = days.board(me, teamId, day);
        var row = worker(board, staffId);
        return shiftPage(board, row, new FormErrors(), row.shift() == null ? FormValues.none() : null, model);
    }

    @Performs(Command.SET_VISIT_SHIFTS)
    @PostMapping("/visits/teams/{teamId}/{day}/shifts/{staffId}")
    String setShift(CurrentUser me, @PathVariable UUID teamId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @PathVariable UUID staffId,
            FormPost<ShiftForm> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            shifts.setShift(me, teamId, staffId, day, form.shift());
            redirect.addFlashAttribute("banner", Messages.text("visits.banner.shift-set"));
            return "redirect:/visits/teams/" + teamId + "/" + day;
        }, (errors, values) -> {
            var board = days.board(me, teamId, day);
            return shiftPage(board, worker(board, staffId), errors, values, model);
        });
    }

    @Performs(Command.PLAN_VISITS)
    @GetMapping("/visits/{visitId}")
    String visit(CurrentUser me, @PathVariable UUID visitId, @RequestParam UUID team,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        return visitPage(days.board(me, team, day), visitId, new FormErrors(), null, model);
    }

    @Performs(Command.PLAN_VISITS)
    @PostMapping("/visits/{visitId}/move")
    String move(CurrentUser me, @PathVariable UUID visitId, @RequestParam UUID team,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, FormPost<MoveForm> post,
            Model model, RedirectAttributes redirect) {
        return post.fields(f -> f.equals("workerIds") ? "firstWorker" : f).submit(form -> {
            moves.move(me, visitId, form.move());
            redirect.addFlashAttribute("banner", Messages.text("visits.banner.moved"));
            return "redirect:/visits/teams/" + team + "/" + day;
        }, (errors, values) -> visitPage(days.board(me, team, day), visitId, errors, values, model));
    }

    @Performs(Command.PLAN_VISITS)
    @PostMapping("/visits/{visitId}/details")
    String details(CurrentUser me, @PathVariable UUID visitId, @RequestParam UUID team,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, FormPost<DetailsForm> post,
            Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            moves.change(me, visitId, form.details());
            redirect.addFlashAttribute("banner", Messages.text("visits.banner.changed"));
            return "redirect:/visits/" + visitId + "?team=" + team + "&day=" + day;
        }, (errors, values) -> visitPage(days.board(me, team, day), visitId, errors, values, model));
    }

    @Performs(Command.PLAN_VISITS)
    @PostMapping("/visits/{visitId}/pin")
    String pin(CurrentUser me, @PathVariable UUID visitId, @RequestParam UUID team,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "true") boolean pinned, FormPost<VersionForm> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            moves.pin(me, visitId, pinned);
            redirect.addFlashAttribute("banner", Messages.text(pinned
                    ? "visits.banner.pinned"
                    : "visits.banner.unpinned"));
            return "redirect:/visits/teams/" + team + "/" + day;
        }, (errors, values) -> visitPage(days.board(me, team, day), visitId, errors, values, model));
    }

    private String boardPage(CurrentUser me, DayBoard.Board board, FormErrors errors, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("dayText", formats.longDate(board.day()));
        model.addAttribute("errors", errors);
        model.addAttribute("today", Time.today(clock));
        model.addAttribute("canPublish", guard.allows(me, Command.PUBLISH_VISITS));
        model.addAttribute("canSetShifts", guard.allows(me, Command.SET_VISIT_SHIFTS));
        model.addAttribute("hours", Timeline.hours(board));
        model.addAttribute("timeline", Timeline.of(board));
        return "visits/board";
    }

    private String visitPage(DayBoard.Board board, UUID visitId, FormErrors errors, FormValues values,
            Model model) {
        DayBoard.VisitCard visit = card(board, visitId);
        model.addAttribute("board", board);
        model.addAttribute("visit", visit);
        model.addAttribute("workers", board.workers().stream().filter(w -> w.shift() != null
                && w.shift().offFrom() == null).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("pastDay", board.day().isBefore(Time.today(clock)));
        return "visits/visit";
    }

    private String shiftPage(DayBoard.Board board, DayBoard.WorkerRow worker, FormErrors errors,
            FormValues values, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("worker", worker);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "visits/shift";
    }

    private static DayBoard.VisitCard card(DayBoard.Board board, UUID visitId) {
        return board.workers().stream().flatMap(w -> w.visits().stream())
                .filter(v -> v.id().equals(visitId)).findFirst()
                .or(() -> board.unplanned().stream().filter(v -> v.id().equals(visitId)).findFirst())
                .or(() -> board.cancelled().stream().filter(v -> v.id().equals(visitId)).findFirst())
                .orElseThrow(() -> new NotFoundException("visits.visit-not-found",
                        Messages.text("visits.refusal.visit-not-found")));
    }

    private static DayBoard.WorkerRow worker(DayBoard.Board board, UUID staffId) {
        return board.workers().stream().filter(w -> w.staffId().equals(staffId)).findFirst()
                .orElseThrow(() -> new NotFoundException("visits.not-a-team-worker",
                        Messages.text("visits.refusal.not-a-team-worker")));
    }
}
