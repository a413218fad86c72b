package org.therapyassist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** SMART-style system scopes for /fhir, api.read and api.write for /api/v1. */
class ScopeRulesTest {

    @Test
    void fhirReadsAndSearchesNeedTheTypesReadScopeAndWritesItsWriteScope() {
        assertThat(ScopeRules.requiredScope("GET", "/fhir/Patient")).contains("system/Patient.read");
        assertThat(ScopeRules.requiredScope("GET", "/fhir/Patient/0193")).contains("system/Patient.read");
        assertThat(ScopeRules.requiredScope("POST", "/fhir/Patient/_search")).contains("system/Patient.read");
        assertThat(ScopeRules.requiredScope("POST", "/fhir/ServiceRequest")).contains("system/ServiceRequest.write");
        assertThat(ScopeRules.requiredScope("PUT", "/fhir/Patient/1")).contains("system/Patient.write");
        assertThat(ScopeRules.requiredScope("DELETE", "/fhir/Patient/1")).contains("system/Patient.write");
        // A transaction or batch at the base, or a path that names no type, needs the wildcard.
        assertThat(ScopeRules.requiredScope("POST", "/fhir")).contains("system/*.write");
        assertThat(ScopeRules.requiredScope("GET", "/fhir/_history")).contains("system/*.read");
        assertThat(ScopeRules.requiredScope("GET", "/fhir/metadata")).isEmpty();
    }

    @Test
    void theRestApiNeedsApiReadForGetsAndApiWriteForEverythingElse() {
        assertThat(ScopeRules.requiredScope("GET", "/api/v1/patients")).contains("api.read");
        assertThat(ScopeRules.requiredScope("HEAD", "/api/v1/patients")).contains("api.read");
        assertThat(ScopeRules.requiredScope("POST", "/api/v1/patients")).contains("api.write");
        assertThat(ScopeRules.requiredScope("PATCH", "/api/v1/delegations/1")).contains("api.write");
    }

    @Test
    void wildcardsCoverTypesAndAccessButNothingElse() {
        assertThat(ScopeRules.covers(Set.of("system/Patient.read"), "system/Patient.read")).isTrue();
        assertThat(ScopeRules.covers(Set.of("system/*.read"), "system/Patient.read")).isTrue();
        assertThat(ScopeRules.covers(Set.of("system/Patient.*"), "system/Patient.write")).isTrue();
        assertThat(ScopeRules.covers(Set.of("system/*.*"), "system/*.write")).isTrue();
    }

    @Test
    void h64_aScopeThatDoesNotCoverTheCallIsNotEnough() {
        assertThat(ScopeRules.covers(Set.of(), "system/Patient.read")).isFalse();
        assertThat(ScopeRules.covers(Set.of("system/Patient.read"), "system/Patient.write")).isFalse();
        assertThat(ScopeRules.covers(Set.of("system/Practitioner.read"), "system/Patient.read")).isFalse();
        assertThat(ScopeRules.covers(Set.of("system/Patient.read"), "system/*.read")).isFalse();
        // Patient-facing and user scopes are not system scopes.
        assertThat(ScopeRules.covers(Set.of("patient/*.read", "user/*.*"), "system/Patient.read")).isFalse();
        assertThat(ScopeRules.covers(Set.of("api.write"), "api.read")).isFalse();
        assertThat(ScopeRules.covers(Set.of("api.read"), "api.write")).isFalse();
        assertThat(ScopeRules.covers(Set.of("system/*.read"), "api.read")).isFalse();
    }
}
