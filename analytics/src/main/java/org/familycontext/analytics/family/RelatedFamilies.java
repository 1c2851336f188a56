/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Families joined by kinship (docs/analytics.md, "Related families"): a member of one has a recorded tie to a member
 * of the other (a grandparent, an aunt, an adult sister with her own children), or members of the two have a recorded
 * parent or grandparent in common who is in no family. Foster placements relate no families: a long-serving carer would join dozens.
 */
final class RelatedFamilies {

    /** The words {@code RELATED_FAMILY.via} takes, nearest kin first: a pair of families shows the nearest. */
    static final List<String> VIA =
            List.of("parent", "sibling", "grandparent", "aunt_uncle", "partner", "cousin", "relative");

    /** A person recorded with more children and grandchildren than this is a placeholder record, not kin. */
    static final int MAX_KIN_OF_ONE_PERSON = 20;

    /** Two related families (by number, {@code a < b}), how near, and how many pairs of persons tie them. */
    record Link(int a, int b, String via, int ties) {}

    private RelatedFamilies() {}

    static List<Link> find(FamilyGraph graph, int[] familyOf) {
        var links = new HashMap<Long, int[]>();
        var pairs = new HashMap<Long, Set<Long>>();
        for (var tie : graph.ties()) {
            var via = via(tie);
            if (via >= 0) {
                add(tie.from(), tie.to(), via, familyOf, links, pairs);
            }
        }
        // Kin in no family (a grandmother whose children are grown up) still relate the families of those she is
        // tied to: her children's families through a shared parent, her grandchildren's through a shared grandparent.
        var kinOf = new HashMap<Integer, List<int[]>>();
        for (var tie : graph.ties()) {
            int via = sharedVia(tie);
            if (via >= 0 && familyOf[tie.from()] < 0) {
                kinOf.computeIfAbsent(tie.from(), p -> new ArrayList<>()).add(new int[] {tie.to(), via});
            }
        }
        for (var kin : kinOf.values()) {
            if (kin.size() < 2 || kin.size() > MAX_KIN_OF_ONE_PERSON) {
                continue;
            }
            for (int i = 0; i < kin.size(); i++) {
                for (int j = i + 1; j < kin.size(); j++) {
                    var one = kin.get(i);
                    var other = kin.get(j);
                    add(one[0], other[0], Math.max(one[1], other[1]), familyOf, links, pairs);
                }
            }
        }
        var found = new ArrayList<Link>(links.size());
        links.forEach((key, value) -> found.add(new Link(
                (int) (key >>> 32),
                (int) (long) key,
                VIA.get(value[0]),
                pairs.get(key).size())));
        found.sort((x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        return found;
    }

    private static void add(int p, int q, int via, int[] familyOf, Map<Long, int[]> links, Map<Long, Set<Long>> pairs) {
        int fp = familyOf[p];
        int fq = familyOf[q];
        if (fp < 0 || fq < 0 || fp == fq) {
            return;
        }
        long key = fp < fq ? ((long) fp << 32) | fq : ((long) fq << 32) | fp;
        links.merge(key, new int[] {via}, (old, neu) -> old[0] <= neu[0] ? old : neu);
        long persons = p < q ? ((long) p << 32) | q : ((long) q << 32) | p;
        pairs.computeIfAbsent(key, k -> new HashSet<>()).add(persons);
    }

    /** How near a tie is, as an index in {@link #VIA}; -1 for a tie that relates no families. */
    private static int via(Tie tie) {
        return switch (tie.type()) {
            case PARENT_OF -> tie.foster() ? -1 : VIA.indexOf("parent");
            case SIBLING_OF -> VIA.indexOf("sibling");
            case PARTNER_OF -> tie.couple() ? VIA.indexOf("partner") : -1;
            case RELATIVE_OF -> {
                int i = tie.kind() == null ? -1 : VIA.indexOf(tie.kind());
                yield i >= 0 ? i : VIA.indexOf("relative");
            }
        };
    }

    /**
     * What two persons with this tie from one kin in common are: a parent's children are siblings, a grandparent's
     * grandchildren share a grandparent; -1 for a tie that relates no one through the kin.
     */
    private static int sharedVia(Tie tie) {
        if (tie.parent()) {
            return VIA.indexOf("sibling");
        }
        if (tie.type() == TieType.RELATIVE_OF && "grandparent".equals(tie.kind())) {
            return VIA.indexOf("grandparent");
        }
        return -1;
    }

    /**
     * Sets each family's {@code relatedGroup} (an ID shared by every family in one connected group of related
     * families; a family related to none is a group of one), {@code relatedGroupSize} and {@code relatedFamilies}
     * (how many families it is related to directly). Returns the number of groups of two or more.
     */
    static int group(List<BuiltFamily> families, List<Link> links) {
        var sets = new UnionFind(families.size());
        var degree = new int[families.size()];
        for (var link : links) {
            sets.union(link.a(), link.b());
            degree[link.a()]++;
            degree[link.b()]++;
        }
        var smallest = new HashMap<Integer, String>();
        var sizes = new HashMap<Integer, Integer>();
        for (int f = 0; f < families.size(); f++) {
            int root = sets.find(f);
            var id = families.get(f).id();
            smallest.merge(root, id, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            sizes.merge(root, 1, Integer::sum);
        }
        for (int f = 0; f < families.size(); f++) {
            int root = sets.find(f);
            var properties = families.get(f).properties();
            properties.put("relatedGroup", StableIds.relatedGroup(smallest.get(root)));
            properties.put("relatedGroupSize", sizes.get(root));
            properties.put("relatedFamilies", degree[f]);
        }
        return (int) sizes.values().stream().filter(s -> s > 1).count();
    }
}
