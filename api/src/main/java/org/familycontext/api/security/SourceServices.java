/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.familycontext.model.involvement.Service;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which service each loaded source belongs to, so that records and addresses can be judged by their source's
 * name. Read once and again when a name is not known (a source loaded since), at most every few seconds.
 */
@Component
class SourceServices {

    /** A source as the policy sees it; {@code service} is null for a source of no service (practitioner-recorded). */
    record SourceKind(boolean known, Service service) {

        static final SourceKind UNKNOWN = new SourceKind(false, null);

        /** An unknown source is treated as sensitive: nothing says it is not. */
        boolean sensitive() {
            return !known || (service != null && service.sensitive());
        }
    }

    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

    private final Neo4jClient neo4j;
    private final Clock clock;
    private volatile Map<String, SourceKind> kinds = Map.of();
    private volatile boolean loaded;
    private volatile long loadedAtMillis;

    SourceServices(Neo4jClient neo4j, Clock clock) {
        this.neo4j = neo4j;
        this.clock = clock;
    }

    SourceKind of(String source) {
        if (source == null) {
            return SourceKind.UNKNOWN;
        }
        var kind = kinds.get(source);
        if (kind == null && (!loaded || clock.millis() - loadedAtMillis >= RELOAD_AT_MOST_EVERY.toMillis())) {
            reload();
            kind = kinds.get(source);
        }
        return kind == null ? SourceKind.UNKNOWN : kind;
    }

    private synchronized void reload() {
        var read = new HashMap<String, SourceKind>();
        neo4j.query("MATCH (s:Source) RETURN s.name AS name, s.service AS service")
                .fetch()
                .all()
                .forEach(row ->
                        read.put(String.valueOf(row.get("name")), new SourceKind(true, service(row.get("service")))));
        kinds = Map.copyOf(read);
        loadedAtMillis = clock.millis();
        loaded = true;
    }

    private static Service service(Object stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Service.valueOf(stored.toString());
        } catch (IllegalArgumentException unknownService) {
            return null;
        }
    }
}
