/**
 * What the file imports (staff from ESR, patients from an EPR extract) share: reading a CSV, running an import in the
 * background with its progress, and letting only one import of a kind run per organisation at a time.
 */
package org.therapyassist.platform.imports;
