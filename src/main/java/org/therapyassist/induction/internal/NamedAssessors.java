package org.therapyassist.induction.internal;

import org.springframework.stereotype.Component;
import org.therapyassist.induction.CareCertificateAssessors;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.policy.DesignationRegister;
import org.therapyassist.policy.Need;

/** Tells the command guard who is a named Care Certificate assessor: the induction records say. */
@Component
class NamedAssessors implements DesignationRegister {

    private final CareCertificateAssessors assessors;

    NamedAssessors(CareCertificateAssessors assessors) {
        this.assessors = assessors;
    }

    @Override
    public Need.Who designation() {
        return Need.Who.CARE_CERTIFICATE_ASSESSOR;
    }

    @Override
    public boolean holds(CurrentUser user) {
        return assessors.isNamedAssessor(user.organisationId(), user.staffId());
    }
}
