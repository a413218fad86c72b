/**
 * FHIR: the service's FHIR R4 server at {@code /fhir} (HAPI FHIR's plain {@code RestfulServer}), returning UK Core STU2
 * resources mapped from the other modules' public faces (patients, staff, careplans, delegation). It owns no table;
 * every patient it returns
 * passes the same access check and audit as the REST API.
 */
package org.therapyassist.fhir;
