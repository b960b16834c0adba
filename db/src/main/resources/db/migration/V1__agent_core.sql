-- OpsCore core schema: the seed's models (section 2) in snake_case with jsonb,
-- plus the durable intake (agent_event), settings (kill switch) and the append-only audit chain.

CREATE TABLE agent_policy (
    id            uuid        PRIMARY KEY,
    scope_type    text        NOT NULL CHECK (scope_type IN ('global', 'portfolio', 'property')),
    scope_id      text,
    is_active     boolean     NOT NULL DEFAULT true,
    config_json   jsonb       NOT NULL,
    version       integer     NOT NULL CHECK (version >= 1),
    created_by_id text,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK ((scope_type = 'global') = (scope_id IS NULL)),
    CHECK (jsonb_typeof(config_json) = 'object')
);
CREATE UNIQUE INDEX agent_policy_scope_version_uq ON agent_policy (scope_type, coalesce(scope_id, ''), version);
CREATE INDEX agent_policy_scope_active_idx ON agent_policy (scope_type, scope_id, is_active, version DESC);

CREATE TABLE agent_setting (
    key        text        PRIMARY KEY CHECK (key IN ('killSwitch')),
    value_json jsonb       NOT NULL,
    updated_by text,
    updated_at timestamptz NOT NULL
);

CREATE TABLE agent_event (
    id           uuid        PRIMARY KEY,
    trigger_type text        NOT NULL CHECK (trigger_type IN ('event', 'schedule', 'manual')),
    type         text        NOT NULL CHECK (type IN ('TENANT_MESSAGE', 'INCIDENT', 'PM_TASK_DUE', 'COMPLIANCE_ITEM_DUE',
                                                      'VENDOR_RESPONSE', 'WORK_ORDER_STATUS_CHANGED',
                                                      'SCHEDULE_TICK', 'MANUAL_RUN')),
    ref          text        NOT NULL,
    property_id  text,
    occurred_at  timestamptz NOT NULL,
    payload      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    dedupe_key   text        NOT NULL,
    run_dedupe_key text      NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RECEIVED', 'ENQUEUED', 'PROCESSED', 'FAILED')),
    received_at  timestamptz NOT NULL,
    enqueued_at  timestamptz,
    processed_at timestamptz,
    run_id       uuid,
    CONSTRAINT agent_event_dedupe_key_uq UNIQUE (dedupe_key)
);
-- the outbox relay scans for events not yet handed to the queue
CREATE INDEX agent_event_unqueued_idx ON agent_event (received_at) WHERE status = 'RECEIVED';

CREATE TABLE agent_run (
    id           uuid        PRIMARY KEY,
    trigger_type text        NOT NULL CHECK (trigger_type IN ('event', 'schedule', 'manual')),
    trigger_ref  text,
    property_id  text,
    workflow     text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'ESCALATED', 'CANCELLED')),
    dedupe_key   text        NOT NULL,
    event_id     uuid        REFERENCES agent_event (id),
    context_json jsonb,
    worker       text,
    started_at   timestamptz,
    completed_at timestamptz,
    summary      text,
    error        text,
    created_at   timestamptz NOT NULL,
    CONSTRAINT agent_run_dedupe_key_uq UNIQUE (dedupe_key)
);
CREATE INDEX agent_run_status_idx ON agent_run (status, created_at DESC);
CREATE INDEX agent_run_property_idx ON agent_run (property_id, created_at DESC);
CREATE INDEX agent_run_created_idx ON agent_run (created_at DESC);

CREATE TABLE agent_step (
    id           uuid        PRIMARY KEY,
    run_id       uuid        NOT NULL REFERENCES agent_run (id) ON DELETE CASCADE,
    step_order   integer     NOT NULL CHECK (step_order >= 0),
    name         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('PLANNED', 'RUNNING', 'DONE', 'FAILED', 'SKIPPED')),
    input_json   jsonb,
    output_json  jsonb,
    started_at   timestamptz,
    completed_at timestamptz,
    error        text,
    CONSTRAINT agent_step_order_uq UNIQUE (run_id, step_order)
);

CREATE TABLE agent_action_log (
    id              uuid        PRIMARY KEY,
    run_id          uuid        NOT NULL REFERENCES agent_run (id) ON DELETE CASCADE,
    step_id         uuid        REFERENCES agent_step (id) ON DELETE CASCADE,
    action_type     text        NOT NULL CHECK (action_type IN ('API_CALL', 'DECISION', 'ESCALATION')),
    target          text        NOT NULL,
    request_json    jsonb,
    response_json   jsonb,
    policy_decision text        CHECK (policy_decision IN ('ALLOW', 'APPROVAL', 'BLOCK')),
    policy_reason   text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX agent_action_log_run_idx ON agent_action_log (run_id, created_at);

CREATE TABLE agent_exception (
    id             uuid        PRIMARY KEY,
    run_id         uuid        REFERENCES agent_run (id) ON DELETE SET NULL,
    property_id    text,
    severity       text        NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    category       text        NOT NULL CHECK (category IN ('LEGAL', 'FINANCIAL', 'SAFETY', 'SLA', 'SYSTEM')),
    title          text        NOT NULL,
    details        text        NOT NULL,
    context_json   jsonb,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACK', 'RESOLVED')),
    requires_by    timestamptz,
    resolved_by_id text,
    resolved_at    timestamptz,
    created_at     timestamptz NOT NULL
);
-- the inbox: open items by severity then due-by
CREATE INDEX agent_exception_inbox_idx ON agent_exception (status, severity, requires_by);
CREATE INDEX agent_exception_property_idx ON agent_exception (property_id, status);

CREATE TABLE agent_memory (
    id          uuid        PRIMARY KEY,
    scope_type  text        NOT NULL CHECK (scope_type IN ('property', 'tenant', 'vendor')),
    scope_id    text        NOT NULL,
    key         text        NOT NULL,
    value_json  jsonb       NOT NULL,
    confidence  double precision CHECK (confidence BETWEEN 0 AND 1),
    updated_at  timestamptz NOT NULL,
    CONSTRAINT agent_memory_scope_key_uq UNIQUE (scope_type, scope_id, key)
);

-- Append-only audit trail. Each row carries the hash of the row before it, so an edited,
-- inserted or removed row breaks the chain; audit_row_hash() serves both insert and verification.
CREATE TABLE audit_log (
    id          bigserial   PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    subject     text,
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    prev_hash   text        NOT NULL,
    hash        text        NOT NULL
);

CREATE FUNCTION audit_row_hash(prev text, occurred timestamptz, actor text, action text, subject text, details jsonb)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        prev || '|' || to_char(occurred AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '|' || actor || '|' || action
        || '|' || coalesce(subject, '') || '|' || details::text, 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_hash text;
BEGIN
    -- one writer at a time extends the chain
    PERFORM pg_advisory_xact_lock(4711001);
    -- ids are drawn under the lock so that id order is chain order
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    SELECT hash INTO last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
    NEW.hash := audit_row_hash(NEW.prev_hash, NEW.occurred_at, NEW.actor, NEW.action, NEW.subject, NEW.details);
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % rejected', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_chain_trg BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
CREATE TRIGGER audit_log_append_only_trg BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
CREATE TRIGGER audit_log_no_truncate_trg BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change();
