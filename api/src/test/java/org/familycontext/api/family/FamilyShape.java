/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.familycontext.model.record.Sex;

/** A small family written tie by tie, as the walk would read it, for the namer and the sibling rules. */
final class FamilyShape {

    private final Map<String, Sex> sex = new HashMap<>();
    private final List<FamilyTieView> ties = new ArrayList<>();

    FamilyShape female(String... ids) {
        for (var id : ids) {
            sex.put(id, Sex.FEMALE);
        }
        return this;
    }

    FamilyShape male(String... ids) {
        for (var id : ids) {
            sex.put(id, Sex.MALE);
        }
        return this;
    }

    FamilyShape parent(String parent, String child, String kind) {
        return tie(parent, child, "PARENT_OF", kind);
    }

    FamilyShape partners(String a, String b, String kind) {
        return tie(a, b, "PARTNER_OF", kind);
    }

    FamilyShape siblings(String a, String b, String kind) {
        return tie(a, b, "SIBLING_OF", kind);
    }

    FamilyShape guessedParent(String parent, String child) {
        ties.add(new FamilyTieView(
                parent,
                child,
                "PARENT_OF",
                "possible_parent_or_carer",
                null,
                null,
                "inferred",
                true,
                0.9,
                "co-residence and age gap",
                false,
                null,
                null,
                null,
                null));
        return this;
    }

    FamilyShape tie(String from, String to, String type, String kind) {
        ties.add(new FamilyTieView(
                from, to, type, kind, null, null, "test", false, 1.0, null, false, null, null, null, null));
        return this;
    }

    List<FamilyTieView> ties() {
        return ties;
    }

    SiblingDerivation siblingsAmong(String... members) {
        return SiblingDerivation.among(Set.of(members), ties);
    }

    SiblingDerivation siblings() {
        var members = new java.util.HashSet<String>();
        ties.forEach(t -> {
            members.add(t.fromPersonId());
            members.add(t.toPersonId());
        });
        return SiblingDerivation.among(members, ties);
    }

    KinshipNamer namer() {
        return new KinshipNamer(id -> sex.getOrDefault(id, Sex.UNKNOWN), siblings());
    }

    static Step up(String kind, String id) {
        return new Step(Move.PARENT, kind, id);
    }

    static Step down(String kind, String id) {
        return new Step(Move.CHILD, kind, id);
    }

    static Step step(Move move, String kind, String id) {
        return new Step(move, kind, id);
    }
}
