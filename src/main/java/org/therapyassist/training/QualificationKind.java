package org.therapyassist.training;

/** Qualifications support workers hold or work towards. */
public enum QualificationKind {
    CARE_CERTIFICATE("Care Certificate"), CACHE_LEVEL_2_DIPLOMA("CACHE level 2 diploma in care"), CACHE_LEVEL_3_DIPLOMA(
            "CACHE level 3 diploma in adult care"), APPRENTICESHIP_LEVEL_2(
                    "Level 2 apprenticeship: healthcare support worker"), APPRENTICESHIP_LEVEL_3(
                            "Level 3 apprenticeship: senior healthcare support worker"), APPRENTICESHIP_LEVEL_5(
                                    "Level 5 apprenticeship: assistant practitioner"), FOUNDATION_DEGREE(
                                            "Foundation degree");

    private final String title;

    QualificationKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public enum Status { IN_PROGRESS, ACHIEVED }
}
