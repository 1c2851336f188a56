/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who is signed in: the page shows each role only the views it may use. */
@Controller
class SignedInUserController {

    record SignedInUser(String username, List<String> roles, String team) {}

    @QueryMapping
    SignedInUser me(GraphQLContext context) {
        var user = CurrentUser.in(context).orElseThrow(() -> new IllegalStateException("No user is signed in"));
        return new SignedInUser(
                user.username(), user.roles().stream().map(Role::name).sorted().toList(), user.team());
    }
}
