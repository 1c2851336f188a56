/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.familycontext.matching.blocking.Blocking;
import org.familycontext.matching.blocking.BlockingRule;
import org.familycontext.matching.comparison.Comparison;
import org.familycontext.matching.model.MatchModel;
import org.familycontext.matching.model.ModelTrainer;
import org.familycontext.matching.model.Patterns;
import org.familycontext.matching.model.Scorer;
import org.familycontext.matching.model.TermFrequencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links records of the same person: candidate pairs by blocking, a model trained on them (or given), every
 * candidate scored, links decided by the thresholds and joined into persons strongest first without
 * contradictions. Works in memory on the records given; writing is LinkWriter's.
 */
public final class Linker {

    private static final Logger log = LoggerFactory.getLogger(Linker.class);
    private static final int RANDOM_PAIRS = 1_000_000;

    private final List<Comparison> comparisons;
    private final List<BlockingRule> rules;
    private final LinkOptions options;

    public Linker(List<Comparison> comparisons, List<BlockingRule> rules, LinkOptions options) {
        this.comparisons = comparisons;
        this.rules = rules;
        this.options = options;
    }

    /** A scored pair worth keeping: a link, or a candidate for review (with why, when it was refused). */
    public record Link(int a, int b, double weight, double probability, Status status, String refusedBecause) {}

    public enum Status {
        AUTO,
        CANDIDATE
    }

    /** @param personOf for each record, a record standing for the person it was joined into */
    public record Result(MatchModel model, Blocking.Result blocking, List<Link> links, Scorer scorer, int[] personOf) {}

    /**
     * What earlier runs and reviewers settled, as pairs of record indexes: confirmed and rejected links win over
     * the model; accepted links (an incremental run) are kept as they are.
     *
     * @param fresh the records to link against everything (an incremental run), or null to link all
     */
    public record Settled(List<int[]> confirmed, List<int[]> rejected, List<int[]> accepted, BitSet fresh) {
        public static Settled nothing() {
            return new Settled(List.of(), List.of(), List.of(), null);
        }
    }

    /** @param model null to train one on these records */
    public Result link(List<MatchRecord> records, MatchModel model, String version) {
        return link(records, model, version, Settled.nothing());
    }

    public Result link(List<MatchRecord> records, MatchModel model, String version, Settled settled) {
        return link(records, model, version, settled, null);
    }

    /**
     * @param frequencies how common each surname and postcode is, when the records are only part of the
     *     population (an incremental run); null to count them in these records
     */
    public Result link(
            List<MatchRecord> records,
            MatchModel model,
            String version,
            Settled settled,
            TermFrequencies[] frequencies) {
        var blocking = Blocking.pairs(records, rules, options.maxBlock(), settled.fresh());
        var pairs = blocking.pairs();
        log.info("Blocking: {} candidate pairs among {} records", pairs.length, records.size());
        if (model == null) {
            model = ModelTrainer.train(
                    version, comparisons, patterns(records, pairs), randomPatterns(records), records.size());
            log.info(
                    "Trained model {} in {} iterations: {} of candidate pairs match",
                    version,
                    model.iterations(),
                    model.candidateMatchShare());
        }
        var scorer = frequencies == null
                ? new Scorer(model, comparisons, records)
                : new Scorer(model, comparisons, frequencies);
        var kept = IntStream.range(0, pairs.length)
                .parallel()
                .mapToObj(i -> {
                    var a = records.get(Blocking.first(pairs[i]));
                    var b = records.get(Blocking.second(pairs[i]));
                    var score = scorer.score(a, b);
                    return score.probability() >= options.review()
                            ? new Link(a.index(), b.index(), score.weight(), score.probability(), null, null)
                            : null;
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble(Link::weight).reversed())
                .toList();
        var clusters = new ConstrainedClusters(records);
        settled.rejected().forEach(pair -> clusters.reject(pair[0], pair[1]));
        settled.confirmed().forEach(pair -> clusters.force(pair[0], pair[1]));
        settled.accepted().forEach(pair -> clusters.force(pair[0], pair[1]));
        var links = new ArrayList<Link>(kept.size());
        for (var link : kept) {
            if (link.probability() >= options.autoLink()) {
                var refusal = clusters.join(link.a(), link.b());
                links.add(new Link(
                        link.a(),
                        link.b(),
                        link.weight(),
                        link.probability(),
                        refusal == null ? Status.AUTO : Status.CANDIDATE,
                        refusal));
            } else {
                links.add(new Link(link.a(), link.b(), link.weight(), link.probability(), Status.CANDIDATE, null));
            }
        }
        var personOf = new int[records.size()];
        for (int i = 0; i < personOf.length; i++) {
            personOf[i] = clusters.root(i);
        }
        return new Result(model, blocking, links, scorer, personOf);
    }

    /**
     * The candidate pairs' comparison vectors for training. A comparison whose fields every rule that chose the
     * pair looks at is left out for that pair: a pair chosen for sharing a date of birth says nothing about how
     * often dates of birth agree (as Splink does by training one blocking rule at a time).
     */
    private Patterns patterns(List<MatchRecord> records, long[] pairs) {
        // Each rule's key of each record, worked out once rather than twice per pair and rule.
        var keys = new String[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            var rule = rules.get(r);
            keys[r] = records.parallelStream().map(rule.key()).toArray(String[]::new);
        }
        return IntStream.range(0, pairs.length)
                .parallel()
                .collect(
                        Patterns::new,
                        (patterns, i) -> {
                            var a = records.get(Blocking.first(pairs[i]));
                            var b = records.get(Blocking.second(pairs[i]));
                            var levels = levels(a, b);
                            // learnt[c]: some rule that chose this pair looks at none of comparison c's fields
                            var learnt = new boolean[levels.length];
                            boolean chosen = false;
                            for (int r = 0; r < rules.size(); r++) {
                                var key = keys[r][a.index()];
                                if (key != null && key.equals(keys[r][b.index()])) {
                                    chosen = true;
                                    for (int c = 0; c < levels.length; c++) {
                                        learnt[c] |= Collections.disjoint(
                                                rules.get(r).fields(),
                                                comparisons.get(c).fields());
                                    }
                                }
                            }
                            for (int c = 0; c < levels.length; c++) {
                                if (chosen && !learnt[c]) {
                                    levels[c] = Comparison.MISSING;
                                }
                            }
                            patterns.add(Patterns.pack(levels));
                        },
                        Patterns::addAll);
    }

    /** Random pairs, the same for the same records (a fixed seed), so that a re-run trains the same model. */
    private Patterns randomPatterns(List<MatchRecord> records) {
        int n = records.size();
        if (n < 2) {
            return new Patterns();
        }
        // A small source has fewer distinct pairs than the sample: drawing more would only count the same again.
        int draws = (int) Math.min(RANDOM_PAIRS, (long) n * (n - 1) / 2);
        return IntStream.range(0, draws)
                .parallel()
                .collect(
                        Patterns::new,
                        (patterns, i) -> {
                            var random = new SplittableRandom(i);
                            int a = random.nextInt(n);
                            int b = random.nextInt(n - 1);
                            if (b >= a) {
                                b++;
                            }
                            patterns.add(Patterns.pack(levels(records.get(a), records.get(b))));
                        },
                        Patterns::addAll);
    }

    private int[] levels(MatchRecord a, MatchRecord b) {
        var levels = new int[comparisons.size()];
        for (int c = 0; c < levels.length; c++) {
            levels[c] = comparisons.get(c).compare(a, b);
        }
        return levels;
    }
}
