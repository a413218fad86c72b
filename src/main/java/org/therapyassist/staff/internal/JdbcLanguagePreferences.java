package org.therapyassist.staff.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.LanguagePreferences;
import org.therapyassist.platform.web.Languages;

/** The language a member of staff chose, on their staff record (V35). */
@Component
class JdbcLanguagePreferences implements LanguagePreferences {

    private final JdbcClient jdbc;

    JdbcLanguagePreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In a transaction of its own: the language can be asked for while the caller's transaction has already failed
     * (a refusal's message written after a duplicate key), which PostgreSQL would refuse to read in.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Locale> of(UUID staffId) {
        return jdbc.sql("select preferred_language from staff_member where id = ?").param(staffId)
                .query(String.class).optional().flatMap(Languages::fromTag);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void remember(UUID staffId, Locale language) {
        jdbc.sql("update staff_member set preferred_language = ? where id = ?")
                .params(Languages.tag(Languages.normalise(language)), staffId).update();
    }
}
