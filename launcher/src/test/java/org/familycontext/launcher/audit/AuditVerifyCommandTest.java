/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.launcher.CommandRun.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.familycontext.api.audit.Accessor;
import org.familycontext.api.audit.AuditAction;
import org.familycontext.api.audit.AuditEntry;
import org.familycontext.api.audit.AuditTrail;
import org.familycontext.launcher.serve.EmbeddedNeo4j;
import org.familycontext.model.schema.Drivers;
import org.familycontext.model.schema.SchemaMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

/** {@code audit verify} as an operator runs it: its exit status says intact, broken or unreachable. */
class AuditVerifyCommandTest {

    @TempDir
    static Path dir;

    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void startNeo4jWithThreeEvents() {
        neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0);
        driver = Drivers.open(neo4j.boltUri(), AuthTokens.none());
        SchemaMigrations.apply(driver);
        var trail = new AuditTrail(driver, Clock.systemUTC());
        for (var person : List.of("P1", "P2", "P3")) {
            trail.record(AuditEntry.of(
                    new Accessor("a.worker", List.of("social_worker"), "Assessment Team North"),
                    AuditAction.EXPORT,
                    "CHILD_PROTECTION_CONFERENCE_PREPARATION",
                    "conference pack",
                    List.of(person)));
        }
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @Test
    void intactThenBrokenThenUnreachable() {
        var intact = run("audit", "verify", "--neo4j", neo4j.boltUri());
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out())
                .contains("Audit trail intact: 3 events (seq 1 to 3).")
                .containsPattern("Newest hash: [0-9a-f]{64}");

        try (var session = driver.session()) {
            session.run("MATCH (e:AuditEvent {seq: 2}) SET e.user = 'someone.else'")
                    .consume();
        }
        var broken = run("audit", "verify", "--neo4j", neo4j.boltUri());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out())
                .contains("Audit trail BROKEN at seq 2: seq 2: the hash does not match the event's fields")
                .contains("3 events read");

        var unreachable = run("audit", "verify", "--neo4j", "bolt://127.0.0.1:1");
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.err()).contains("cannot reach Neo4j");
    }
}
