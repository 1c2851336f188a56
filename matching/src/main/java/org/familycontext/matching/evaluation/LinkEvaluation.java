/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.familycontext.model.record.RecordKey;

/**
 * How well the persons formed by linking agree with the truth, counted over records that are both in the graph
 * and in the truth file.
 *
 * <p>Pairwise: every two records put in one person is a predicted pair; every two records of one true entity a
 * true pair. Precision is the share of predicted pairs that are true (a wrong pair puts a stranger in a family),
 * recall the share of true pairs predicted (a missed pair hides a record). Links: the same for the accepted
 * SAME_AS links themselves, before clustering. Clusters: how many true entities came out as exactly one person
 * with exactly their records, how many were split, and how many persons mix entities.
 */
public record LinkEvaluation(
        long records,
        long entities,
        long persons,
        Pairwise pairwise,
        Pairwise links,
        long entitiesExact,
        long entitiesSplit,
        long personsMixed) {

    public record Pairwise(long truePositives, long falsePositives, long falseNegatives) {
        public double precision() {
            long predicted = truePositives + falsePositives;
            return predicted == 0 ? 1 : truePositives / (double) predicted;
        }

        public double recall() {
            long actual = truePositives + falseNegatives;
            return actual == 0 ? 1 : truePositives / (double) actual;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * @param personOf the person each record of the graph belongs to
     * @param acceptedLinks the accepted (automatic or confirmed) SAME_AS links, each as two record keys
     */
    public static LinkEvaluation of(Truth truth, Map<RecordKey, String> personOf, List<RecordKey[]> acceptedLinks) {
        var cells = new HashMap<String, Map<String, long[]>>();
        var entitySizes = new HashMap<String, long[]>();
        var personSizes = new HashMap<String, long[]>();
        long records = 0;
        for (var entry : personOf.entrySet()) {
            var entity = truth.entityOf().get(entry.getKey());
            if (entity == null) {
                continue;
            }
            records++;
            var person = entry.getValue();
            cells.computeIfAbsent(entity, e -> new HashMap<>()).computeIfAbsent(person, p -> new long[1])[0]++;
            entitySizes.computeIfAbsent(entity, e -> new long[1])[0]++;
            personSizes.computeIfAbsent(person, p -> new long[1])[0]++;
        }
        long together = 0;
        long exact = 0;
        long split = 0;
        var mixed = new HashSet<String>();
        var entityOfPerson = new HashMap<String, String>();
        for (var entity : cells.entrySet()) {
            var byPerson = entity.getValue();
            for (var cell : byPerson.entrySet()) {
                together += pairs(cell.getValue()[0]);
                var earlier = entityOfPerson.putIfAbsent(cell.getKey(), entity.getKey());
                if (earlier != null && !earlier.equals(entity.getKey())) {
                    mixed.add(cell.getKey());
                }
            }
            if (byPerson.size() > 1) {
                split++;
            } else {
                var person = byPerson.keySet().iterator().next();
                if (personSizes.get(person)[0] == entitySizes.get(entity.getKey())[0]) {
                    exact++;
                }
            }
        }
        long predicted =
                personSizes.values().stream().mapToLong(s -> pairs(s[0])).sum();
        long actual = entitySizes.values().stream().mapToLong(s -> pairs(s[0])).sum();
        var pairwise = new Pairwise(together, predicted - together, actual - together);
        return new LinkEvaluation(
                records,
                entitySizes.size(),
                personSizes.size(),
                pairwise,
                links(truth, acceptedLinks, actual),
                exact,
                split,
                mixed.size());
    }

    /** Link-level: a link is right when its two records are one entity; recall against every true pair. */
    private static Pairwise links(Truth truth, List<RecordKey[]> acceptedLinks, long truePairs) {
        long right = 0;
        long wrong = 0;
        var seen = new HashSet<List<RecordKey>>();
        for (var link : acceptedLinks) {
            var a = truth.entityOf().get(link[0]);
            var b = truth.entityOf().get(link[1]);
            if (a == null || b == null || !seen.add(new ArrayList<>(List.of(link[0], link[1])))) {
                continue;
            }
            if (a.equals(b)) {
                right++;
            } else {
                wrong++;
            }
        }
        return new Pairwise(right, wrong, Math.max(0, truePairs - right));
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
