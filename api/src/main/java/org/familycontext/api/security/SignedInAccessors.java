/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import java.util.Locale;
import org.familycontext.api.audit.Accessor;
import org.familycontext.api.audit.AccessorSource;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** The audit trail records the signed-in user, with roles in lower case (social_worker) and team. */
// Primary: the audit package's fallback (nobody signed in) is registered whichever is scanned first.
@Primary
@Component
class SignedInAccessors implements AccessorSource {

    @Override
    public Accessor current() {
        return CurrentUser.find().map(SignedInAccessors::of).orElse(Accessor.UNAUTHENTICATED);
    }

    static Accessor of(CurrentUser user) {
        return new Accessor(
                user.username(),
                user.roles().stream()
                        .map(role -> role.name().toLowerCase(Locale.ROOT))
                        .sorted()
                        .toList(),
                user.team());
    }
}
