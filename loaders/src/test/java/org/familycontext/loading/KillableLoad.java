/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.nio.file.Path;
import java.time.Clock;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.schema.Drivers;
import org.neo4j.driver.AuthTokens;

/** A load in a process of its own, for {@link KillAndRerunTest} to kill. Arguments: bolt URI, manifest, reports. */
public final class KillableLoad {

    private KillableLoad() {}

    public static void main(String[] args) {
        try (var driver = Drivers.open(args[0], AuthTokens.none())) {
            new ExtractLoader(driver, Path.of(args[2]), Clock.systemUTC(), Progress.none(), 100)
                    .load(ManifestReader.read(Path.of(args[1])), false);
        }
    }
}
