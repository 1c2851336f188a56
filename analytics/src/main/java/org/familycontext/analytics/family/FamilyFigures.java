/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.analytics.indicator.InvolvementFacts;
import org.familycontext.model.involvement.Service;

/** Works out each family's roles and figures (docs/analytics.md, "What is stored on a family"). */
final class FamilyFigures {

    private final FamilyGraph graph;
    private final FamilyUnits units;
    private final InvolvementFacts facts;
    private final int[] familyOf;

    FamilyFigures(FamilyGraph graph, FamilyUnits units, InvolvementFacts facts) {
        this.graph = graph;
        this.units = units;
        this.facts = facts;
        this.familyOf = new int[graph.size()];
        Arrays.fill(familyOf, -1);
    }

    /** The family number of each person (-1: in none), once {@link #build} has run. */
    int[] familyOf() {
        return familyOf;
    }

    List<BuiltFamily> build(List<int[]> families, String builtAt) {
        for (int f = 0; f < families.size(); f++) {
            for (int m : families.get(f)) {
                familyOf[m] = f;
            }
        }
        var built = new ArrayList<BuiltFamily>(families.size());
        for (int f = 0; f < families.size(); f++) {
            built.add(family(f, families.get(f), builtAt));
        }
        return built;
    }

    private BuiltFamily family(int f, int[] members, String builtAt) {
        var roles = new Role[members.length];
        var possibleParent = new boolean[members.length];
        var roleOf = new HashMap<Integer, Role>();
        for (int i = 0; i < members.length; i++) {
            roles[i] = firstRole(members[i], f);
            roleOf.put(members[i], roles[i]);
        }
        for (int i = 0; i < members.length; i++) {
            if (roles[i] == null) {
                roles[i] = laterRole(members[i], f, roleOf);
                roleOf.put(members[i], roles[i]);
            }
        }
        for (int i = 0; i < members.length; i++) {
            possibleParent[i] = roles[i] == Role.HOUSEHOLD && guessedParent(members[i], members);
        }
        var kinds = new HashMap<Integer, Boolean>();
        for (int i = 0; i < members.length; i++) {
            var r = roles[i];
            kinds.put(members[i], r == Role.PARENT || r == Role.CARER || r == Role.PARTNER || possibleParent[i]);
        }

        int children = 0;
        Integer youngest = null;
        Integer oldest = null;
        var servicesCurrent = EnumSet.noneOf(Service.class);
        var servicesEver = EnumSet.noneOf(Service.class);
        int openCases = 0;
        int inCare = 0;
        int inCareWithParentInCare = 0;
        for (int m : members) {
            servicesCurrent.addAll(facts.servicesCurrent(m));
            servicesEver.addAll(facts.servicesEver(m));
            openCases += facts.openCaseServices(m).size();
            if (!units.dependent(m)) {
                continue;
            }
            children++;
            int age = graph.age(m);
            if (age != FamilyGraph.UNKNOWN_AGE) {
                youngest = youngest == null ? age : Math.min(youngest, age);
                oldest = oldest == null ? age : Math.max(oldest, age);
            }
            if (facts.inCareNow(m)) {
                inCare++;
                if (aParentWasInCare(m)) {
                    inCareWithParentInCare++;
                }
            }
        }
        var indicators = facts.indicatorsOf(members, (person, kind) -> switch (kind) {
            case ANY -> true;
            case CHILDREN -> units.dependent(person);
            case ADULTS -> !units.dependent(person);
            case PARENTS -> kinds.getOrDefault(person, false);
        });

        var id = StableIds.family(graph.id(members[0]));
        var properties = new LinkedHashMap<String, Object>();
        properties.put("id", id);
        properties.put("builtAt", builtAt);
        properties.put("people", members.length);
        properties.put("children", children);
        properties.put("adults", members.length - children);
        properties.put("youngestChildAge", youngest);
        properties.put("oldestChildAge", oldest);
        properties.put("loneParent", loneParent(members, roles, possibleParent));
        properties.put("area", area(members));
        properties.put("indicators", indicators);
        properties.put("indicatorCount", indicators.size());
        properties.put("servicesCurrent", names(servicesCurrent));
        properties.put("servicesEver", names(servicesEver));
        properties.put("openCases", openCases);
        properties.put("childrenInCare", inCare);
        properties.put("childrenInCareWithParentInCare", inCareWithParentInCare);
        return new BuiltFamily(id, members, roles, possibleParent, properties);
    }

    /** Child, parent or carer: what the person is to a child of this family, by a tie in force. */
    private Role firstRole(int m, int family) {
        if (units.dependent(m)) {
            return Role.CHILD;
        }
        boolean carer = false;
        for (int t : graph.tiesOf(m)) {
            var tie = graph.ties().get(t);
            if (tie.from() != m || !tie.current() || !childHere(tie.to(), family)) {
                continue;
            }
            if (tie.parent()) {
                return Role.PARENT;
            }
            carer |= tie.carer();
        }
        return carer ? Role.CARER : null;
    }

    private Role laterRole(int m, int family, Map<Integer, Role> roleOf) {
        boolean sibling = false;
        for (int t : graph.tiesOf(m)) {
            var tie = graph.ties().get(t);
            int other = tie.from() == m ? tie.to() : tie.from();
            if (tie.couple()) {
                var role = roleOf.get(other);
                if (role == Role.PARENT || role == Role.CARER) {
                    return Role.PARTNER;
                }
            }
            if (tie.type() == TieType.SIBLING_OF && childHere(other, family)) {
                sibling = true;
            }
            if (tie.parent() && tie.to() == m && sharesChildHere(tie.from(), m, family)) {
                sibling = true;
            }
        }
        return sibling ? Role.SIBLING : Role.HOUSEHOLD;
    }

    private boolean childHere(int person, int family) {
        return familyOf[person] == family && units.dependent(person);
    }

    /** Whether the parent has, by a recorded tie, a child in this family other than {@code self}. */
    private boolean sharesChildHere(int parent, int self, int family) {
        for (int t : graph.tiesOf(parent)) {
            var tie = graph.ties().get(t);
            if (tie.from() == parent && tie.parent() && tie.to() != self && childHere(tie.to(), family)) {
                return true;
            }
        }
        return false;
    }

    private boolean guessedParent(int adult, int[] members) {
        if (units.dependent(adult)) {
            return false;
        }
        for (int c : members) {
            if (units.dependent(c) && graph.possibleParent(adult, c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a recorded parent of the child (birth, adoptive, step: at any time, living or not) was ever in care. */
    private boolean aParentWasInCare(int child) {
        for (int t : graph.tiesOf(child)) {
            var tie = graph.ties().get(t);
            if (tie.to() == child && tie.parent() && facts.everInCare(tie.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One parent figure (a parent, carer or partner, or a possible parent by co-residence) among the adults. Where
     * the children's home is known, only parent figures living there count: a separated parent living elsewhere is
     * still a parent, but does not make a two-parent home.
     */
    private boolean loneParent(int[] members, Role[] roles, boolean[] possibleParent) {
        var childHomes = new java.util.HashSet<Integer>();
        for (int m : members) {
            if (units.dependent(m) && !units.placed(m) && graph.homeOf(m) >= 0) {
                childHomes.add(graph.homeOf(m));
            }
        }
        int figures = 0;
        for (int i = 0; i < members.length; i++) {
            var r = roles[i];
            boolean figure = r == Role.PARENT || r == Role.CARER || r == Role.PARTNER || possibleParent[i];
            if (figure && (childHomes.isEmpty() || childHomes.contains(graph.homeOf(members[i])))) {
                figures++;
            }
        }
        return figures == 1;
    }

    /**
     * The postcode district of the family's home: the current household (with a postcode) most of its children
     * live in, apart from children in care; else the one most of its other members live in; else null (the
     * builder then looks at the children's addresses).
     */
    private String area(int[] members) {
        var home = commonHome(members, true);
        if (home < 0) {
            home = commonHome(members, false);
        }
        return home < 0 ? null : district(graph.home(home).postcode());
    }

    private int commonHome(int[] members, boolean children) {
        var counts = new HashMap<Integer, Integer>();
        for (int m : members) {
            boolean child = units.dependent(m);
            if (child != children || (child && units.placed(m))) {
                continue;
            }
            int h = graph.homeOf(m);
            if (h >= 0 && district(graph.home(h).postcode()) != null) {
                counts.merge(h, 1, Integer::sum);
            }
        }
        int best = -1;
        for (var e : counts.entrySet()) {
            if (best < 0
                    || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best))
                            && graph.home(e.getKey())
                                            .id()
                                            .compareTo(graph.home(best).id())
                                    < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** {@code "XD2 9UZ"} → {@code "XD2"}: the outward code, an area of a few thousand homes. */
    static String district(String postcode) {
        var normalised = org.familycontext.model.address.Postcode.normalise(postcode);
        return normalised.map(p -> p.substring(0, p.indexOf(' '))).orElse(null);
    }

    private static List<String> names(EnumSet<Service> services) {
        return services.stream().map(Service::name).toList();
    }
}
