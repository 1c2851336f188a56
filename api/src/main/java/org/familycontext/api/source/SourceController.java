/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.source;

import java.util.List;
import org.familycontext.model.source.Source;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

    private final Neo4jTemplate template;

    SourceController(Neo4jTemplate template) {
        this.template = template;
    }

    @QueryMapping
    List<Source> sources() {
        return template.findAll(Source.class).stream()
                .sorted(java.util.Comparator.comparing(Source::name))
                .toList();
    }
}
