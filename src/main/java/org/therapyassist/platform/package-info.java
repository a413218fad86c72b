/**
 * Platform: what every module stands on — who the current user is, the business exceptions and how
 * they reach a page or an API client, identifiers, time, login and web security. It knows no clinical concept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.therapyassist.platform;
