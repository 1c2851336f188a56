/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Paths of kinship only (birth or adoptive parents, siblings, recorded relatives) between network members, found
 * in memory from the ties already read. A grandmother who is also a child's special guardian is reached first
 * through the guardianship; this finds that she is the maternal grandmother as well.
 */
final class KinPaths {

    static final int MAX_STEPS = 4;

    private static final Set<Move> KIN = EnumSet.of(
            Move.PARENT,
            Move.CHILD,
            Move.SIBLING,
            Move.GRANDPARENT,
            Move.GRANDCHILD,
            Move.AUNT_UNCLE,
            Move.NIECE_NEPHEW,
            Move.COUSIN);

    private final Map<String, List<Step>> next = new HashMap<>();

    KinPaths(Collection<FamilyTieView> ties) {
        for (var tie : ties) {
            if (tie.inferred()) {
                continue;
            }
            add(tie.fromPersonId(), Move.crossing(tie.type(), tie.kind(), true), tie.kind(), tie.toPersonId());
            add(tie.toPersonId(), Move.crossing(tie.type(), tie.kind(), false), tie.kind(), tie.fromPersonId());
        }
    }

    private void add(String from, Move move, String kind, String to) {
        var step = new Step(move, kind, to);
        if (isKin(step)) {
            next.computeIfAbsent(from, k -> new ArrayList<>()).add(step);
        }
    }

    /** A step of kinship: to a birth or adoptive parent or child, a sibling (not a step-sibling), a relative. */
    static boolean isKin(Step step) {
        var move = step.move();
        if (move == Move.PARENT || move == Move.CHILD) {
            return step.isLegalParentage();
        }
        return KIN.contains(move) && !(move == Move.SIBLING && "step".equals(step.kind()));
    }

    /** The shortest path of kinship from one person to another, if there is one of at most {@value #MAX_STEPS}. */
    Optional<List<Step>> between(String from, String to) {
        return shortest(from, to, step -> true);
    }

    /**
     * The shortest path through parents, children and siblings only: it says which side of the family a relative
     * is on where a source records only "grandparent of" or "aunt of".
     */
    Optional<List<Step>> throughParents(String from, String to) {
        return shortest(
                from,
                to,
                step -> step.move() == Move.PARENT || step.move() == Move.CHILD || step.move() == Move.SIBLING);
    }

    private Optional<List<Step>> shortest(String from, String to, Predicate<Step> allowed) {
        var paths = new HashMap<String, List<Step>>();
        paths.put(from, List.of());
        var queue = new ArrayDeque<String>();
        queue.add(from);
        while (!queue.isEmpty()) {
            var at = queue.poll();
            var path = paths.get(at);
            if (at.equals(to)) {
                return Optional.of(path);
            }
            if (path.size() == MAX_STEPS) {
                continue;
            }
            for (var step : next.getOrDefault(at, List.of())) {
                if (allowed.test(step) && !paths.containsKey(step.personId())) {
                    var longer = new ArrayList<>(path);
                    longer.add(step);
                    paths.put(step.personId(), longer);
                    queue.add(step.personId());
                }
            }
        }
        return Optional.empty();
    }
}
