/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.api.family.FamilyShape.down;
import static org.familycontext.api.family.FamilyShape.step;
import static org.familycontext.api.family.FamilyShape.up;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words for many family shapes. The child is "child"; mum and dad are its birth parents; sis shares only mum
 * (her father is other-dad); bro shares both.
 */
class KinshipNamerTest {

    private final FamilyShape family = new FamilyShape()
            .female("mum", "nan", "sis", "aunt", "guardian", "auntie-jo", "stepmum", "gran2", "cousin-f")
            .male("dad", "bro", "grandad", "uncle", "stepdad", "other-dad", "half-bro", "mums-man", "grandson")
            .parent("mum", "child", "birth")
            .parent("dad", "child", "birth")
            .parent("mum", "bro", "birth")
            .parent("dad", "bro", "birth")
            .parent("mum", "sis", "birth")
            .parent("other-dad", "sis", "birth")
            .parent("dad", "half-bro", "birth")
            .parent("stepmum", "half-bro", "birth")
            .parent("stepdad", "child", "step")
            .parent("stepdad", "step-kid", "birth");

    private final KinshipNamer namer = family.namer();

    private String name(Step... path) {
        return namer.name("child", List.of(path));
    }

    @Test
    void parentsByKindAndSex() {
        assertThat(name()).isEqualTo("this person");
        assertThat(name(up("birth", "mum"))).isEqualTo("mother");
        assertThat(name(up("birth", "dad"))).isEqualTo("father");
        assertThat(name(up("unknown", "someone"))).isEqualTo("parent");
        assertThat(name(up("step", "stepdad"))).isEqualTo("stepfather");
        assertThat(name(up("adoptive", "mum"))).isEqualTo("adoptive mother");
        assertThat(name(up("foster", "pal"))).isEqualTo("foster carer");
        assertThat(name(up("kinship_carer", "auntie-jo"))).isEqualTo("kinship carer");
        assertThat(name(up("special_guardian", "guardian"))).isEqualTo("special guardian");
    }

    @Test
    void siblingsAreNamedFromTheParentsTheyShare() {
        assertThat(name(up("birth", "mum"), down("birth", "bro"))).isEqualTo("brother");
        assertThat(name(up("birth", "mum"), down("birth", "sis"))).isEqualTo("half-sister (maternal)");
        assertThat(name(up("birth", "dad"), down("birth", "half-bro"))).isEqualTo("half-brother (paternal)");
        assertThat(name(up("step", "stepdad"), down("birth", "step-kid"))).isEqualTo("step-sibling");
    }

    @Test
    void whenAParentIsUnrecordedItDoesNotClaimFullOrHalf() {
        var shape = new FamilyShape()
                .female("mum")
                .male("bro")
                .parent("mum", "child", "birth")
                .parent("mum", "bro", "birth")
                .parent("dad", "bro", "birth");
        assertThat(shape.namer().name("child", List.of(up("birth", "mum"), down("birth", "bro"))))
                .isEqualTo("brother (shared mother)");
    }

    @Test
    void aRecordedSiblingTieIsMadePreciseByTheParents() {
        var shape = new FamilyShape()
                .female("mum", "sis")
                .male("dad", "dad2")
                .parent("mum", "child", "birth")
                .parent("dad", "child", "birth")
                .parent("mum", "sis", "birth")
                .parent("dad2", "sis", "birth")
                .siblings("child", "sis", "half")
                .siblings("child", "twin", "unknown")
                .parent("mum", "twin", "birth")
                .parent("dad", "twin", "birth");
        var namer = shape.namer();
        assertThat(namer.name("child", List.of(step(Move.SIBLING, "half", "sis"))))
                .isEqualTo("half-sister (maternal)");
        assertThat(namer.name("child", List.of(step(Move.SIBLING, "unknown", "twin"))))
                .isEqualTo("sibling");
        // Where the source says more than the parents do, its word stands.
        assertThat(namer.name("child", List.of(step(Move.SIBLING, "step", "sis"))))
                .isEqualTo("stepsister");
    }

    @Test
    void grandparentsAuntsUnclesAndCousinsCarryTheirSide() {
        assertThat(name(up("birth", "mum"), up("birth", "nan"))).isEqualTo("maternal grandmother");
        assertThat(name(up("birth", "dad"), up("birth", "grandad"))).isEqualTo("paternal grandfather");
        assertThat(name(up("birth", "dad"), step(Move.SIBLING, "full", "aunt"))).isEqualTo("paternal aunt");
        assertThat(name(up("birth", "dad"), up("birth", "grandad"), down("birth", "uncle")))
                .isEqualTo("paternal uncle");
        assertThat(name(up("birth", "mum"), up("birth", "nan"), down("birth", "aunt"), down("birth", "pal")))
                .isEqualTo("maternal cousin");
        assertThat(name(up("birth", "mum"), step(Move.SIBLING, "full", "aunt"), down("birth", "pal")))
                .isEqualTo("maternal cousin");
        assertThat(name(step(Move.COUSIN, "cousin", "cousin-f"))).isEqualTo("cousin");
    }

    @Test
    void greatGrandparentsAndGreatAunts() {
        assertThat(name(up("birth", "mum"), up("birth", "nan"), up("birth", "gran2")))
                .isEqualTo("maternal great-grandmother");
        assertThat(name(up("birth", "mum"), step(Move.GRANDPARENT, "grandparent", "gran2")))
                .isEqualTo("maternal great-grandmother");
        assertThat(name(up("birth", "dad"), up("birth", "grandad"), step(Move.SIBLING, "full", "aunt")))
                .isEqualTo("paternal great-aunt");
        assertThat(name(up("birth", "dad"), up("birth", "grandad"), up("birth", "x"), down("birth", "uncle")))
                .isEqualTo("paternal great-uncle");
    }

    @Test
    void childrenGrandchildrenNiecesAndNephews() {
        assertThat(name(down("birth", "sis"))).isEqualTo("daughter");
        assertThat(name(down("foster", "pal"))).isEqualTo("foster child");
        assertThat(name(down("birth", "sis"), down("birth", "grandson"))).isEqualTo("grandson");
        assertThat(name(step(Move.SIBLING, "full", "bro"), down("birth", "cousin-f")))
                .isEqualTo("niece");
        assertThat(name(up("birth", "mum"), down("birth", "bro"), down("birth", "grandson")))
                .isEqualTo("nephew");
    }

    @Test
    void aParentsPartnerIsAPartnerUnlessMarriedThenAStepParent() {
        assertThat(name(up("birth", "mum"), step(Move.PARTNER, "cohabiting", "mums-man")))
                .isEqualTo("mother's partner");
        assertThat(name(up("birth", "mum"), step(Move.PARTNER, "married", "mums-man")))
                .isEqualTo("stepfather");
        assertThat(name(up("birth", "dad"), step(Move.PARTNER, "divorced", "mum")))
                .isEqualTo("father's ex-wife");
        assertThat(name(up("birth", "dad"), step(Move.PARTNER, "separated", "mum")))
                .isEqualTo("father's ex-partner (separated)");
        // A step-parent's spouse is not a step-parent of the child.
        assertThat(name(up("step", "stepdad"), step(Move.PARTNER, "married", "mum")))
                .isEqualTo("stepfather's wife");
    }

    @Test
    void beyondTheCommonWordsTheLongestNamedStartIsKept() {
        assertThat(name(up("birth", "mum"), up("birth", "nan"), step(Move.PARTNER, "cohabiting", "grandad")))
                .isEqualTo("maternal grandmother's partner");
        assertThat(name(
                        up("birth", "mum"),
                        up("birth", "nan"),
                        down("birth", "aunt"),
                        step(Move.PARTNER, "married", "uncle")))
                .isEqualTo("maternal aunt's husband");
        assertThat(name(up("birth", "dad"), down("birth", "half-bro"), up("birth", "stepmum")))
                .isEqualTo("half-brother's mother");
        // Through a step-parent the family words do not apply: the path is said as it is.
        assertThat(name(up("step", "stepdad"), up("birth", "nan"))).isEqualTo("stepfather's mother");
        assertThat(name(up("foster", "pal"), down("birth", "grandson"))).isEqualTo("foster carer's son");
    }

    @Test
    void friendsGuessesAndSharedHomes() {
        assertThat(name(step(Move.SIGNIFICANT_OTHER, "family_friend", "pal"))).isEqualTo("family friend");
        assertThat(name(up("birth", "mum"), step(Move.SIGNIFICANT_OTHER, "neighbour", "pal")))
                .isEqualTo("mother's neighbour");
        assertThat(name(step(Move.POSSIBLE_PARENT, "possible_parent_or_carer", "mums-man")))
                .isEqualTo("possible parent or carer");
        assertThat(name(step(Move.POSSIBLE_SIBLING, "possible_sibling", "bro"))).isEqualTo("possible sibling");
        assertThat(name(step(Move.CO_RESIDENT, "current", "pal"))).isEqualTo("household member");
        assertThat(name(step(Move.CO_RESIDENT, "current", "mums-man"), step(Move.PARTNER, "cohabiting", "pal")))
                .isEqualTo("household member's partner");
    }

    @Test
    void withoutAKnownSexTheWordsAreNeutral() {
        assertThat(name(up("birth", "mum"), up("birth", "nobody"))).isEqualTo("maternal grandparent");
        assertThat(name(up("birth", "nobody"), up("birth", "nan"))).isEqualTo("grandmother");
        assertThat(name(step(Move.PARTNER, "married", "nobody"))).isEqualTo("spouse");
    }

    @Test
    void aCarerWhoIsAlsoKinIsNamedAsBoth() {
        var shape = new FamilyShape()
                .female("mum", "nan", "aunt")
                .parent("mum", "child", "birth")
                .parent("nan", "mum", "birth")
                .parent("nan", "aunt", "birth")
                .parent("nan", "child", "special_guardian")
                .parent("aunt", "child", "kinship_carer");
        var namer = shape.namer();
        var kin = new KinPaths(shape.ties());
        var nan = namer.commonName("child", kin.between("child", "nan").orElseThrow());
        assertThat(namer.nameAsKinAndCarer(nan, namer.name("child", List.of(up("special_guardian", "nan")))))
                .isEqualTo("maternal grandmother and special guardian");
        var aunt = namer.commonName("child", kin.between("child", "aunt").orElseThrow());
        assertThat(namer.nameAsKinAndCarer(aunt, namer.name("child", List.of(up("kinship_carer", "aunt")))))
                .isEqualTo("maternal aunt and kinship carer");
    }

    @Test
    void onlyPathsWithAWordOfTheirOwnHaveACommonName() {
        assertThat(namer.commonName("child", List.of(up("birth", "mum"), up("birth", "nan"))))
                .isEqualTo("maternal grandmother");
        assertThat(namer.commonName("child", List.of(up("birth", "mum"), down("birth", "sis"), up("birth", "x"))))
                .isNull();
    }

    @Test
    void kinPathsFollowOnlyKinship() {
        var shape = new FamilyShape()
                .parent("stepdad", "child", "step")
                .parent("stepdad", "his-son", "birth")
                .siblings("child", "his-son", "step")
                .parent("carer", "child", "foster")
                .guessedParent("lodger", "child");
        var kin = new KinPaths(shape.ties());
        assertThat(kin.between("child", "his-son")).isEmpty();
        assertThat(kin.between("child", "stepdad")).isEmpty();
        assertThat(kin.between("child", "carer")).isEmpty();
        assertThat(kin.between("child", "lodger")).isEmpty();
    }
}
