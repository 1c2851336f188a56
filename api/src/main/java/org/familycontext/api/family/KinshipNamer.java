/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.familycontext.model.record.Sex;

/**
 * Names how a relative relates to the focus person, in the words a social worker uses: "mother", "mother's
 * partner", "half-sister (maternal)", "paternal grandfather". Works from the shortest path of recorded ties;
 * where no common word fits it says the path itself ("mother's brother's partner"), which is never wrong.
 */
final class KinshipNamer {

    private final Function<String, Sex> sexOf;
    private final Map<String, Set<String>> legalParentsOf;

    /**
     * @param sexOf each member's sex, to choose between "mother" and "father"
     * @param legalParentsOf each member's birth or adoptive parents among the members, to tell full siblings
     *     from half-siblings
     */
    KinshipNamer(Function<String, Sex> sexOf, Map<String, Set<String>> legalParentsOf) {
        this.sexOf = sexOf;
        this.legalParentsOf = legalParentsOf;
    }

    String name(String focusId, List<Step> path) {
        if (path.isEmpty()) {
            return "this person";
        }
        if (path.size() == 2) {
            var special = twoSteps(focusId, path.get(0), path.get(1));
            if (special != null) {
                return special;
            }
        }
        if (path.size() == 3) {
            var special = threeSteps(path);
            if (special != null) {
                return special;
            }
        }
        if (path.size() == 4 && movesAre(path, Move.PARENT, Move.PARENT, Move.CHILD, Move.CHILD)) {
            return withSide("cousin", side(path.getFirst()));
        }
        var words = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                words.append("'s ");
            }
            words.append(word(path.get(i)));
        }
        return words.toString();
    }

    private String twoSteps(String focusId, Step first, Step second) {
        var side = side(first);
        return switch (first.move()) {
            case PARENT ->
                switch (second.move()) {
                    case PARENT ->
                        first.isLegalParentage() && second.isLegalParentage()
                                ? withSide(bySex(second, "grandmother", "grandfather", "grandparent"), side)
                                : null;
                    case CHILD -> sibling(focusId, first, second);
                    case SIBLING -> withSide(bySex(second, "aunt", "uncle", "aunt or uncle"), side);
                    case GRANDPARENT ->
                        withSide(bySex(second, "great-grandmother", "great-grandfather", "great-grandparent"), side);
                    default -> null;
                };
            case CHILD -> second.move() == Move.CHILD ? bySex(second, "granddaughter", "grandson", "grandchild") : null;
            case SIBLING -> second.move() == Move.CHILD ? bySex(second, "niece", "nephew", "niece or nephew") : null;
            default -> null;
        };
    }

    private String threeSteps(List<Step> path) {
        var first = path.get(0);
        var second = path.get(1);
        var third = path.get(2);
        if (first.move() == Move.PARENT && second.move() == Move.PARENT && third.move() == Move.CHILD) {
            return withSide(bySex(third, "aunt", "uncle", "aunt or uncle"), side(first));
        }
        if (first.move() == Move.PARENT && second.move() == Move.SIBLING && third.move() == Move.CHILD) {
            return withSide("cousin", side(first));
        }
        if (first.move() == Move.PARENT && second.move() == Move.PARENT && third.move() == Move.PARENT) {
            return withSide(bySex(third, "great-grandmother", "great-grandfather", "great-grandparent"), side(first));
        }
        return null;
    }

    private static boolean movesAre(List<Step> path, Move... moves) {
        for (int i = 0; i < moves.length; i++) {
            if (path.get(i).move() != moves[i]) {
                return false;
            }
        }
        return true;
    }

    private String sibling(String focusId, Step viaParent, Step child) {
        if ("foster".equals(viaParent.kind())) {
            return "foster carer's " + word(child);
        }
        if (!viaParent.isLegalParentage() || !child.isLegalParentage()) {
            return bySex(child, "stepsister", "stepbrother", "step-sibling");
        }
        var mine = legalParentsOf.getOrDefault(focusId, Set.of());
        var theirs = legalParentsOf.getOrDefault(child.personId(), Set.of());
        if (mine.size() >= 2 && mine.equals(theirs)) {
            return bySex(child, "sister", "brother", "sibling");
        }
        if (mine.size() >= 2 && theirs.size() >= 2) {
            return withSide(bySex(child, "half-sister", "half-brother", "half-sibling"), side(viaParent));
        }
        // One parent is not recorded for one of them: they may be full or half siblings.
        return bySex(child, "sister", "brother", "sibling") + " (shared " + word(viaParent) + ")";
    }

    private String word(Step step) {
        var kind = step.kind();
        return switch (step.move()) {
            case PARENT ->
                switch (kind) {
                    case "step" -> bySex(step, "stepmother", "stepfather", "step-parent");
                    case "adoptive" -> bySex(step, "adoptive mother", "adoptive father", "adoptive parent");
                    case "foster" -> "foster carer";
                    case "special_guardian" -> "special guardian";
                    case "kinship_carer" -> "kinship carer";
                    default -> bySex(step, "mother", "father", "parent");
                };
            case CHILD ->
                switch (kind) {
                    case "step" -> bySex(step, "stepdaughter", "stepson", "stepchild");
                    case "adoptive" -> bySex(step, "adopted daughter", "adopted son", "adopted child");
                    case "foster" -> "foster child";
                    case "special_guardian" -> "child under special guardianship";
                    case "kinship_carer" -> "child in kinship care";
                    default -> bySex(step, "daughter", "son", "child");
                };
            case PARTNER ->
                switch (kind) {
                    case "married" -> bySex(step, "wife", "husband", "spouse");
                    case "civil_partnership" -> "civil partner";
                    case "separated" -> "ex-partner (separated)";
                    case "divorced" -> bySex(step, "ex-wife", "ex-husband", "ex-spouse");
                    default -> "partner";
                };
            case SIBLING ->
                switch (kind) {
                    case "half" -> bySex(step, "half-sister", "half-brother", "half-sibling");
                    case "step" -> bySex(step, "stepsister", "stepbrother", "step-sibling");
                    default -> bySex(step, "sister", "brother", "sibling");
                };
            case GRANDPARENT -> bySex(step, "grandmother", "grandfather", "grandparent");
            case GRANDCHILD -> bySex(step, "granddaughter", "grandson", "grandchild");
            case AUNT_UNCLE -> bySex(step, "aunt", "uncle", "aunt or uncle");
            case NIECE_NEPHEW -> bySex(step, "niece", "nephew", "niece or nephew");
            case COUSIN -> "cousin";
            case RELATIVE -> "relative";
            case SIGNIFICANT_OTHER ->
                switch (kind) {
                    case "family_friend" -> "family friend";
                    case "neighbour" -> "neighbour";
                    default -> "significant other";
                };
        };
    }

    /** "maternal" or "paternal" from the parent the path goes through, when that parent is a birth parent. */
    private String side(Step viaParent) {
        if (viaParent.move() != Move.PARENT || !viaParent.isLegalParentage()) {
            return null;
        }
        return switch (sexOf.apply(viaParent.personId())) {
            case FEMALE -> "maternal";
            case MALE -> "paternal";
            default -> null;
        };
    }

    private static String withSide(String word, String side) {
        if (side == null) {
            return word;
        }
        return word.startsWith("half-") ? word + " (" + side + ")" : side + " " + word;
    }

    private String bySex(Step step, String female, String male, String unknown) {
        return switch (sexOf.apply(step.personId())) {
            case FEMALE -> female;
            case MALE -> male;
            default -> unknown;
        };
    }
}
