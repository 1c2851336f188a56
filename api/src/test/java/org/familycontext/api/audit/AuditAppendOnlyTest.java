/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application never changes or deletes an audit event: no Cypher in the service deletes or removes anything
 * in the audit package, the only SET there writes the event it has just created and the chain's head, and no code
 * outside the package names the audit nodes at all.
 */
class AuditAppendOnlyTest {

    private static final Path MAIN = Path.of("src/main/java/org/familycontext/api");
    private static final Pattern CHANGING = Pattern.compile("\\b(DELETE|REMOVE|DETACH|MERGE \\(e)\\b");

    @Test
    void theAuditPackageHoldsNoCypherThatDeletesOrChangesAnEvent() throws IOException {
        for (var file : javaFiles(MAIN.resolve("audit"))) {
            var text = Files.readString(file);
            assertThat(CHANGING.matcher(text).find()).as(file.toString()).isFalse();
            if (!file.endsWith("AuditTrail.java")) {
                assertThat(text).as(file.toString()).doesNotContain("SET ");
            }
        }
        var trail = Files.readString(MAIN.resolve("audit/AuditTrail.java"));
        assertThat(Pattern.compile("SET ").matcher(trail).results().count()).isEqualTo(3);
        assertThat(trail).contains("CREATE (e:AuditEvent)\n            SET e = $event, c.lastHash = $hash");
    }

    @Test
    void noCodeOutsideTheAuditPackageTouchesTheAuditNodes() throws IOException {
        for (var file : javaFiles(MAIN)) {
            if (file.startsWith(MAIN.resolve("audit"))) {
                continue;
            }
            assertThat(Files.readString(file))
                    .as(file.toString())
                    .doesNotContain(":AuditEvent")
                    .doesNotContain(":AuditChain");
        }
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
