/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import java.util.List;
import java.util.function.Function;
import org.familycontext.api.family.SiblingDerivation.DerivedSibling;
import org.familycontext.model.record.Sex;

/**
 * Names how a relative relates to the focus person, in the words a social worker uses: "mother", "mother's
 * partner", "half-sister (maternal)", "paternal grandfather", "maternal aunt's partner". Works from the shortest
 * path of ties. Where no common word fits the whole path it names the longest start of the path that has one and
 * says the rest as a path ("maternal grandmother's partner", "stepfather's mother"), which is never wrong.
 *
 * <p>Words for grandparents, aunts, uncles and cousins ("maternal", "paternal") are used only through birth or
 * adoptive parents: a stepfather's mother is not a grandmother in the sense a court or a family means it.
 * Siblings are named from the siblings derived from shared parents ({@link SiblingDerivation}).
 */
final class KinshipNamer {

    private final Function<String, Sex> sexOf;
    private final SiblingDerivation siblings;

    /**
     * @param sexOf each member's sex, to choose between "mother" and "father"
     * @param siblings the siblings derived from shared parents, to tell full siblings from half and step ones
     */
    KinshipNamer(Function<String, Sex> sexOf, SiblingDerivation siblings) {
        this.sexOf = sexOf;
        this.siblings = siblings;
    }

    String name(String focusId, List<Step> path) {
        if (path.isEmpty()) {
            return "this person";
        }
        var whole = special(focusId, path);
        if (whole != null) {
            return whole;
        }
        for (int end = path.size() - 1; end >= 2; end--) {
            var start = special(focusId, path.subList(0, end));
            if (start != null) {
                return withoutQualifier(start) + "'s " + words(path.subList(end, path.size()));
            }
        }
        return words(path);
    }

    /** The common word for the whole path ("maternal aunt"), or null where the path can only be said as a path. */
    String commonName(String focusId, List<Step> path) {
        return path.isEmpty() ? null : special(focusId, path);
    }

    /**
     * A carer who is also kin, named as both: "maternal grandmother and special guardian".
     *
     * @param kinName the kinship's common name
     * @param careName the name of the care tie
     */
    String nameAsKinAndCarer(String kinName, String careName) {
        return withoutQualifier(kinName) + " and " + careName;
    }

    private String special(String focusId, List<Step> path) {
        return switch (path.size()) {
            case 1 ->
                path.getFirst().move() == Move.SIBLING
                        ? recordedSibling(focusId, path.getFirst())
                        : word(path.getFirst());
            case 2 -> twoSteps(focusId, path.get(0), path.get(1));
            case 3 -> threeSteps(path);
            case 4 -> fourSteps(path);
            default -> null;
        };
    }

    private String twoSteps(String focusId, Step first, Step second) {
        var legalFirst = first.isLegalParentage();
        var side = side(first);
        return switch (first.move()) {
            case PARENT ->
                switch (second.move()) {
                    case PARENT ->
                        legalFirst && second.isLegalParentage()
                                ? withSide(bySex(second, "grandmother", "grandfather", "grandparent"), side)
                                : null;
                    case CHILD -> sibling(focusId, first, second);
                    case SIBLING -> legalFirst ? withSide(auntOrUncle(second), side) : null;
                    case GRANDPARENT -> legalFirst ? withSide(greatGrandparent(second), side) : null;
                    case AUNT_UNCLE -> legalFirst ? withSide(greatAuntOrUncle(second), side) : null;
                    // A parent's spouse is a step-parent whether or not a source records the step tie.
                    case PARTNER ->
                        legalFirst && ("married".equals(second.kind()) || "civil_partnership".equals(second.kind()))
                                ? bySex(second, "stepmother", "stepfather", "step-parent")
                                : null;
                    default -> null;
                };
            case CHILD ->
                legalFirst && second.isLegalParentage() && second.move() == Move.CHILD
                        ? bySex(second, "granddaughter", "grandson", "grandchild")
                        : null;
            case SIBLING ->
                second.move() == Move.CHILD && second.isLegalParentage()
                        ? bySex(second, "niece", "nephew", "niece or nephew")
                        : null;
            default -> null;
        };
    }

    private String threeSteps(List<Step> path) {
        var first = path.get(0);
        if (!first.isLegalParentage() || first.move() != Move.PARENT) {
            return null;
        }
        var side = side(first);
        var second = path.get(1);
        var third = path.get(2);
        if (second.move() == Move.PARENT && second.isLegalParentage()) {
            return switch (third.move()) {
                case CHILD -> third.isLegalParentage() ? withSide(auntOrUncle(third), side) : null;
                case PARENT -> third.isLegalParentage() ? withSide(greatGrandparent(third), side) : null;
                case SIBLING -> withSide(greatAuntOrUncle(third), side);
                default -> null;
            };
        }
        if (second.move() == Move.SIBLING && third.move() == Move.CHILD && third.isLegalParentage()) {
            return withSide("cousin", side);
        }
        if (second.move() == Move.AUNT_UNCLE && third.move() == Move.CHILD && third.isLegalParentage()) {
            return withSide("cousin", side);
        }
        if (second.move() == Move.CHILD
                && second.isLegalParentage()
                && third.move() == Move.CHILD
                && third.isLegalParentage()) {
            return bySex(third, "niece", "nephew", "niece or nephew");
        }
        return null;
    }

    private String fourSteps(List<Step> path) {
        if (!path.stream().allMatch(Step::isLegalParentage)) {
            return null;
        }
        var side = side(path.getFirst());
        var last = path.get(3);
        if (movesAre(path, Move.PARENT, Move.PARENT, Move.CHILD, Move.CHILD)) {
            return withSide("cousin", side);
        }
        if (movesAre(path, Move.PARENT, Move.PARENT, Move.PARENT, Move.CHILD)) {
            return withSide(greatAuntOrUncle(last), side);
        }
        if (movesAre(path, Move.PARENT, Move.PARENT, Move.PARENT, Move.PARENT)) {
            return withSide(
                    bySex(last, "great-great-grandmother", "great-great-grandfather", "great-great-grandparent"), side);
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

    /** A parent's child: a brother or sister of some kind, as the shared parents say. */
    private String sibling(String focusId, Step viaParent, Step child) {
        var derived = siblings.between(focusId, child.personId());
        if (derived.isPresent()) {
            return derivedSibling(derived.get(), child, viaParent);
        }
        return null;
    }

    /** A sibling recorded as such: the source's kind, made more precise by the parents where it says little. */
    private String recordedSibling(String focusId, Step step) {
        var derived = siblings.between(focusId, step.personId());
        if (derived.isPresent()
                && ("unknown".equals(step.kind())
                        || ("half".equals(step.kind())
                                && "half".equals(derived.get().kind())))) {
            return derivedSibling(derived.get(), step, null);
        }
        return word(step);
    }

    private String derivedSibling(DerivedSibling derived, Step child, Step viaParent) {
        return switch (derived.kind()) {
            case "full" -> bySex(child, "sister", "brother", "sibling");
            case "half" ->
                withSide(bySex(child, "half-sister", "half-brother", "half-sibling"), sideOf(derived.sharedParentId()));
            case "step" -> bySex(child, "stepsister", "stepbrother", "step-sibling");
            // One parent is not recorded for one of them: they may be full or half siblings.
            default ->
                bySex(child, "sister", "brother", "sibling") + " (shared "
                        + (viaParent != null && viaParent.personId().equals(derived.sharedParentId())
                                ? word(viaParent)
                                : bySex(derived.sharedParentId(), "mother", "father", "parent"))
                        + ")";
        };
    }

    private String words(List<Step> path) {
        var words = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                words.append("'s ");
            }
            words.append(word(path.get(i)));
        }
        return words.toString();
    }

    private String word(Step step) {
        var kind = step.kind() == null ? "unknown" : step.kind();
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
            case AUNT_UNCLE -> auntOrUncle(step);
            case NIECE_NEPHEW -> bySex(step, "niece", "nephew", "niece or nephew");
            case COUSIN -> "cousin";
            case RELATIVE -> "relative";
            case SIGNIFICANT_OTHER ->
                switch (kind) {
                    case "family_friend" -> "family friend";
                    case "neighbour" -> "neighbour";
                    default -> "significant other";
                };
            case POSSIBLE_PARENT -> "possible parent or carer";
            case POSSIBLE_CHILD -> "possible child in their care";
            case POSSIBLE_SIBLING -> "possible sibling";
            case CO_RESIDENT -> "household member";
        };
    }

    private String auntOrUncle(Step step) {
        return bySex(step, "aunt", "uncle", "aunt or uncle");
    }

    private String greatAuntOrUncle(Step step) {
        return bySex(step, "great-aunt", "great-uncle", "great-aunt or great-uncle");
    }

    private String greatGrandparent(Step step) {
        return bySex(step, "great-grandmother", "great-grandfather", "great-grandparent");
    }

    /** "maternal" or "paternal" from the parent the path goes through, when that parent is a birth parent. */
    private String side(Step viaParent) {
        if (viaParent.move() != Move.PARENT || !viaParent.isLegalParentage()) {
            return null;
        }
        return sideOf(viaParent.personId());
    }

    private String sideOf(String parentId) {
        return switch (sexOf.apply(parentId)) {
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

    /** "half-brother (paternal)" becomes "half-brother" before "'s": the side reads badly in a possessive. */
    private static String withoutQualifier(String name) {
        var open = name.indexOf(" (");
        return open < 0 ? name : name.substring(0, open);
    }

    private String bySex(Step step, String female, String male, String unknown) {
        return bySex(step.personId(), female, male, unknown);
    }

    private String bySex(String personId, String female, String male, String unknown) {
        return switch (sexOf.apply(personId)) {
            case FEMALE -> female;
            case MALE -> male;
            default -> unknown;
        };
    }
}
