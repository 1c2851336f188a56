/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClustersTest {

    @Test
    void chainsOfLinksFormOneClusterAndUnlinkedItemsStandAlone() {
        var clusters = new Clusters<String>();
        for (int i = 0; i < 40; i++) {
            clusters.add("r" + i);
        }
        clusters.join("r1", "r2");
        clusters.join("r3", "r2");
        clusters.join("r30", "r31");

        assertThat(clusters.components()).hasSize(40 - 3);
        assertThat(clusters.components()).anySatisfy(c -> assertThat(c).containsExactlyInAnyOrder("r1", "r2", "r3"));
        assertThat(clusters.components()).anySatisfy(c -> assertThat(c).containsExactly("r7"));
    }
}
