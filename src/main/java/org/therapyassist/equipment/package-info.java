/**
 * Equipment: the item catalogue, stores, an append-only stock ledger whose balances can never go negative, assets
 * tracked one by one, loans to patients with return and cleaning, reservations, safety inspections, faults and
 * purchase orders. Other modules use it through its root package (services and records) and never its tables.
 */
package org.therapyassist.equipment;
