/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The API benchmark of docs/benchmarks.md. A council loaded and linked into an in-process Neo4j (or a store an
 * earlier run built), the service started on it as {@code serve} starts it, then: the server's own time for
 * {@code familyNetwork} at depth 3 and {@code searchPeople}, one request at a time; then users at work over HTTP
 * on loopback for a while, timed end to end. Prints and writes (JSON) the figures and whether each target was met.
 */
@Command(
        name = "bench-api",
        mixinStandardHelpOptions = true,
        defaultValueProvider = ApiBenchmarkCommand.MillionPeople.class,
        description = {
            "Measures the GraphQL API on a generated council: server-side latency of familyNetwork (depth 3) and"
                    + " searchPeople, then concurrent users over HTTP on loopback.",
            "Exit status: 0 measured (whether or not the targets were met: see the summary); 2 bad options, an"
                    + " unusable store, or the service turned the user away."
        })
public class ApiBenchmarkCommand implements Callable<Integer> {

    /** The targets are for a council of a million people, so that is this command's default. */
    static final class MillionPeople implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec argSpec) {
            return argSpec instanceof OptionSpec option && option.longestName().equals("--people")
                    ? String.valueOf(ApiTargets.PEOPLE)
                    : null;
        }
    }

    @Mixin
    BenchCouncil councilOptions;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Keep the loaded and linked store in this folder, or reuse it when an earlier bench-api"
                    + " run built it there (default: a new folder in the work folder).")
    Path store;

    @Option(
            names = "--work-dir",
            defaultValue = "target/bench-api",
            description = "Scratch folder (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(
            names = "--out",
            defaultValue = "target/bench-api/result.json",
            description = "Result file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--requests",
            defaultValue = "1000",
            description = "Requests of each kind timed one at a time for the server-side figures"
                    + " (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(
            names = "--warm-up",
            defaultValue = "200",
            description = "Requests of each kind sent first and not timed (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--cases",
            defaultValue = "1000",
            description = "Children with families to ask about, drawn with --sample-seed (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(
            names = "--sample-seed",
            defaultValue = "7",
            description = "Seed for drawing the cases and the users' pauses (default: ${DEFAULT-VALUE}).")
    long sampleSeed;

    @Option(names = "--users", defaultValue = "50", description = "Concurrent users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(
            names = "--duration",
            defaultValue = "10m",
            converter = DurationConverter.class,
            description = "How long the users work: 10m, 90s ... (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(
            names = "--think-time",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "A user's mean pause after each answer (default: ${DEFAULT-VALUE}).")
    Duration thinkTime;

    @Option(
            names = "--user",
            defaultValue = "sam.social",
            description = "Demo user the requests sign in as, by HTTP Basic (default: ${DEFAULT-VALUE}, a social"
                    + " worker).")
    String user;

    @Option(
            names = "--password",
            defaultValue = "demo-sam",
            description = "That user's password (default: the demo password of the local profile).")
    String password;

    @Option(names = "--no-auth", description = "Send no credentials.")
    boolean noAuth;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProcessMemory.track();
        if (requests < 1 || warmUp < 0 || cases < 1 || users < 1 || duration.isNegative() || thinkTime.isNegative()) {
            System.err.println("--requests, --cases and --users must be at least 1; --warm-up, --duration and"
                    + " --think-time must not be negative");
            return 2;
        }
        var folder = BenchStore.folderFor(store, workDir);
        if (folder == null) {
            return 2;
        }
        boolean reuse = BenchStore.isBuilt(folder);

        var result = new LinkedHashMap<String, Object>();
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("store", folder.toAbsolutePath().toString());
        try (var db = EmbeddedNeo4j.start(folder, 0);
                var driver = Drivers.open(db.boltUri(), AuthTokens.none())) {
            Map<String, Object> built;
            if (reuse) {
                built = BenchStore.note(folder);
                System.out.printf("Reusing the store in %s (built %s)%n", folder, built.get("builtAt"));
            } else {
                built = BenchStore.build(db, folder, councilOptions, workDir);
                System.out.printf("Store built in %s: measure it again with --store %s%n", folder, folder);
            }
            SchemaMigrations.apply(driver);
            var council = council(driver, built);
            result.put("council", council);
            System.out.printf(
                    "Council: %s people, %,d records, %,d persons%n",
                    council.get("people") == null ? "?" : String.format("%,d", council.get("people")),
                    council.get("records"),
                    council.get("persons"));
            var samples = BenchSamples.draw(driver, cases, sampleSeed, LocalDate.now());
            System.out.printf(
                    "Asking about %,d children with families, %,d search terms%n",
                    samples.focusIds().size(), samples.searchTerms().size());
            if (!measure(db, council, samples, result)) {
                return 2;
            }
        } catch (BenchSamples.NoChildrenWithFamilies e) {
            System.err.println(e.getMessage());
            return 2;
        }
        BenchReport.write(result, out);
        return 0;
    }

    /**
     * Starts the service on the store and measures it, putting the figures and the verdicts in the result; false
     * when the service turns the benchmark's user away.
     */
    private boolean measure(
            EmbeddedNeo4j db, Map<String, Object> council, BenchSamples samples, Map<String, Object> result)
            throws InterruptedException {
        try (var service = BenchService.start(db.boltUri());
                var client = new GraphQlClient(service.graphQlUrl(), noAuth ? null : user, password)) {
            var queries = queriesFor(client);
            if (queries == null) {
                return false;
            }

            System.out.printf(
                    "Server-side latency: %,d warm-up and %,d timed requests of each, one at a time ...%n",
                    warmUp, requests);
            var server = ServerSideLatency.measure(client, queries, samples, requests, warmUp);
            System.out.println("  familyNetwork (depth " + ServerSideLatency.NETWORK_DEPTH + ") "
                    + server.network().line());
            System.out.println("  searchPeople               " + server.search().line());
            server.searchByKind().forEach((kind, stats) -> System.out.printf("    %-22s %s%n", kind, stats.line()));
            result.put("serverSide", server.summary());

            System.out.printf("%d users for %s (mean pause %s) ...%n", users, readable(duration), readable(thinkTime));
            var concurrent = ConcurrentUsers.run(client, queries, samples, users, duration, thinkTime, sampleSeed);
            concurrent.bySteps().forEach((step, stats) -> System.out.printf("  %-14s %s%n", step, stats.line()));
            System.out.printf(
                    "  all            %s; %.1f requests/s%n", concurrent.all().line(), concurrent.requestsPerSecond());
            result.put("concurrent", concurrent.summary());

            var verdicts = ApiTargets.judge(server, concurrent);
            var people = council.get("people") instanceof Number n ? n.longValue() : null;
            boolean atScale = ApiTargets.atTargetScale(people, users, duration);
            result.put("atTargetScale", atScale);
            result.put(
                    "targets", verdicts.stream().map(ApiTargets.Verdict::asMap).toList());
            System.out.println(
                    atScale
                            ? "Targets:"
                            : "Targets (set for 1,000,000 people, 50 users, 10 minutes; this run was smaller):");
            verdicts.forEach(
                    v -> System.out.printf("  %-4s %s: %s%n", v.met() ? "MET" : "NOT", v.target(), v.measured()));
            return true;
        }
    }

    /** The benchmark's queries; null when the service turns the benchmark's user away (every request would fail). */
    private ApiQueries queriesFor(GraphQlClient client) {
        var check = client.post(ApiQueries.SIGN_IN_CHECK, Map.of());
        if (check.status() == 401 || check.status() == 403) {
            System.err.println("The service turned the benchmark's user away (HTTP " + check.status() + "): check"
                    + " --user and --password" + (noAuth ? ", or drop --no-auth" : "") + ".");
            return null;
        }
        return new ApiQueries();
    }

    /** The council's size: people as generated (from the store's note), records and persons as counted now. */
    private static Map<String, Object> council(Driver driver, Map<String, Object> built) {
        var council = new LinkedHashMap<String, Object>(built);
        try (var session = driver.session()) {
            council.put(
                    "records",
                    session.run("MATCH (r:Record) RETURN count(r) AS n")
                            .single()
                            .get("n")
                            .asLong());
            council.put(
                    "persons",
                    session.run("MATCH (p:Person) RETURN count(p) AS n")
                            .single()
                            .get("n")
                            .asLong());
        }
        return council;
    }

    private static String readable(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
