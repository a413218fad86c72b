package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.inbox.Inbox;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class SignOffWorkflowDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SignOffs signOffs;
    @Autowired
    CompetencyRegister register;
    @Autowired
    DelegationDesk desk;
    @Autowired
    Inbox inbox;

    @Test
    void aRevokedSignOffStopsNewDelegationsAndFlagsOpenOnesToTheDelegator() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser chloe = fixtures.user("chloe.sw");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView open = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", chloe.staffId()));
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).lapsedCompetency().items())
                .extracting(DelegationView::id).doesNotContain(open.id());

        var signOff = register.signOffsOf(chloe.organisationId(), chloe.staffId()).stream()
                .filter(s -> s.competencyCode().equals("3.01") && s.inDateOn(fixtures.today())).findFirst()
                .orElseThrow();
        signOffs.revoke(pt, signOff.id(), "Programme delivered beyond the prescribed dose on 20 Nov");
        assertThatThrownBy(() -> signOffs.revoke(pt, signOff.id(), "again")).isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", chloe.staffId())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation.not-competent"));
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).lapsedCompetency().items())
                .extracting(DelegationView::id).contains(open.id());
    }

    @Test
    void aWorkerAsksForSignOffAnAssessorSignsItOffAndTheTaskCanThenBeDelegated() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser grace = fixtures.user("grace.pt");
        CurrentUser aisha = fixtures.user("aisha.sw");
        Episode episode = fixtures.patientWithEpisode(pt);
        assertThatThrownBy(() -> desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "TUG_MEASUREMENT", aisha.staffId())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("delegation.not-competent"));

        signOffs.request(aisha, "3.07", "Practised TUG with Tom on 5 patients");
        assertThatThrownBy(() -> signOffs.request(aisha, "3.07", null)).isInstanceOf(ConflictException.class);
        // The request reaches registrants of the worker's own team.
        assertThat(inbox.of(grace, PageRequest.first(PageRequest.MAX_SIZE)).signOffRequests().items())
                .anySatisfy(r -> assertThat(r.staffName()).isEqualTo("Aisha Khan"));
        assertThat(inbox.of(pt, PageRequest.first(PageRequest.MAX_SIZE)).signOffRequests().items())
                .noneSatisfy(r -> assertThat(r.staffName()).isEqualTo("Aisha Khan"));

        assertThatThrownBy(() -> signOffs.signOff(aisha, aisha.staffId(),
                new SignOffs.NewSignOff("3.07", fixtures.today(), SignOffMethod.OBSERVED, null, null)))
                .isInstanceOf(NotAllowedException.class);
        signOffs.signOff(grace, aisha.staffId(),
                new SignOffs.NewSignOff("3.07", fixtures.today(), SignOffMethod.OBSERVED,
                        "Observed three TUG measurements on home visits", null));
        assertThat(signOffs.requestsOf(aisha.organisationId(), aisha.staffId(), PageRequest.first(PageRequest.MAX_SIZE))
                .items())
                .anySatisfy(r -> assertThat(r.status()).isEqualTo("SIGNED_OFF"));

        DelegationView delegated = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "TUG_MEASUREMENT", aisha.staffId()));
        assertThat(delegated.evidence()).extracting(DelegationView.Evidence::competencyCode).containsExactly("3.07");
    }

    @Test
    void aRefusalCarriesFeedbackAndCanOnlyHappenOnce() {
        CurrentUser grace = fixtures.user("grace.pt");
        CurrentUser ben = fixtures.user("ben.ssw");
        var id = signOffs.request(ben, "3.06", "Ready for hoist sign-off");
        signOffs.refuse(grace, id, "Shadow two more hoist transfers with a sling change first");
        assertThatThrownBy(() -> signOffs.refuse(grace, id, "again")).isInstanceOf(ConflictException.class);
        assertThat(signOffs.requestsOf(ben.organisationId(), ben.staffId(), PageRequest.first(PageRequest.MAX_SIZE))
                .items())
                .anySatisfy(r -> {
                    assertThat(r.status()).isEqualTo("REFUSED");
                    assertThat(r.feedback()).contains("sling change");
                });
    }
}
