/**
 * Policy: who may do what, declared once. Every command a page form or an API call can run is a {@link
 * org.therapyassist.policy.Command} with its {@link org.therapyassist.policy.Need}; controllers name the command they
 * perform with {@link org.therapyassist.policy.Performs}, and {@link org.therapyassist.policy.CommandGuard} checks it
 * before the command runs. Which records a person may touch (a patient's care relationship, their own team) stays
 * with the module that owns the records ({@code access.PatientAccess} for patients).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy")
package org.therapyassist.policy;
