/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SiblingDerivationTest {

    @Test
    void twoSharedBirthOrAdoptiveParentsMakeFullSiblings() {
        var siblings = new FamilyShape()
                .parent("mum", "a", "birth")
                .parent("dad", "a", "birth")
                .parent("mum", "b", "birth")
                .parent("dad", "b", "birth")
                .parent("mum2", "c", "adoptive")
                .parent("dad2", "c", "adoptive")
                .parent("mum2", "d", "adoptive")
                .parent("dad2", "d", "adoptive")
                .siblings();
        assertThat(siblings.between("a", "b").orElseThrow().kind()).isEqualTo("full");
        assertThat(siblings.between("b", "a").orElseThrow().basis())
                .isEqualTo("both parents in common (recorded by test)");
        assertThat(siblings.between("c", "d").orElseThrow().kind()).isEqualTo("full");
        assertThat(siblings.between("a", "c")).isEmpty();
    }

    @Test
    void oneSharedParentIsHalfOnlyWhenBothOtherParentsAreKnownAndDiffer() {
        var siblings = new FamilyShape()
                .parent("mum", "a", "birth")
                .parent("dad", "a", "birth")
                .parent("mum", "b", "birth")
                .parent("dad2", "b", "birth")
                .parent("mum", "c", "birth")
                .siblings();
        var half = siblings.between("a", "b").orElseThrow();
        assertThat(half.kind()).isEqualTo("half");
        assertThat(half.sharedParentId()).isEqualTo("mum");
        var notKnown = siblings.between("a", "c").orElseThrow();
        assertThat(notKnown.kind()).isEqualTo("unknown");
        assertThat(notKnown.basis()).contains("not recorded for both");
    }

    @Test
    void aParentOfOneWhoIsAStepParentOfTheOtherMakesStepSiblings() {
        var siblings = new FamilyShape()
                .parent("mum", "a", "birth")
                .parent("stepdad", "a", "step")
                .parent("stepdad", "b", "birth")
                .parent("exwife", "b", "birth")
                .siblings();
        var step = siblings.between("a", "b").orElseThrow();
        assertThat(step.kind()).isEqualTo("step");
        assertThat(step.sharedParentId()).isEqualTo("stepdad");
    }

    @Test
    void sharingOnlyACarerOrAGuessMakesNoSiblings() {
        var siblings = new FamilyShape()
                .parent("carer", "a", "foster")
                .parent("carer", "b", "foster")
                .parent("guardian", "c", "special_guardian")
                .parent("guardian", "d", "kinship_carer")
                .guessedParent("lodger", "a")
                .guessedParent("lodger", "b")
                .siblings();
        assertThat(siblings.all()).isEmpty();
    }

    @Test
    void aParentOutsideTheNetworkStillDecidesFullOrHalf() {
        // Only a, b and mum are members; each child's father lies beyond the depth asked for.
        var siblings = new FamilyShape()
                .parent("mum", "a", "birth")
                .parent("dad", "a", "birth")
                .parent("mum", "b", "birth")
                .parent("dad2", "b", "birth")
                .siblingsAmong("a", "b", "mum");
        assertThat(siblings.between("a", "b").orElseThrow().kind()).isEqualTo("half");
    }

    @Test
    void aParentWithMoreChildrenThanAnyFamilyPairsNone() {
        var shape = new FamilyShape();
        IntStream.range(0, SiblingDerivation.MAX_CHILDREN_PER_PARENT + 1)
                .forEach(i -> shape.parent("placeholder", "c" + i, "unknown"));
        assertThat(shape.siblings().all()).isEmpty();

        var family = new FamilyShape();
        IntStream.range(0, SiblingDerivation.MAX_CHILDREN_PER_PARENT)
                .forEach(i -> family.parent("mum", "c" + i, "birth"));
        assertThat(family.siblings().all()).hasSize(190);
    }

    @Test
    void derivedTiesSayTheyAreDerivedAndFromWhichSources() {
        var ties = new FamilyShape()
                .parent("mum", "b", "birth")
                .parent("dad", "b", "birth")
                .parent("mum", "a", "birth")
                .parent("dad", "a", "birth")
                .siblings()
                .asTies();
        assertThat(ties).singleElement().satisfies(t -> {
            assertThat(t.fromPersonId()).isEqualTo("a");
            assertThat(t.toPersonId()).isEqualTo("b");
            assertThat(t.type()).isEqualTo("SIBLING_OF");
            assertThat(t.kind()).isEqualTo("full");
            assertThat(t.derived()).isTrue();
            assertThat(t.inferred()).isFalse();
            assertThat(t.source()).isEqualTo("derived");
            assertThat(t.confidence()).isEqualTo(1.0);
        });
    }
}
