/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.nio.file.Path;
import java.util.List;

/** A manifest that cannot be used, with every problem found, each saying where it is and what to fix. */
public class ManifestException extends RuntimeException {

    private final transient List<String> problems;

    public ManifestException(Path manifest, List<String> problems) {
        super(manifest + ": " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
