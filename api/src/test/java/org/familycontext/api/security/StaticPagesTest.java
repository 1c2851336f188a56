/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The built pages run under a policy without inline script or style: they must need none. */
class StaticPagesTest {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {"static/index.html", "static/login.html"})
    void aPageHoldsNoInlineScriptOrStyle(String page) throws IOException {
        var html = new ClassPathResource(page).getContentAsString(StandardCharsets.UTF_8);
        var scripts = SCRIPT_TAG.matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("a script tag loads a file").contains("src=");
        }
        assertThat(html)
                .doesNotContainPattern("(?i)<style\\b")
                .doesNotContainPattern("(?i)\\sstyle\\s*=")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContainPattern("(?i)javascript:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"static/app.js", "static/login.js"})
    void theScriptsWriteNoMarkupOrStyleAttributes(String script) throws IOException {
        var code = new ClassPathResource(script).getContentAsString(StandardCharsets.UTF_8);
        assertThat(code)
                .doesNotContain("innerHTML")
                .doesNotContain("insertAdjacentHTML")
                .doesNotContain("eval(");
    }
}
