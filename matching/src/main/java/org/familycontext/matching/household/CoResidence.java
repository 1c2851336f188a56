/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who lived with whom: for each pair of persons, the nights they shared over all the households they shared, and
 * from that the ties their living together suggests. A pair is counted once however many homes they shared.
 */
final class CoResidence {

    /**
     * A household of more people than this is more likely a hostel, a care home or flats with one address than a
     * family, and would make ties between everyone in it: it suggests none.
     */
    static final int MAX_PERSONS_FOR_INFERENCE = 12;

    private static final double DAYS_PER_YEAR = 365.25;

    private final Map<Pair, Together> pairs = new HashMap<>();

    void add(FormedHousehold household) {
        if (household.persons() > MAX_PERSONS_FOR_INFERENCE) {
            return;
        }
        var stays = household.stays();
        for (int i = 0; i < stays.size(); i++) {
            for (int j = i + 1; j < stays.size(); j++) {
                var a = stays.get(i);
                var b = stays.get(j);
                if (a.person().equals(b.person()) || !a.overlaps(b) || a.birth() == null || b.birth() == null) {
                    continue;
                }
                var first = a.person().compareTo(b.person()) < 0 ? a : b;
                var second = first == a ? b : a;
                pairs.computeIfAbsent(new Pair(first.person(), second.person()), p -> new Together(first, second))
                        .add(a, b, household.id());
            }
        }
    }

    /**
     * The ties suggested. Young people close in age usually share a home with a parent: when nobody they live with
     * could be the parent of both, a sibling guess is weaker (two young adults setting up home together are as
     * often a couple). And two persons who both look like a parent of the same child look like a couple, not
     * siblings: they get no sibling guess.
     */
    List<InferredTie> ties() {
        var candidates = new ArrayList<Candidate>();
        var possibleParents = new HashMap<String, Set<String>>();
        var possibleChildren = new HashMap<String, Set<String>>();
        for (var entry : pairs.entrySet()) {
            candidate(entry.getKey(), entry.getValue()).ifPresent(c -> {
                candidates.add(c);
                if (c.kind() == TieKind.POSSIBLE_PARENT_OR_CARER) {
                    possibleParents
                            .computeIfAbsent(c.to(), p -> new HashSet<>())
                            .add(c.from());
                    possibleChildren
                            .computeIfAbsent(c.from(), p -> new HashSet<>())
                            .add(c.to());
                }
            });
        }
        var out = new ArrayList<InferredTie>(candidates.size());
        for (var c : candidates) {
            double confidence;
            if (c.kind() == TieKind.POSSIBLE_PARENT_OR_CARER) {
                confidence = TieRule.parentConfidence(c.gap(), c.youngerAge(), c.overlapYears());
            } else if (!Collections.disjoint(of(possibleChildren, c.from()), of(possibleChildren, c.to()))) {
                continue;
            } else {
                boolean withParent = !Collections.disjoint(of(possibleParents, c.from()), of(possibleParents, c.to()));
                confidence = TieRule.siblingConfidence(c.gap(), c.overlapYears(), withParent);
            }
            var together = c.together();
            out.add(new InferredTie(
                    c.from(),
                    c.to(),
                    c.kind(),
                    confidence,
                    oneDecimal(c.gap()),
                    oneDecimal(c.overlapYears()),
                    together.firstKnown ? together.first : null,
                    together.stillTogether ? null : together.last,
                    List.copyOf(together.households)));
        }
        return out;
    }

    private static Set<String> of(Map<String, Set<String>> byPerson, String person) {
        return byPerson.getOrDefault(person, Set.of());
    }

    /** What a pair's ages suggest, if anything: from the older to the younger, or from the smaller ID. */
    private static Optional<Candidate> candidate(Pair pair, Together together) {
        var aOlder = !together.birthA.isAfter(together.birthB);
        var older = aOlder ? pair.a() : pair.b();
        var younger = aOlder ? pair.b() : pair.a();
        var olderBirth = aOlder ? together.birthA : together.birthB;
        var youngerBirth = aOlder ? together.birthB : together.birthA;
        double gap = years(olderBirth, youngerBirth);
        double olderAge = years(olderBirth, together.firstKnownTogether);
        double youngerAge = years(youngerBirth, together.firstKnownTogether);
        double overlap = together.nights / DAYS_PER_YEAR;
        return TieRule.kind(gap, olderAge)
                .map(kind -> kind == TieKind.POSSIBLE_PARENT_OR_CARER
                        ? new Candidate(older, younger, kind, gap, youngerAge, overlap, together)
                        : new Candidate(pair.a(), pair.b(), kind, gap, youngerAge, overlap, together));
    }

    private record Candidate(
            String from,
            String to,
            TieKind kind,
            double gap,
            double youngerAge,
            double overlapYears,
            Together together) {}

    private static double years(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private record Pair(String a, String b) {}

    /**
     * What a pair's stays have in common. Two dates of their first night together: as the widest reading puts it
     * (since birth, for a source that gives no start) for the time they shared, and the first day a source
     * puts both there for their ages when they began living together: a couple whose records give no start
     * would otherwise seem to have shared a home since the younger was born, and look like siblings.
     */
    private static final class Together {
        final LocalDate birthA;
        final LocalDate birthB;
        final TreeSet<String> households = new TreeSet<>();
        long nights;
        LocalDate first;
        boolean firstKnown;
        LocalDate firstKnownTogether;
        LocalDate last;
        boolean stillTogether;

        Together(Stay a, Stay b) {
            this.birthA = a.birth();
            this.birthB = b.birth();
        }

        void add(Stay a, Stay b, String household) {
            // The overlap began when the later of the two arrived.
            var arriving = a.from().isAfter(b.from()) || (a.from().equals(b.from()) && a.fromText() != null) ? a : b;
            var start = arriving.from();
            var end = a.to().isBefore(b.to()) ? a.to() : b.to();
            var bothKnownThere = a.knownFrom().isAfter(b.knownFrom()) ? a.knownFrom() : b.knownFrom();
            if (bothKnownThere.isAfter(end)) {
                bothKnownThere = end;
            }
            nights += a.nightsWith(b);
            if (first == null || start.isBefore(first)) {
                first = start;
                firstKnown = arriving.fromText() != null;
            }
            if (firstKnownTogether == null || bothKnownThere.isBefore(firstKnownTogether)) {
                firstKnownTogether = bothKnownThere;
            }
            last = last == null || end.isAfter(last) ? end : last;
            stillTogether |= a.open() && b.open();
            households.add(household);
        }
    }
}
