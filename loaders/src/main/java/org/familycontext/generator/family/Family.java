/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One family network: up to four generations, the households they formed and left, and the ties between
 * them. Families are generated and written one at a time, so a family is all the generator holds in memory.
 */
public final class Family {

    private final int index;
    private final int need;
    private final List<Person> people = new ArrayList<>();
    private final Map<Person, Person[]> parents = new IdentityHashMap<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<Tie> careTies = new ArrayList<>();
    private List<Tie> ties;

    Family(int index, int need) {
        this.index = index;
        this.need = need;
    }

    public int index() {
        return index;
    }

    /** 0 (no more than any family) to 3 (several services, children's social care). */
    public int need() {
        return need;
    }

    /** Everyone in the family, in the order they were created. */
    public List<Person> people() {
        return Collections.unmodifiableList(people);
    }

    public int size() {
        return people.size();
    }

    void add(Person person) {
        people.add(person);
    }

    void setParents(Person child, Person mother, Person father) {
        parents.put(child, new Person[] {mother, father});
    }

    /** Birth mother, or null when not in the family. */
    public Person mother(Person child) {
        var p = parents.get(child);
        return p == null ? null : p[0];
    }

    /** Birth father, or null when unknown. */
    public Person father(Person child) {
        var p = parents.get(child);
        return p == null ? null : p[1];
    }

    Partnership partner(Person a, Person b, String kind, LocalDate from) {
        var p = new Partnership(a, b, kind, from);
        partnerships.add(p);
        return p;
    }

    List<Partnership> partnerships() {
        return partnerships;
    }

    /** The person's partner on {@code date}, or null. */
    public Person partnerOn(Person person, LocalDate date) {
        for (var p : partnerships) {
            if (p.involves(person) && p.onDate(date)) {
                return p.other(person);
            }
        }
        return null;
    }

    void addCareTie(Tie tie) {
        careTies.add(tie);
    }

    /** The latest day the person started caring for a child of the family; their birth when never. */
    LocalDate lastCareTieAsCarer(Person carer) {
        var last = carer.birthDate();
        for (var t : careTies) {
            if (t.from() == carer) {
                var d = t.toDate() != null ? t.toDate() : t.fromDate();
                last = d.isAfter(last) ? d : last;
            }
        }
        return last;
    }

    /** The people this person is a birth parent of, oldest first. */
    public List<Person> childrenOf(Person parent) {
        var out = new ArrayList<Person>();
        for (var p : people) {
            var ps = parents.get(p);
            if (ps != null && (ps[0] == parent || ps[1] == parent)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Every true relationship in the family; computed once, when the family is complete. */
    public List<Tie> ties() {
        if (ties == null) {
            ties = new TieDeriver(people, parents, partnerships, careTies).derive();
        }
        return ties;
    }
}
