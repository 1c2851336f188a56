/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person's continuous time at one address, read as days: {@code from} inclusive, {@code to} the day they left
 * (so a stay from 2001-05-01 to 2001-05-01 still covers one night). Two stays overlap when they share a night:
 * one person's moving-out day being the next one's moving-in day is no overlap.
 *
 * @param from the first day; the day of birth when the source gives no start, {@link #OPEN_START} when neither
 *     is known
 * @param to the last day; today while the person still lives there
 * @param fromText the start as the source wrote it (possibly partial), null when unknown
 * @param toText the end as the source wrote it, or the last day a source held the address; null while open
 * @param open whether the person still lives there
 * @param birth the day of birth read at the middle of what the record says, null when unknown
 * @param knownFrom the first day a source puts the person there: the start when known, else the end (the day a
 *     source last held the address, or today): a source that gives no start still shows the person there then
 */
record Stay(
        String person,
        LocalDate from,
        LocalDate to,
        String fromText,
        String toText,
        boolean open,
        LocalDate birth,
        LocalDate knownFrom) {

    /** A stay whose start nobody knows began before every other. */
    static final LocalDate OPEN_START = LocalDate.MIN;

    Stay {
        if (!to.isAfter(from)) {
            to = from.plusDays(1);
        }
        if (knownFrom.isBefore(from)) {
            knownFrom = from;
        } else if (knownFrom.isAfter(to)) {
            knownFrom = to;
        }
    }

    /**
     * Reads a residence as a stay (see docs/graph-model.md, "Households"). Empty when it says nothing about when:
     * an address no source holds any more, with no dates and no known last load.
     */
    static Optional<Stay> of(Residence r, LocalDate today) {
        var birthEarliest = DateReading.earliest(r.birthDate());
        var birth = DateReading.middle(r.birthDate()).orElse(null);
        var fromKnown = DateReading.earliest(r.fromDate());
        var from = fromKnown.or(() -> birthEarliest).orElse(OPEN_START);
        var fromText = fromKnown.isPresent() ? r.fromDate().strip() : null;
        LocalDate to;
        String toText;
        boolean open = false;
        var toKnown = DateReading.latest(r.toDate());
        if (toKnown.isPresent()) {
            to = toKnown.get();
            toText = r.toDate().strip();
            if (fromKnown.isPresent() && to.isBefore(from)) {
                // Dates in the wrong order: one of them is mistyped; the time between them is what is known.
                from = DateReading.earliest(r.toDate()).orElseThrow();
                to = DateReading.latest(r.fromDate()).orElseThrow();
                toText = fromText;
                fromText = r.toDate().strip();
            }
        } else if (r.current()) {
            to = today;
            toText = null;
            open = true;
        } else if (r.lastSeen() != null) {
            to = r.lastSeen();
            toText = r.lastSeen().toString();
        } else if (fromKnown.isPresent()) {
            // Only its start is known: the person was there then.
            to = DateReading.latest(r.fromDate()).orElseThrow();
            toText = fromText;
        } else {
            return Optional.empty();
        }
        var death = DateReading.latest(r.deathDate());
        if (death.isPresent() && death.get().isAfter(from) && death.get().isBefore(to)) {
            to = death.get();
            toText = r.deathDate().strip();
            open = false;
        }
        return Optional.of(new Stay(r.person(), from, to, fromText, toText, open, birth, fromText != null ? from : to));
    }

    boolean overlaps(Stay other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** Nights both spent there. */
    long nightsWith(Stay other) {
        var start = from.isAfter(other.from) ? from : other.from;
        var end = to.isBefore(other.to) ? to : other.to;
        return Math.max(0, end.toEpochDay() - start.toEpochDay());
    }
}
