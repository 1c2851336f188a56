/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out every relationship from who is whose birth child and who partnered whom, so that a step-parent,
 * a half-sibling, a grandparent or a cousin is never forgotten or contradicted.
 */
final class TieDeriver {

    private final List<Person> people;
    private final Map<Person, Person[]> parents;
    private final List<Partnership> partnerships;
    private final List<Tie> careTies;
    private final List<Tie> out = new ArrayList<>();

    TieDeriver(List<Person> people, Map<Person, Person[]> parents, List<Partnership> partnerships, List<Tie> careTies) {
        this.people = people;
        this.parents = parents;
        this.partnerships = partnerships;
        this.careTies = careTies;
    }

    List<Tie> derive() {
        for (var p : partnerships) {
            out.add(new Tie(p.a, p.b, "PARTNER_OF", p.kind, p.from, p.to));
        }
        for (var child : people) {
            for (var parent : parentsOf(child)) {
                out.add(new Tie(parent, child, "PARENT_OF", "birth", child.birthDate(), null));
            }
        }
        stepParents();
        out.addAll(careTies);
        siblings();
        grandparentsAuntsAndCousins();
        return out;
    }

    private List<Person> parentsOf(Person child) {
        var ps = parents.get(child);
        var list = new ArrayList<Person>(2);
        if (ps != null) {
            for (var p : ps) {
                if (p != null) {
                    list.add(p);
                }
            }
        }
        return list;
    }

    /** A parent's partner is a step-parent to the parent's children who were under 18 when they met. */
    private void stepParents() {
        for (var p : partnerships) {
            addSteps(p.a, p.b, p);
            addSteps(p.b, p.a, p);
        }
    }

    private void addSteps(Person parent, Person stepParent, Partnership p) {
        for (var child : people) {
            var ps = parentsOf(child);
            if (!ps.contains(parent) || ps.contains(stepParent)) {
                continue;
            }
            var from = later(p.from, child.birthDate());
            if (child.ageOn(from) >= 18 || (p.to != null && !p.to.isAfter(from))) {
                continue;
            }
            out.add(new Tie(stepParent, child, "PARENT_OF", "step", from, p.to));
        }
    }

    private void siblings() {
        for (int i = 0; i < people.size(); i++) {
            var a = people.get(i);
            var pa = parentsOf(a);
            if (pa.isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < people.size(); j++) {
                var b = people.get(j);
                var pb = parentsOf(b);
                if (pb.isEmpty()) {
                    continue;
                }
                int shared = 0;
                for (var x : pa) {
                    if (pb.contains(x)) {
                        shared++;
                    }
                }
                var from = later(a.birthDate(), b.birthDate());
                if (shared == 2 || (shared == 1 && pa.size() == 1 && pb.size() == 1)) {
                    out.add(new Tie(a, b, "SIBLING_OF", "full", from, null));
                } else if (shared == 1) {
                    out.add(new Tie(a, b, "SIBLING_OF", "half", from, null));
                } else {
                    var link = partnershipBetween(pa, pb);
                    if (link != null && (link.to == null || link.to.isAfter(from))) {
                        out.add(new Tie(a, b, "SIBLING_OF", "step", later(link.from, from), link.to));
                    }
                }
            }
        }
    }

    private Partnership partnershipBetween(List<Person> pa, List<Person> pb) {
        for (var p : partnerships) {
            for (var x : pa) {
                for (var y : pb) {
                    if (p.involves(x) && p.involves(y) && x != y) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private void grandparentsAuntsAndCousins() {
        for (var child : people) {
            for (var parent : parentsOf(child)) {
                for (var grandparent : parentsOf(parent)) {
                    out.add(new Tie(grandparent, child, "RELATIVE_OF", "grandparent", child.birthDate(), null));
                }
                for (var auntOrUncle : siblingsOf(parent)) {
                    out.add(new Tie(auntOrUncle, child, "RELATIVE_OF", "aunt_uncle", child.birthDate(), null));
                }
            }
        }
        for (int i = 0; i < people.size(); i++) {
            var a = people.get(i);
            for (int j = i + 1; j < people.size(); j++) {
                var b = people.get(j);
                if (cousins(a, b)) {
                    out.add(new Tie(a, b, "RELATIVE_OF", "cousin", later(a.birthDate(), b.birthDate()), null));
                }
            }
        }
    }

    private List<Person> siblingsOf(Person person) {
        var mine = parentsOf(person);
        var list = new ArrayList<Person>();
        if (mine.isEmpty()) {
            return list;
        }
        for (var other : people) {
            if (other != person) {
                for (var p : parentsOf(other)) {
                    if (mine.contains(p)) {
                        list.add(other);
                        break;
                    }
                }
            }
        }
        return list;
    }

    private boolean cousins(Person a, Person b) {
        for (var pa : parentsOf(a)) {
            var auntsAndUncles = siblingsOf(pa);
            for (var pb : parentsOf(b)) {
                if (auntsAndUncles.contains(pb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
