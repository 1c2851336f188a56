/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.familycontext.model.record.Sex;
import org.junit.jupiter.api.Test;

class KinshipNamerTest {

    private static final Map<String, Sex> SEX = Map.of(
            "mum",
            Sex.FEMALE,
            "dad",
            Sex.MALE,
            "nan",
            Sex.FEMALE,
            "sis",
            Sex.FEMALE,
            "bro",
            Sex.MALE,
            "pal",
            Sex.UNKNOWN,
            "aunt",
            Sex.FEMALE,
            "guardian",
            Sex.FEMALE);

    private final KinshipNamer namer = new KinshipNamer(
            id -> SEX.getOrDefault(id, Sex.UNKNOWN),
            Map.of(
                    "child", Set.of("mum", "dad"),
                    "bro", Set.of("mum", "dad"),
                    "sis", Set.of("mum", "other-dad"),
                    "only-mum-known", Set.of("mum")));

    @Test
    void parentsByKindAndSex() {
        assertThat(name(step(Move.PARENT, "birth", "mum"))).isEqualTo("mother");
        assertThat(name(step(Move.PARENT, "step", "dad"))).isEqualTo("stepfather");
        assertThat(name(step(Move.PARENT, "special_guardian", "guardian"))).isEqualTo("special guardian");
        assertThat(name(step(Move.PARENT, "birth", "pal"))).isEqualTo("parent");
    }

    @Test
    void siblingsAreFullOnlyWhenBothParentsAreShared() {
        assertThat(name(step(Move.PARENT, "birth", "mum"), step(Move.CHILD, "birth", "bro")))
                .isEqualTo("brother");
        assertThat(name(step(Move.PARENT, "birth", "mum"), step(Move.CHILD, "birth", "sis")))
                .isEqualTo("half-sister (maternal)");
        assertThat(name(step(Move.PARENT, "step", "dad"), step(Move.CHILD, "birth", "sis")))
                .isEqualTo("stepsister");
    }

    @Test
    void whenOneParentIsUnrecordedItDoesNotClaimFullOrHalf() {
        var namerWithGap = new KinshipNamer(id -> SEX.getOrDefault(id, Sex.UNKNOWN), Map.of("child", Set.of("mum")));
        assertThat(namerWithGap.name(
                        "child", List.of(step(Move.PARENT, "birth", "mum"), step(Move.CHILD, "birth", "bro"))))
                .isEqualTo("brother (shared mother)");
    }

    @Test
    void grandparentsAuntsAndCousinsCarryTheirSide() {
        assertThat(name(step(Move.PARENT, "birth", "mum"), step(Move.PARENT, "birth", "nan")))
                .isEqualTo("maternal grandmother");
        assertThat(name(step(Move.PARENT, "birth", "dad"), step(Move.SIBLING, "full", "aunt")))
                .isEqualTo("paternal aunt");
        assertThat(name(
                        step(Move.PARENT, "birth", "mum"),
                        step(Move.PARENT, "birth", "nan"),
                        step(Move.CHILD, "birth", "aunt"),
                        step(Move.CHILD, "birth", "pal")))
                .isEqualTo("maternal cousin");
    }

    @Test
    void partnersOfRelativesAreSaidAsAPath() {
        assertThat(name(step(Move.PARENT, "birth", "mum"), step(Move.PARTNER, "cohabiting", "pal")))
                .isEqualTo("mother's partner");
        assertThat(name(step(Move.PARENT, "birth", "dad"), step(Move.PARTNER, "divorced", "mum")))
                .isEqualTo("father's ex-wife");
        assertThat(name(step(Move.SIGNIFICANT_OTHER, "family_friend", "pal"))).isEqualTo("family friend");
    }

    private String name(Step... path) {
        return namer.name("child", List.of(path));
    }

    private static Step step(Move move, String kind, String id) {
        return new Step(move, kind, id);
    }
}
