/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.nio.file.Path;
import java.util.List;

/** Files of an extract that cannot be loaded at all (empty, or a header without the mapped columns). */
public class ExtractException extends RuntimeException {

    private final transient List<String> problems;

    public ExtractException(Path manifest, List<String> problems) {
        super(manifest + ": " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
