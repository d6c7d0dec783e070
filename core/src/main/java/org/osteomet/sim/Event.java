package org.osteomet.sim;

import org.osteomet.anatomy.Site;

/**
 * One event of one patient.
 *
 * @param day    simulation time, days since the primary was first vascularised (convert with
 *               {@link PatientOutcome#dayFromEntry(double)})
 * @param type   what happened
 * @param site   where, or null when the event has no site
 * @param value  a number whose meaning depends on the type (see docs/OUTPUT.md), NaN when none
 * @param detail a word or two (lesion type, death cause, stage), empty when none
 */
public record Event(double day, EventType type, Site site, double value, String detail) {
}
