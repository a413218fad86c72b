/**
 * What the file imports (staff from ESR, patients from an EPR extract) share: reading a CSV sent as a multipart part or
 * a text/csv body, running an import in the background with its progress, letting only one import of a kind run per
 * organisation at a time, counting and writing its rows, and the pages' flow (upload, progress, report row by row).
 * Each module keeps its own columns, matching rules and tables, and its report record (its API answer) implements
 * {@link org.therapyassist.platform.imports.ImportReport}.
 */
package org.therapyassist.platform.imports;
