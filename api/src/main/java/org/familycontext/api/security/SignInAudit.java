/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.familycontext.api.audit.AuditAction;
import org.familycontext.api.audit.AuditEntry;
import org.familycontext.api.audit.AuditOutcome;
import org.familycontext.api.audit.AuditTrail;
import org.familycontext.api.audit.AuditUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records each sign-in in the audit trail (action SIGN_IN), for the usage counts: the user name, roles and team,
 * and nothing else about the user. What counts as a sign-in:
 *
 * <ul>
 *   <li>locally, a browser signing in on the sign-in page (scripts sending HTTP Basic on every request are not
 *       signing in each time, and are not counted);
 *   <li>in production, where every request brings a token, the first request of a new sign-in at the identity
 *       provider: its tokens carry the time the user authenticated ({@code auth_time}), which stays the same when
 *       a token is refreshed. A token without {@code auth_time} is not counted.
 * </ul>
 *
 * A sign-in that cannot be recorded is logged and the user still signed in: the trail's rule of no unaudited
 * access is about persons' data, which the first GraphQL request reads, and that request is audited as ever.
 */
@Component
class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);
    /** Provider sign-ins already recorded, kept so that each request does not ask the database again. */
    private static final int REMEMBERED = 10_000;

    private final AuditTrail trail;
    private final AuditUsage usage;
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    SignInAudit(AuditTrail trail, AuditUsage usage) {
        this.trail = trail;
        this.usage = usage;
    }

    @EventListener
    void signedInOnThePage(InteractiveAuthenticationSuccessEvent event) {
        CurrentUser.of(event.getAuthentication()).ifPresent(user -> record(user, "{\"method\":\"password\"}"));
    }

    @EventListener
    void tokenAccepted(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UserAuthentication token)) {
            return;
        }
        Instant authTime = token.getCredentials().getClaimAsInstant("auth_time");
        if (authTime == null) {
            return;
        }
        var user = token.getPrincipal();
        var variables = "{\"method\":\"identity provider\",\"authTime\":\"" + authTime + "\"}";
        var key = user.username() + "|" + authTime;
        if (recorded.contains(key)) {
            return;
        }
        // One at a time, so that two first requests of one sign-in arriving together record it once.
        synchronized (this) {
            if (recorded.contains(key) || usage.signInRecorded(user.username(), variables)) {
                remember(key);
                return;
            }
            if (record(user, variables)) {
                remember(key);
            }
        }
    }

    private boolean record(CurrentUser user, String variables) {
        try {
            trail.record(new AuditEntry(
                    SignedInAccessors.of(user),
                    List.of(AuditAction.SIGN_IN),
                    null,
                    null,
                    "sign-in",
                    variables,
                    List.of(),
                    List.of(),
                    List.of(),
                    AuditOutcome.OK));
            return true;
        } catch (RuntimeException e) {
            log.error(
                    "A sign-in could not be recorded in the audit trail ({})",
                    e.getClass().getName());
            return false;
        }
    }

    private void remember(String key) {
        if (recorded.size() >= REMEMBERED) {
            recorded.clear();
        }
        recorded.add(key);
    }
}
