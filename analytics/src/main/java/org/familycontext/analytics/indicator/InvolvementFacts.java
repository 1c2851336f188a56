/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.familycontext.model.involvement.Service;

/**
 * What each person's involvements say, kept compactly by person number (a million persons fit in a few arrays):
 * which clauses of which indicators their involvements meet, which services they have had, which are open cases,
 * whether they are or were looked after. Fed one involvement at a time from a stream; asked per family afterwards.
 */
public final class InvolvementFacts {

    /** Clause hits are a bit each in a long per person. */
    static final int MAX_CLAUSES = Long.SIZE;

    private static final Service[] SERVICES = Service.values();

    private final IndicatorSet set;
    private final Clause[] clauses;
    private final int[] indicatorOfClause;
    private final long[] hits;
    private final int[] servicesCurrent;
    private final int[] servicesEver;
    private final int[] openCaseServices;
    private final BitSet inCareNow = new BitSet();
    private final BitSet everInCare = new BitSet();
    private final boolean[] clauseHasData;

    public InvolvementFacts(IndicatorSet set, int persons) {
        this.set = set;
        var all = new ArrayList<Clause>();
        var owners = new ArrayList<Integer>();
        for (int i = 0; i < set.indicators().size(); i++) {
            for (var clause : set.indicators().get(i).anyOf()) {
                all.add(clause);
                owners.add(i);
            }
        }
        if (all.size() > MAX_CLAUSES) {
            throw new IllegalArgumentException(
                    "at most " + MAX_CLAUSES + " clauses in all indicators together, not " + all.size());
        }
        clauses = all.toArray(Clause[]::new);
        indicatorOfClause = owners.stream().mapToInt(Integer::intValue).toArray();
        clauseHasData = new boolean[clauses.length];
        hits = new long[persons];
        servicesCurrent = new int[persons];
        servicesEver = new int[persons];
        openCaseServices = new int[persons];
    }

    /** Takes in one involvement of the person numbered {@code person}. */
    public void add(int person, Involvement involvement) {
        for (int c = 0; c < clauses.length; c++) {
            if (!clauses[c].readsFrom(involvement)) {
                continue;
            }
            clauseHasData[c] = true;
            if (clauses[c].matches(involvement)) {
                hits[person] |= 1L << c;
            }
        }
        var service = service(involvement.service());
        if (service >= 0) {
            servicesEver[person] |= 1 << service;
            if (involvement.current()) {
                servicesCurrent[person] |= 1 << service;
            }
            if (set.openCases().matches(involvement)) {
                openCaseServices[person] |= 1 << service;
            }
        }
        if (set.lookedAfter().matches(involvement)) {
            everInCare.set(person);
            if (involvement.current()) {
                inCareNow.set(person);
            }
        }
    }

    /**
     * The indicators a family has, in the set's order.
     *
     * @param members the family's person numbers
     * @param kinds what each member is, for the clauses' {@code members}
     */
    public List<String> indicatorsOf(int[] members, MemberKinds kinds) {
        var found = new ArrayList<String>();
        for (int i = 0; i < set.indicators().size(); i++) {
            if (hasIndicator(i, members, kinds)) {
                found.add(set.indicators().get(i).name());
            }
        }
        return found;
    }

    private boolean hasIndicator(int indicator, int[] members, MemberKinds kinds) {
        for (int c = 0; c < clauses.length; c++) {
            if (indicatorOfClause[c] != indicator) {
                continue;
            }
            long bit = 1L << c;
            for (int m : members) {
                if ((hits[m] & bit) != 0
                        && (clauses[c].members() == Members.ANY || kinds.is(m, clauses[c].members()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names of the indicators some clause of which found data of the kind it reads, in the set's order. */
    public List<String> available() {
        return availability(true);
    }

    /** Names of the indicators with no data in this council: unknown for every family, not absent. */
    public List<String> unavailable() {
        return availability(false);
    }

    private List<String> availability(boolean wanted) {
        var names = new ArrayList<String>();
        for (int i = 0; i < set.indicators().size(); i++) {
            boolean data = false;
            for (int c = 0; c < clauses.length; c++) {
                data |= indicatorOfClause[c] == i && clauseHasData[c];
            }
            if (data == wanted) {
                names.add(set.indicators().get(i).name());
            }
        }
        return names;
    }

    public Set<Service> servicesCurrent(int person) {
        return services(servicesCurrent[person]);
    }

    public Set<Service> servicesEver(int person) {
        return services(servicesEver[person]);
    }

    /** Services whose current involvement with the person is an open case. */
    public Set<Service> openCaseServices(int person) {
        return services(openCaseServices[person]);
    }

    public boolean inCareNow(int person) {
        return inCareNow.get(person);
    }

    public boolean everInCare(int person) {
        return everInCare.get(person);
    }

    private static Set<Service> services(int bits) {
        var set = EnumSet.noneOf(Service.class);
        for (int i = 0; i < SERVICES.length; i++) {
            if ((bits & (1 << i)) != 0) {
                set.add(SERVICES[i]);
            }
        }
        return set;
    }

    private static int service(String name) {
        if (name == null) {
            return -1;
        }
        for (var s : SERVICES) {
            if (s.name().equals(name)) {
                return s.ordinal();
            }
        }
        return -1;
    }

    /** What a member of a family is, as indicator clauses ask. */
    @FunctionalInterface
    public interface MemberKinds {
        boolean is(int person, Members kind);
    }
}
