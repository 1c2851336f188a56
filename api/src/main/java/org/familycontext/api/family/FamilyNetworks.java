/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.familycontext.api.graph.Values.flag;
import static org.familycontext.api.graph.Values.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.api.person.PersonQueries;
import org.familycontext.api.person.PersonView;
import org.familycontext.model.record.Sex;
import org.springframework.stereotype.Component;

/**
 * Draws a family network: walks outward from the focus person one level per query, reads the ties of the last
 * level's people in one more (ties among them, and their parents for siblings), then the people, their
 * households and recorded qualities in one query each. So a network of depth d costs d + 4 queries at most,
 * however many people it holds, and never more than {@value #MAX_PEOPLE} people.
 */
@Component
class FamilyNetworks {

    /** A network bigger than this is cut (and says so): no screen shows more, and a hub record would reach all. */
    static final int MAX_PEOPLE = 500;

    /** At most this many rows per level: a walk through a placeholder record tied to thousands stops here. */
    static final int MAX_ROWS_PER_LEVEL = 20_000;

    /** Members listed per household; a hostel's hundreds are counted, not listed. */
    static final int MAX_HOUSEHOLD_MEMBERS = 50;

    private final FamilyNetworkQueries queries;
    private final PersonQueries people;

    FamilyNetworks(FamilyNetworkQueries queries, PersonQueries people) {
        this.queries = queries;
        this.people = people;
    }

    FamilyNetworkView draw(PersonView focus, int depth, NetworkFilter filter) {
        var walk = walk(focus.id(), depth, filter);
        var members = walk.paths().keySet();

        var memberTies = new ArrayList<FamilyTieView>();
        walk.ties().stream()
                .filter(t -> members.contains(t.fromPersonId()) && members.contains(t.toPersonId()))
                .forEach(memberTies::add);
        var siblings = SiblingDerivation.among(members, walk.ties());
        memberTies.addAll(derivedNotRecorded(siblings, memberTies));

        var qualities = latestByPair(queries.qualities(members, members, filter.asOf()));
        var ties = memberTies.stream()
                .map(t -> t.withQuality(qualities.get(PersonPair.of(t.fromPersonId(), t.toPersonId()))))
                .sorted(TIE_ORDER)
                .toList();

        Map<String, PersonView> byId =
                people.findByIds(members).stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        var namer = new KinshipNamer(id -> byId.containsKey(id) ? byId.get(id).sex() : Sex.UNKNOWN, siblings);
        var kin = new KinPaths(ties);
        var memberViews = walk.paths().entrySet().stream()
                .filter(e -> byId.containsKey(e.getKey()))
                .map(e -> member(byId.get(e.getKey()), e.getValue(), namer, kin, focus.id()))
                .toList();

        var households = new LinkedHashMap<String, HouseholdView>();
        queries.households(members, filter.asOf(), MAX_HOUSEHOLD_MEMBERS).stream()
                .map(HouseholdView::of)
                .forEach(h -> households.putIfAbsent(h.id(), h));

        return new FamilyNetworkView(
                focus,
                memberViews,
                ties,
                List.copyOf(households.values()),
                qualities.values().stream()
                        .sorted(Comparator.comparing(
                                RelationshipQualityView::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList(),
                walk.truncated(),
                filter.asOf());
    }

    private record Walk(Map<String, List<Step>> paths, Set<FamilyTieView> ties, boolean truncated) {}

    /**
     * The shortest path of steps from the focus to everyone within {@code depth} ties, focus first, in the order
     * found, and every tie of everyone found (to anyone). Among equally short paths the one through nearer kin
     * wins (see {@link Move}). The focus person's co-residents not reached through ties are one step away.
     */
    private Walk walk(String focusId, int depth, NetworkFilter filter) {
        var paths = new LinkedHashMap<String, List<Step>>();
        paths.put(focusId, List.of());
        var ties = new LinkedHashSet<FamilyTieView>();
        var coResidents = new HashMap<String, List<Step>>();
        var truncated = false;
        var frontier = List.of(focusId);
        var closeNext = false;
        for (int level = 1; !frontier.isEmpty(); level++) {
            // Past the depth, once full, or once the focus person's household has joined, one more query reads the
            // ties of the last people found.
            var closing = closeNext || level > depth || paths.size() >= MAX_PEOPLE;
            var rows = queries.level(frontier, filter, level == 1 ? List.of(focusId) : List.of(), MAX_ROWS_PER_LEVEL);
            truncated |= rows.size() >= MAX_ROWS_PER_LEVEL;
            var best = new HashMap<String, List<Step>>();
            for (var row : rows) {
                var type = text(row, "type");
                var coResident = Move.CO_RESIDENT_ROW.equals(type);
                if (!coResident) {
                    ties.add(FamilyTieView.ofRow(row));
                }
                var other = text(row, "other");
                if (closing || paths.containsKey(other)) {
                    continue;
                }
                var kind = text(row, "kind");
                var step = new Step(
                        Move.crossing(type, kind, flag(row, "outgoing")), kind == null ? "unknown" : kind, other);
                var from = paths.get(text(row, "pid"));
                // A guess is shown, never built on: a possible carer's family is not the child's.
                if (throughAPlacement(from, step)
                        || from.stream().anyMatch(s -> s.move().isGuess())) {
                    continue;
                }
                var path = new ArrayList<>(from);
                path.add(step);
                (coResident ? coResidents : best).merge(other, path, (a, b) -> PATH_ORDER.compare(a, b) <= 0 ? a : b);
            }
            if (closing) {
                break;
            }
            var found = new ArrayList<>(best.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(PATH_ORDER))
                    .toList());
            // Someone who lives with the focus person but is not reached through ties within the depth asked for is
            // there all the same, as a household member: a shared home is the first thing to know. Added last, so
            // that a relative living there is named as a relative, from the ties; and never walked on from, since
            // a lodger's or another placed child's family is not this person's family.
            if (level == depth || found.isEmpty()) {
                var joining = coResidents.entrySet().stream()
                        .filter(e -> !paths.containsKey(e.getKey()) && !best.containsKey(e.getKey()))
                        .sorted(Map.Entry.comparingByValue(PATH_ORDER))
                        .toList();
                found.addAll(joining);
                closeNext = !joining.isEmpty();
                coResidents.clear();
            }
            var room = MAX_PEOPLE - paths.size();
            if (found.size() > room) {
                truncated = true;
                found = new ArrayList<>(found.subList(0, room));
            }
            found.forEach(e -> paths.put(e.getKey(), e.getValue()));
            frontier = found.stream().map(Map.Entry::getKey).toList();
        }
        return new Walk(paths, ties, truncated);
    }

    /**
     * A foster carer's other foster children are other families' children, placed in the same home: the walk does
     * not go from a child to their foster carer and on to the children they foster (nor to those children's
     * families, dozens of strangers for a long-serving carer). Who lives in the foster home now is there as its
     * household.
     */
    private static boolean throughAPlacement(List<Step> pathSoFar, Step next) {
        if (pathSoFar.isEmpty()) {
            return false;
        }
        var last = pathSoFar.getLast();
        return last.move() == Move.PARENT
                && "foster".equals(last.kind())
                && (next.move() == Move.CHILD && "foster".equals(next.kind()) || next.move() == Move.POSSIBLE_CHILD);
    }

    /**
     * Named from the walk's path; but where that path goes through someone who is not kin (a carer, a partner, a
     * shared home, a guess), or is a relative recorded without saying on which side ("grandparent of"), and the
     * ties among the members also join the two by kinship, the kinship names them: a special guardian's son who is
     * the child's mother's brother is the "maternal uncle", a grandmother who is the special guardian is both, and
     * a recorded grandmother who is the mother's mother is the "maternal grandmother". A member is a guess only
     * when no recorded kinship names them.
     */
    private static FamilyMemberView member(
            PersonView person, List<Step> path, KinshipNamer namer, KinPaths kin, String focusId) {
        var sideUnsaid = path.size() == 1 && SIDED.contains(path.getFirst().move());
        if (sideUnsaid || !path.stream().allMatch(KinPaths::isKin)) {
            var kinName = kinName(namer, kin, focusId, person.id());
            // A recorded relative keeps the source's word; the parents only add the side ("maternal grandmother").
            if (sideUnsaid && kinName != null && !kinName.endsWith(namer.name(focusId, path))) {
                kinName = null;
            }
            if (kinName != null) {
                var name = path.size() == 1 && path.getFirst().isCare()
                        ? namer.nameAsKinAndCarer(kinName, namer.name(focusId, path))
                        : kinName;
                return new FamilyMemberView(person, name, path.size(), false);
            }
        }
        return new FamilyMemberView(
                person,
                namer.name(focusId, path),
                path.size(),
                path.stream().anyMatch(s -> s.move().isGuess()));
    }

    /** Relatives a source may record without the parent between, so without the side of the family. */
    private static final Set<Move> SIDED =
            EnumSet.of(Move.GRANDPARENT, Move.AUNT_UNCLE, Move.COUSIN, Move.GRANDCHILD, Move.NIECE_NEPHEW);

    /**
     * The kinship's common word, through parents first (which says the side), else through recorded relatives;
     * only a word of its own ("maternal uncle"), never a path ("half-sister's father" is the stepfather).
     */
    private static String kinName(KinshipNamer namer, KinPaths kin, String focusId, String memberId) {
        var throughParents = kin.throughParents(focusId, memberId)
                .map(path -> namer.commonName(focusId, path))
                .orElse(null);
        return throughParents != null
                ? throughParents
                : kin.between(focusId, memberId)
                        .map(path -> namer.commonName(focusId, path))
                        .orElse(null);
    }

    /**
     * Derived siblings, except where a source records a sibling tie between the two that says as much: the same
     * kind, or any kind when the derivation cannot tell full from half.
     */
    private static List<FamilyTieView> derivedNotRecorded(SiblingDerivation siblings, List<FamilyTieView> recorded) {
        var recordedKinds = new HashMap<PersonPair, Set<String>>();
        recorded.stream()
                .filter(t -> "SIBLING_OF".equals(t.type()) && !t.inferred())
                .forEach(t -> recordedKinds
                        .computeIfAbsent(PersonPair.of(t.fromPersonId(), t.toPersonId()), k -> new HashSet<>())
                        .add(t.kind()));
        return siblings.asTies().stream()
                .filter(t -> {
                    var kinds = recordedKinds.getOrDefault(PersonPair.of(t.fromPersonId(), t.toPersonId()), Set.of());
                    return !kinds.contains(t.kind()) && !("unknown".equals(t.kind()) && !kinds.isEmpty());
                })
                .toList();
    }

    /** The latest quality recorded for each pair, whichever way round it was recorded. */
    static Map<PersonPair, RelationshipQualityView> latestByPair(List<RelationshipQualityView> qualities) {
        var latest = new LinkedHashMap<PersonPair, RelationshipQualityView>();
        qualities.forEach(q -> latest.merge(
                q.pair(),
                q,
                (a, b) -> String.valueOf(a.recordedAt()).compareTo(String.valueOf(b.recordedAt())) >= 0 ? a : b));
        return latest;
    }

    private static final Comparator<FamilyTieView> TIE_ORDER = Comparator.comparing(FamilyTieView::fromPersonId)
            .thenComparing(FamilyTieView::toPersonId)
            .thenComparing(FamilyTieView::type)
            .thenComparing(FamilyTieView::kind)
            .thenComparing(t -> t.source() == null ? "" : t.source());

    /** Fewer steps first; then steps through nearer kin, recorded parents before carers. */
    private static final Comparator<List<Step>> PATH_ORDER = Comparator.<List<Step>>comparingInt(List::size)
            .thenComparingInt(
                    path -> path.stream().mapToInt(FamilyNetworks::cost).sum())
            .thenComparing(path -> path.getLast().personId());

    private static int cost(Step step) {
        return step.move().ordinal() * 2 + (step.isLegalParentage() ? 0 : 1);
    }
}
