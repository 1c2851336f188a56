/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.familycontext.analytics.indicator.InvolvementFacts;

/**
 * Draws family units (docs/analytics.md, "The family unit"): each dependent child with their current parents and
 * carers, those parents' current partners, and the people in the child's current household; units that share a
 * person are one family. Adults with no dependent child in reach are in no family.
 */
final class FamilyUnits {

    private final FamilyGraph graph;
    private final FamilyOptions options;
    private final BitSet dependent = new BitSet();
    private final BitSet placed = new BitSet();

    FamilyUnits(FamilyGraph graph, InvolvementFacts facts, FamilyOptions options) {
        this.graph = graph;
        this.options = options;
        for (int p = 0; p < graph.size(); p++) {
            if (isDependent(p)) {
                dependent.set(p);
            }
        }
        for (var tie : graph.ties()) {
            if (tie.foster() && tie.current() && dependent.get(tie.to())) {
                placed.set(tie.to());
            }
        }
        for (int p = dependent.nextSetBit(0); p >= 0; p = dependent.nextSetBit(p + 1)) {
            if (facts.inCareNow(p)) {
                placed.set(p);
            }
        }
    }

    /** Under the age limit on the day, or of unknown age with a record in a children's source; and alive. */
    private boolean isDependent(int p) {
        if (graph.dead(p)) {
            return false;
        }
        int age = graph.age(p);
        return age == FamilyGraph.UNKNOWN_AGE ? graph.childRecords(p) : age < options.ageLimit();
    }

    boolean dependent(int person) {
        return dependent.get(person);
    }

    /**
     * A child in care now (a current looked-after involvement) or in a current foster placement: their household
     * is a placement, so it joins them to no one, and they join no one's household.
     */
    boolean placed(int person) {
        return placed.get(person);
    }

    /** The families, each its members' numbers in person-ID order; the families in order of their first member. */
    List<int[]> form() {
        var sets = new UnionFind(graph.size());
        var member = new BitSet();
        for (int c = dependent.nextSetBit(0); c >= 0; c = dependent.nextSetBit(c + 1)) {
            member.set(c);
            for (int t : graph.tiesOf(c)) {
                var tie = graph.ties().get(t);
                if (tie.to() != c || !tie.current() || !(tie.parent() || tie.carer()) || graph.dead(tie.from())) {
                    continue;
                }
                int parent = tie.from();
                sets.union(c, parent);
                member.set(parent);
                if (options.maxDegrees() >= 2) {
                    joinPartners(parent, sets, member);
                }
            }
            if (options.coResidence() && !placed(c)) {
                joinHousehold(c, sets, member);
            }
        }
        var groups = new HashMap<Integer, List<Integer>>();
        for (int p = member.nextSetBit(0); p >= 0; p = member.nextSetBit(p + 1)) {
            groups.computeIfAbsent(sets.find(p), r -> new ArrayList<>()).add(p);
        }
        Comparator<Integer> byId = Comparator.comparing(graph::id);
        var families = new ArrayList<int[]>(groups.size());
        for (var group : groups.values()) {
            group.sort(byId);
            families.add(group.stream().mapToInt(Integer::intValue).toArray());
        }
        families.sort(Comparator.comparing(f -> graph.id(f[0])));
        return families;
    }

    private void joinPartners(int parent, UnionFind sets, BitSet member) {
        for (int t : graph.tiesOf(parent)) {
            var tie = graph.ties().get(t);
            if (!tie.couple()) {
                continue;
            }
            int partner = tie.from() == parent ? tie.to() : tie.from();
            if (!graph.dead(partner)) {
                sets.union(parent, partner);
                member.set(partner);
            }
        }
    }

    private void joinHousehold(int child, UnionFind sets, BitSet member) {
        int home = graph.homeOf(child);
        if (home < 0 || graph.home(home).size() > options.maxHouseholdSize()) {
            return;
        }
        for (int m : graph.homeMembers(home)) {
            if (m != child && !graph.dead(m) && !placed(m)) {
                sets.union(child, m);
                member.set(m);
            }
        }
    }
}
