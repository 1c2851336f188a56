/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.serve;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts Family Context on this machine: an in-process Neo4j, the GraphQL API and the web UI.",
            "On an empty store it first loads the synthetic demo council (unless --no-demo)."
        })
public class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Option(
            names = "--data-dir",
            defaultValue = "data/neo4j",
            description = "Folder of the Neo4j store; kept between runs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "HTTP port for the UI and API (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bolt-port",
            defaultValue = "7687",
            description = "Bolt port of the in-process Neo4j on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--no-demo", description = "Do not load the demo council into an empty store.")
    boolean noDemo;

    @Option(
            names = "--neo4j",
            description = "Use this Neo4j (bolt://... or neo4j://...) instead of starting one in-process.")
    String neo4jUri;

    @Override
    public Integer call() throws InterruptedException {
        var stack = LocalStack.start(new LocalStack.Options(dataDir, port, boltPort, !noDemo, neo4jUri));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }));
        log.info(
                "Family Context is ready at http://localhost:{}/ (GraphiQL at /graphiql); sign in as a demo user"
                        + " (README.md), e.g. sam.social / demo-sam. Ctrl+C stops it.",
                stack.port());
        stopped.await();
        return 0;
    }
}
