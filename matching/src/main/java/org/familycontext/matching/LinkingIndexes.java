/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import org.neo4j.driver.Driver;

/**
 * The index an incremental run finds a new record's candidates through: the name sounds with the date of birth
 * (the blocking rule "same forename and surname sounds and birth year"). It is created by a full linking run
 * rather than by the schema migrations: populated once over records already loaded it costs seconds, while kept
 * up record by record through a first load of a million records it made that load a fifth slower. Loads after
 * that keep it up for the records they change.
 */
final class LinkingIndexes {

    static final String NAME_SOUNDS = """
            CREATE INDEX record_name_sounds IF NOT EXISTS
            FOR (r:Record) ON (r.forenameSound, r.surnameSound, r.birthDate)
            """;

    private LinkingIndexes() {}

    static void ensure(Driver driver) {
        try (var session = driver.session()) {
            session.run(NAME_SOUNDS).consume();
            session.run("CALL db.awaitIndexes(600)").consume();
        }
    }
}
