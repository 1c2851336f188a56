/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.generator.Dice;

/**
 * The council's approved foster homes. Each is a household of its own, written as a family of its own when it
 * is first needed; the pool keeps a bounded number of them, so memory does not grow with the council.
 */
public final class FosterCarers {

    /** A foster home and the carers who look after children placed there. */
    public record FosterHome(FixedHome home, List<Person> carers, LocalDate approved) {}

    /** Recruits (generates and writes) a new foster household approved by the date, or null when no room. */
    public interface Recruiter {
        FosterHome recruit(LocalDate approvedBy);
    }

    private final List<FosterHome> pool = new ArrayList<>();
    private final int capacity;
    private final Dice dice;
    private Recruiter recruiter;

    public FosterCarers(int people, Dice dice) {
        this.capacity = Math.max(4, Math.min(2_000, people / 1_500));
        this.dice = dice;
    }

    public void recruiter(Recruiter value) {
        this.recruiter = value;
    }

    /** Foster carers for a child placed on {@code date}, or null when there are none. */
    FosterHome place(LocalDate date) {
        var approved = new ArrayList<FosterHome>();
        for (var home : pool) {
            if (!home.approved().isAfter(date) && home.carers().getFirst().aliveOn(date)) {
                approved.add(home);
            }
        }
        if (approved.isEmpty() || (pool.size() < capacity && dice.chance(0.5)) || dice.chance(0.05)) {
            var recruited = recruiter == null ? null : recruiter.recruit(date);
            if (recruited != null) {
                pool.add(recruited);
                if (pool.size() > capacity) {
                    // Carers retire; the oldest approval leaves the pool.
                    pool.removeFirst();
                }
                return recruited;
            }
        }
        return approved.isEmpty() ? null : dice.pick(approved);
    }
}
