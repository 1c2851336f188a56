// The audit trail: AuditEvent nodes numbered 1, 2, 3 … with no gaps, and the one AuditChain node that holds the
// head of the hash chain (lastSeq, lastHash). A second event with a seq already taken is refused, so two appends can
// never fork the chain; the chain node is unique so that its first MERGE cannot create two heads.
CREATE CONSTRAINT audit_event_seq IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.seq IS UNIQUE;
CREATE CONSTRAINT audit_chain_name IF NOT EXISTS FOR (c:AuditChain) REQUIRE c.name IS UNIQUE;
// What auditors filter by: a time range (at is fixed-width ISO text, so text order is time order) and a user.
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX audit_event_user IF NOT EXISTS FOR (e:AuditEvent) ON (e.user);
