/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import java.util.stream.Collectors;
import org.familycontext.launcher.connect.GraphConnection;
import org.familycontext.matching.review.DecisionOutcome;
import org.familycontext.matching.review.InvalidDecisionException;
import org.familycontext.matching.review.MatchDecisions;
import org.familycontext.matching.review.PersonSnapshot;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.schema.SchemaMigrations;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every decision needs, how it is taken and how its outcome is printed. */
public class DecisionOptions {

    @Option(names = "--reason", required = true, description = "Why: what the decision rests on. Required.")
    String reason;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides. Required.")
    String by;

    @Mixin
    GraphConnection graph;

    interface Decision {
        DecisionOutcome take(MatchDecisions decisions);
    }

    /** Takes the decision and prints what changed; 2 with a message when the input is wrong. */
    int decide(Decision decision) {
        try (var open = Connections.open(graph)) {
            SchemaMigrations.apply(open.driver());
            print(decision.take(new MatchDecisions(open.driver())));
            return 0;
        } catch (InvalidDecisionException e) {
            System.err.println(option(e.field()) + ": " + e.getMessage());
            return 2;
        } catch (Connections.Unreachable e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    static RecordKey record(String text) {
        try {
            return RecordKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidDecisionException("records", "write each record as source:sourceId, e.g. lcs:C-20119");
        }
    }

    private static String option(String field) {
        return switch (field) {
            case "reason" -> "--reason";
            case "decidedBy" -> "--by";
            case "personId" -> "PERSON_ID";
            default -> "RECORD";
        };
    }

    private static void print(DecisionOutcome outcome) {
        System.out.println(outcome.decision() + " (decision " + outcome.decisionId() + ")");
        System.out.println("  before: " + persons(outcome.before()));
        System.out.println("  now:    " + persons(outcome.after()));
        if (outcome.note() != null) {
            System.out.println("  note: " + outcome.note());
        }
    }

    private static String persons(java.util.List<PersonSnapshot> persons) {
        return persons.stream()
                .map(p -> p.id() + " ["
                        + p.records().stream().map(RecordKey::toString).collect(Collectors.joining(", ")) + "]")
                .collect(Collectors.joining("; "));
    }
}
