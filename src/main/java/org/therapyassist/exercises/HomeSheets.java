package org.therapyassist.exercises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.Teams;

/**
 * The home exercise sheet of an episode: what the patient takes home. Only the active items of that one episode are
 * on it (H35, H36), with the team's contact number; every sheet opened or printed is checked and audited as a read
 * of the patient's record.
 */
@Service
public class HomeSheets {

    private final Teams teams;
    private final CarePlans carePlans;
    private final Programmes programmes;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final Clock clock;

    HomeSheets(Teams teams, CarePlans carePlans, Programmes programmes, PatientRecords patients,
            PatientAccess access, Clock clock) {
        this.teams = teams;
        this.carePlans = carePlans;
        this.programmes = programmes;
        this.patients = patients;
        this.access = access;
        this.clock = clock;
    }

    public record Sheet(UUID episodeId, UUID patientId, String patientName, String teamName, String contactPhone,
            String therapistName, LocalDate printedOn, List<ProgrammeLine> items) {
    }

    @Transactional
    public Sheet sheet(CurrentUser user, UUID episodeId) {
        Episode episode = carePlans.require(user.organisationId(), episodeId);
        access.check(user, episode.patientId(), PatientAction.VIEW_RECORD, episodeId);
        PatientSummary patient = patients.summaries(user.organisationId(), List.of(episode.patientId()))
                .get(episode.patientId());
        String phone = teams.contactPhone(user.organisationId(), episode.teamId()).orElse(null);
        return new Sheet(episodeId, episode.patientId(), patient == null ? "" : patient.name(), episode.teamName(),
                phone,
                episode.leadTherapistName(), Time.today(clock), programmes.linesOf(user.organisationId(), episodeId));
    }

    /**
     * The language a sheet is asked for in ({@code lang=en-GB} or {@code cy}); the reader's own when none is asked
     * for. Any other value is refused rather than quietly printed in a language the patient may not read.
     */
    public static Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return LocaleContextHolder.getLocale();
        }
        return Languages.fromTag(lang).filter(l -> lang.strip().matches("(?i)en(-GB)?|cy(-GB)?"))
                .orElseThrow(() -> new InvalidInputException(Map.of("lang", Messages.text("exercises.refusal.lang"))));
    }

    /** The printed sheet in the reader's language. */
    public byte[] pdf(Sheet sheet, boolean easyRead) {
        return pdf(sheet, easyRead, LocaleContextHolder.getLocale());
    }

    /** The printed sheet in the language the patient reads, which need not be the reader's. */
    public byte[] pdf(Sheet sheet, boolean easyRead, Locale language) {
        return HomeSheetPdf.render(sheet, easyRead, language);
    }

    /** The number printed on sheets for a team; set by a team lead. */
    @Transactional
    public void setContactPhone(CurrentUser user, UUID teamId, String phone) {
        if (!user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("team.lead-only", Messages.text("exercises.refusal.team-lead-only"));
        }
        teams.setContactPhone(user.organisationId(), teamId, phone);
    }
}
