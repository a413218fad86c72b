/**
 * Demo: a believable fictional therapy service, written straight into the tables on first run, and the same
 * generator at a scale factor for the benchmarks. It is the one module that knows other modules' tables, because
 * it stands in for years of use; nothing depends on it.
 */
package org.therapyassist.demo;
