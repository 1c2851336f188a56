/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command of {@code ./family-context} in this JVM, capturing what it prints, for the commands' tests. */
public final class CommandRun {

    /** The exit code and what the command printed to System.out and System.err. */
    public record Result(int exitCode, String out, String err) {}

    private CommandRun() {}

    /** One at a time: System.out and System.err are the JVM's, shared by every test class. */
    public static synchronized Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var oldOut = System.out;
        var oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = FamilyContextCommand.commandLine().execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
