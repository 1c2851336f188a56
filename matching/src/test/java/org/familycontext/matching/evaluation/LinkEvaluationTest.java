/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.familycontext.matching.evaluation.LinkEvaluation.Pairwise;
import org.familycontext.model.record.RecordKey;
import org.junit.jupiter.api.Test;

/**
 * Six records of three people. Amy (three records) is split in two, and her third record is wrongly put with
 * Ben's only record; Cal's two records are one person, as they should be.
 */
class LinkEvaluationTest {

    private static final RecordKey AMY_HEALTH = new RecordKey("health", "H-1");
    private static final RecordKey AMY_SCHOOL = new RecordKey("education", "U-1");
    private static final RecordKey AMY_CARE = new RecordKey("social care", "SC-1");
    private static final RecordKey BEN_HEALTH = new RecordKey("health", "H-2");
    private static final RecordKey CAL_HEALTH = new RecordKey("health", "H-3");
    private static final RecordKey CAL_POLICE = new RecordKey("police", "P-3");
    /** In the graph but not in the truth file: left out of every count. */
    private static final RecordKey UNCHECKED = new RecordKey("housing", "HO-9");
    /** In the truth file but not in the graph: left out too. */
    private static final RecordKey NOT_LOADED = new RecordKey("housing", "HO-1");

    private static final Truth TRUTH = new Truth(Map.of(
            AMY_HEALTH, "amy",
            AMY_SCHOOL, "amy",
            AMY_CARE, "amy",
            BEN_HEALTH, "ben",
            CAL_HEALTH, "cal",
            CAL_POLICE, "cal",
            NOT_LOADED, "amy"));

    private static final Map<RecordKey, String> PERSON_OF = Map.of(
            AMY_HEALTH, "person-1",
            AMY_SCHOOL, "person-1",
            UNCHECKED, "person-1",
            AMY_CARE, "person-2",
            BEN_HEALTH, "person-2",
            CAL_HEALTH, "person-3",
            CAL_POLICE, "person-3");

    private static final List<RecordKey[]> LINKS = List.of(
            new RecordKey[] {AMY_SCHOOL, AMY_HEALTH},
            new RecordKey[] {AMY_CARE, BEN_HEALTH},
            new RecordKey[] {CAL_HEALTH, CAL_POLICE},
            new RecordKey[] {AMY_SCHOOL, AMY_HEALTH},
            new RecordKey[] {AMY_HEALTH, UNCHECKED});

    private final LinkEvaluation evaluation = LinkEvaluation.of(TRUTH, PERSON_OF, LINKS);

    @Test
    void countsOnlyRecordsBothInTheGraphAndInTheTruth() {
        assertThat(evaluation.records()).isEqualTo(6);
        assertThat(evaluation.entities()).isEqualTo(3);
        assertThat(evaluation.persons()).isEqualTo(3);
    }

    @Test
    void pairwiseCountsEveryTwoRecordsPutInOnePersonAgainstEveryTwoOfOneEntity() {
        // predicted: Amy health-school (right), Amy care-Ben (wrong), Cal health-police (right)
        // true: Amy's three pairs and Cal's one; Amy's two pairs with her care record are missed
        assertThat(evaluation.pairwise()).isEqualTo(new Pairwise(2, 1, 2));
        assertThat(evaluation.pairwise().precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(evaluation.pairwise().recall()).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(evaluation.pairwise().f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void linksAreCountedOnceAndOnlyBetweenRecordsOfTheTruth() {
        assertThat(evaluation.links()).isEqualTo(new Pairwise(2, 1, 2));
    }

    @Test
    void clustersCountExactSplitAndMixed() {
        assertThat(evaluation.entitiesExact()).as("Cal").isEqualTo(1);
        assertThat(evaluation.entitiesSplit()).as("Amy").isEqualTo(1);
        assertThat(evaluation.personsMixed()).as("Amy's care record with Ben").isEqualTo(1);
    }

    @Test
    void anEntityAloneInAPersonOfItsOwnIsExactEvenWithOneRecord() {
        var alone = LinkEvaluation.of(
                TRUTH,
                Map.of(BEN_HEALTH, "person-2", CAL_HEALTH, "person-3", CAL_POLICE, "person-3"),
                List.<RecordKey[]>of(new RecordKey[] {CAL_HEALTH, CAL_POLICE}));

        assertThat(alone.entitiesExact()).isEqualTo(2);
        assertThat(alone.entitiesSplit()).isZero();
        assertThat(alone.personsMixed()).isZero();
        assertThat(alone.pairwise()).isEqualTo(new Pairwise(1, 0, 0));
        assertThat(alone.pairwise().f1()).isEqualTo(1.0);
    }

    @Test
    void withNothingPredictedOrNothingToFindPrecisionAndRecallAreOne() {
        var none = new Pairwise(0, 0, 0);
        assertThat(none.precision()).isEqualTo(1.0);
        assertThat(none.recall()).isEqualTo(1.0);
        assertThat(new Pairwise(0, 3, 4).f1()).isZero();
    }
}
