/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brothers and sisters derived from recorded parents, so that a family whose sources record only "mother of"
 * and "father of" still shows who is a full, half or step sibling:
 *
 * <ul>
 *   <li>two birth or adoptive parents in common: full;
 *   <li>one in common, and each child has another, different one recorded: half (maternal or paternal, after
 *       the parent they share);
 *   <li>one in common, and the other parent is not recorded for one of them: siblings, full or half unknown;
 *   <li>none in common, but a parent of one is a step-parent of the other: step.
 * </ul>
 *
 * Only recorded ties count, never an inferred one. Children of a parent recorded with more than {@value
 * #MAX_CHILDREN_PER_PARENT} children are not paired through that parent: such a "parent" is almost always a
 * placeholder record, and pairing its children would tie hundreds of strangers.
 */
final class SiblingDerivation {

    static final int MAX_CHILDREN_PER_PARENT = 20;

    /** A derived sibling pair; {@code sharedParentId} is the parent that names the side of a half sibling. */
    record DerivedSibling(PersonPair pair, String kind, String sharedParentId, String basis, Set<String> sources) {}

    private record ParentTie(String kind, Set<String> sources) {}

    private final Map<PersonPair, DerivedSibling> byPair;

    private SiblingDerivation(Map<PersonPair, DerivedSibling> byPair) {
        this.byPair = byPair;
    }

    static SiblingDerivation none() {
        return new SiblingDerivation(Map.of());
    }

    /**
     * @param members the persons to pair (the network)
     * @param ties every tie read for them, including ties to persons outside the network (a member's other
     *     parent may lie beyond the depth asked for, and still decides full or half)
     */
    static SiblingDerivation among(Set<String> members, Collection<FamilyTieView> ties) {
        // child -> parent -> kinds
        var parentsOf = new HashMap<String, Map<String, ParentTie>>();
        ties.stream()
                .filter(FamilyTieView::isParentage)
                .forEach(t -> parentsOf
                        .computeIfAbsent(t.toPersonId(), k -> new HashMap<>())
                        .merge(
                                t.fromPersonId(),
                                new ParentTie(t.kind(), Set.of(t.source())),
                                SiblingDerivation::strongerOf));

        var childrenOf = new HashMap<String, Set<String>>();
        parentsOf.forEach((child, parents) -> {
            if (members.contains(child)) {
                parents.forEach((parent, tie) -> {
                    if (ParentKinds.isLegal(tie.kind()) || ParentKinds.isStep(tie.kind())) {
                        childrenOf.computeIfAbsent(parent, k -> new TreeSet<>()).add(child);
                    }
                });
            }
        });

        var derived = new LinkedHashMap<PersonPair, DerivedSibling>();
        var seen = new HashSet<PersonPair>();
        childrenOf.forEach((parent, children) -> {
            if (children.size() > MAX_CHILDREN_PER_PARENT) {
                return;
            }
            var list = List.copyOf(children);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    var pair = PersonPair.of(list.get(i), list.get(j));
                    if (seen.add(pair)) {
                        derive(pair, parentsOf).ifPresent(d -> derived.put(pair, d));
                    }
                }
            }
        });
        return new SiblingDerivation(derived);
    }

    Optional<DerivedSibling> between(String a, String b) {
        return Optional.ofNullable(byPair.get(PersonPair.of(a, b)));
    }

    Collection<DerivedSibling> all() {
        return byPair.values();
    }

    private static Optional<DerivedSibling> derive(PersonPair pair, Map<String, Map<String, ParentTie>> parentsOf) {
        var ofA = parentsOf.getOrDefault(pair.first(), Map.of());
        var ofB = parentsOf.getOrDefault(pair.second(), Map.of());
        var legalA = legal(ofA);
        var legalB = legal(ofB);
        var shared = new TreeSet<>(legalA);
        shared.retainAll(legalB);
        if (shared.size() >= 2) {
            return Optional.of(sibling(pair, "full", shared.first(), "both parents in common", shared, ofA, ofB));
        }
        if (shared.size() == 1) {
            var parent = shared.first();
            return Optional.of(
                    legalA.size() >= 2 && legalB.size() >= 2
                            ? sibling(
                                    pair,
                                    "half",
                                    parent,
                                    "one parent in common, the other parents differ",
                                    shared,
                                    ofA,
                                    ofB)
                            : sibling(
                                    pair,
                                    "unknown",
                                    parent,
                                    "one parent in common; the other parent is not recorded for both",
                                    shared,
                                    ofA,
                                    ofB));
        }
        for (var parent : new TreeSet<>(legalA)) {
            if (isStep(ofB.get(parent))) {
                return Optional.of(sibling(
                        pair,
                        "step",
                        parent,
                        "a parent of one is a step-parent of the other",
                        Set.of(parent),
                        ofA,
                        ofB));
            }
        }
        for (var parent : new TreeSet<>(legalB)) {
            if (isStep(ofA.get(parent))) {
                return Optional.of(sibling(
                        pair,
                        "step",
                        parent,
                        "a parent of one is a step-parent of the other",
                        Set.of(parent),
                        ofA,
                        ofB));
            }
        }
        return Optional.empty();
    }

    private static DerivedSibling sibling(
            PersonPair pair,
            String kind,
            String sharedParent,
            String basis,
            Set<String> through,
            Map<String, ParentTie> ofA,
            Map<String, ParentTie> ofB) {
        var sources = new TreeSet<String>();
        for (var parent : through) {
            for (var tie : List.of(ofA, ofB)) {
                if (tie.containsKey(parent)) {
                    sources.addAll(tie.get(parent).sources());
                }
            }
        }
        return new DerivedSibling(
                pair, kind, sharedParent, basis + " (recorded by " + String.join(", ", sources) + ")", sources);
    }

    private static Set<String> legal(Map<String, ParentTie> parents) {
        var legal = new TreeSet<String>();
        parents.forEach((parent, tie) -> {
            if (ParentKinds.isLegal(tie.kind())) {
                legal.add(parent);
            }
        });
        return legal;
    }

    private static boolean isStep(ParentTie tie) {
        return tie != null && ParentKinds.isStep(tie.kind());
    }

    /** Of two recorded ties between the same parent and child, the one that says more about kinship wins. */
    private static ParentTie strongerOf(ParentTie a, ParentTie b) {
        int rankA = rank(a.kind());
        int rankB = rank(b.kind());
        if (rankA != rankB) {
            return rankA < rankB ? a : b;
        }
        var sources = new TreeSet<>(a.sources());
        sources.addAll(b.sources());
        return new ParentTie(a.kind(), sources);
    }

    private static int rank(String kind) {
        if ("birth".equals(kind) || "adoptive".equals(kind)) {
            return 0;
        }
        if (ParentKinds.isLegal(kind)) {
            return 1;
        }
        return ParentKinds.isStep(kind) ? 2 : 3;
    }

    /** The derived pairs as ties, for the network's list; from the smaller person ID. */
    List<FamilyTieView> asTies() {
        var out = new ArrayList<FamilyTieView>();
        byPair.values()
                .forEach(d -> out.add(new FamilyTieView(
                        d.pair().first(),
                        d.pair().second(),
                        "SIBLING_OF",
                        d.kind(),
                        null,
                        null,
                        "derived",
                        false,
                        1.0,
                        d.basis(),
                        true,
                        null,
                        null,
                        null,
                        null)));
        return out;
    }
}
