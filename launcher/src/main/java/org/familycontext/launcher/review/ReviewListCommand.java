/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.matching.LinkOptions;
import org.familycontext.matching.review.MatchContribution;
import org.familycontext.matching.review.ReviewCandidate;
import org.familycontext.matching.review.ReviewQueue;
import org.familycontext.model.schema.SchemaMigrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Prints the pairs waiting for review, most uncertain and most consequential first, each with its"
                + " records, probability, priority and the evidence (the waterfall) in brief.")
public class ReviewListCommand implements Callable<Integer> {

    @Option(
            names = "--limit",
            defaultValue = "20",
            description = "At most this many pairs (1 to " + ReviewQueue.MAX_PAGE + "; default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many pairs first (default: 0).")
    int offset;

    @Mixin
    GraphConnection graph;

    @Override
    public Integer call() {
        if (limit < 1 || limit > ReviewQueue.MAX_PAGE || offset < 0) {
            System.err.println("--limit must be between 1 and " + ReviewQueue.MAX_PAGE + ", --offset at least 0");
            return 2;
        }
        try (var open = Connections.open(graph)) {
            SchemaMigrations.apply(open.driver());
            var page = new ReviewQueue(open.driver(), LinkOptions.defaults(), java.time.Clock.systemUTC())
                    .page(limit, offset);
            if (page.total() == 0) {
                System.out.println("No pairs wait for review.");
                return 0;
            }
            int position = page.offset();
            for (var candidate : page.candidates()) {
                print(++position, candidate);
            }
            System.out.printf(
                    "%d to %d of %d pairs waiting.%s%n",
                    page.offset() + 1,
                    page.offset() + page.candidates().size(),
                    page.total(),
                    page.hasMore()
                            ? " More with --offset "
                                    + (page.offset() + page.candidates().size()) + "."
                            : "");
            return 0;
        } catch (Connections.Unreachable e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private static void print(int position, ReviewCandidate c) {
        System.out.printf(
                Locale.ROOT,
                "%d. %s  %s   probability %.3f   priority %.2f%n",
                position,
                c.pair().first(),
                c.pair().second(),
                c.probability(),
                c.priority().score());
        System.out.printf("     %s%n     %s%n", describe(c.first()), describe(c.second()));
        System.out.printf("     why now: %s%n", c.priority().reason());
        if (!c.explanation().isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "     evidence: %s = %.1f bits%n",
                    c.explanation().stream().map(ReviewListCommand::step).collect(Collectors.joining(", ")),
                    c.explanation().stream()
                            .mapToDouble(MatchContribution::weight)
                            .sum());
        }
    }

    private static String describe(ReviewCandidate.RecordSummary record) {
        var text = Stream.of(record.forename(), record.surname(), record.birthDate())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return record.key() + ": " + (text.isEmpty() ? "(no name or date of birth)" : text);
    }

    private static String step(MatchContribution step) {
        return String.format(Locale.ROOT, "%s %s %+.1f", step.comparison(), step.level(), step.weight());
    }
}
