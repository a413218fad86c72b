package org.therapyassist.caseload;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.OpenEpisodes;
import org.therapyassist.delegation.DelegatedTasks;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.staff.StaffDirectory;

/**
 * Caseload lists. A team's open caseload is bounded by the work a team can hold (tens to a few hundred people), so a
 * list reads at most {@link #MOST} open episodes, filters and orders them here (by name, bed or date: names live in
 * another module, so the database cannot order by them) and shows one page. Only the patients on the page shown are
 * audited; patients the reader may not open are never listed.
 */
@Service
public class Caseloads {

    /** Open episodes read for one list; beyond this the list says so and asks for a narrower filter. */
    public static final int MOST = 1000;

    /** Which list. */
    public enum View {
        /** A therapist's: episodes they lead. A support worker's: patients with tasks delegated to them. */
        MINE,
        /** Every open episode of the reader's team. */
        TEAM,
        /** The team's ward patients, in bed order. */
        WARD
    }

    /** How a list is ordered. */
    public enum Order {
        NAME, LOCATION, NEWEST
    }

    /** What was asked for; a null filter means "any". */
    public record Query(View view, CareSetting setting, ConditionCategory category, boolean withDelegations,
            boolean withAlerts, Order order) {

        public Query {
            view = view == null ? View.MINE : view;
            order = order == null ? (view == View.WARD ? Order.LOCATION : Order.NAME) : order;
        }
    }

    @Schema(name = "CaseloadRow")
    public record Row(UUID episodeId, UUID patientId, String name, String nhsNumber, LocalDate dateOfBirth,
            List<String> alerts, CareSetting setting, String location, ConditionCategory category,
            String leadTherapist, LocalDate openedOn, int openDelegations) {
    }

    /** One page of a list; {@code cutShort} when more than {@link #MOST} open episodes matched. */
    public record Listing(Page<Row> rows, boolean cutShort) {
    }

    private final OpenEpisodes episodes;
    private final PatientRecords patients;
    private final DelegatedTasks delegations;
    private final StaffDirectory staff;
    private final PatientAccess access;

    Caseloads(OpenEpisodes episodes, PatientRecords patients, DelegatedTasks delegations, StaffDirectory staff,
            PatientAccess access) {
        this.episodes = episodes;
        this.patients = patients;
        this.delegations = delegations;
        this.staff = staff;
        this.access = access;
    }

    @Transactional
    public Listing of(CurrentUser me, Query query, PageRequest page) {
        OpenEpisodes.OpenEpisodeFilter filter = filterFor(me, query);
        if (filter == null) {
            return new Listing(page.slice(List.of()), false);
        }
        List<OpenEpisodes.CaseloadEpisode> found = episodes.openEpisodes(me.organisationId(), filter, MOST + 1);
        boolean cutShort = found.size() > MOST;
        if (cutShort) {
            found = found.subList(0, MOST);
        }
        Set<UUID> visible = access.visibleAmong(me,
                found.stream().map(OpenEpisodes.CaseloadEpisode::patientId).toList());
        found = found.stream().filter(e -> visible.contains(e.patientId())).toList();
        List<UUID> patientIds = found.stream().map(OpenEpisodes.CaseloadEpisode::patientId).distinct().toList();
        Map<UUID, PatientSummary> people = patients.summaries(me.organisationId(), patientIds);
        Map<UUID, Integer> open = delegations.openCountsByPatient(me.organisationId(), patientIds);
        Map<UUID, String> leads = staff.names(me.organisationId(),
                found.stream().map(OpenEpisodes.CaseloadEpisode::leadTherapistId).distinct().toList());
        List<Row> rows = new ArrayList<>();
        for (OpenEpisodes.CaseloadEpisode e : found) {
            PatientSummary p = people.get(e.patientId());
            int delegated = open.getOrDefault(e.patientId(), 0);
            if (p == null || (query.withDelegations() && delegated == 0)
                    || (query.withAlerts() && p.alerts().isEmpty())) {
                continue;
            }
            rows.add(new Row(e.episodeId(), e.patientId(), p.name(), p.nhsNumber(), p.dateOfBirth(), p.alerts(),
                    e.setting(), e.location(), e.category(), leads.get(e.leadTherapistId()), e.openedOn(), delegated));
        }
        rows.sort(switch (query.order()) {
            case NAME -> Comparator.comparing((Row r) -> r.name().toLowerCase(Locale.UK)).thenComparing(Row::episodeId);
            case LOCATION -> Comparator.comparing(Row::location, Caseloads::naturally).thenComparing(Row::episodeId);
            case NEWEST -> Comparator.comparing(Row::openedOn).reversed().thenComparing(Row::episodeId);
        });
        Page<Row> shown = page.slice(rows);
        access.checkAll(me, shown.items().stream().map(Row::patientId).distinct().toList(),
                PatientAction.VIEW_WORKLIST);
        return new Listing(shown, cutShort);
    }

    private OpenEpisodes.OpenEpisodeFilter filterFor(CurrentUser me, Query q) {
        return switch (q.view()) {
            case MINE -> {
                if (me.isRegistrant()) {
                    yield new OpenEpisodes.OpenEpisodeFilter(null, me.staffId(), null, q.setting(), q.category());
                }
                if (me.isSupportWorker()) {
                    yield new OpenEpisodes.OpenEpisodeFilter(null, null,
                            delegations.patientsDelegatedTo(me.organisationId(), me.staffId()), q.setting(),
                            q.category());
                }
                yield null;
            }
            case TEAM -> me.teamId() == null
                    ? null
                    : new OpenEpisodes.OpenEpisodeFilter(me.teamId(), null, null, q.setting(), q.category());
            case WARD -> me.teamId() == null
                    ? null
                    : new OpenEpisodes.OpenEpisodeFilter(me.teamId(), null, null, CareSetting.WARD, q.category());
        };
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /**
     * Bed order as people read it: "Ward 7, bay 2, bed 10" after "bay 2, bed 9", by comparing runs of digits as
     * numbers and everything else without regard to case.
     */
    static int naturally(String a, String b) {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        int ia = 0;
        int ib = 0;
        while (ma.find(ia) && mb.find(ib)) {
            int text = a.substring(ia, ma.start()).compareToIgnoreCase(b.substring(ib, mb.start()));
            if (text != 0) {
                return text;
            }
            int number = new BigInteger(ma.group()).compareTo(new BigInteger(mb.group()));
            if (number != 0) {
                return number;
            }
            ia = ma.end();
            ib = mb.end();
        }
        return a.substring(ia).compareToIgnoreCase(b.substring(ib));
    }
}
