-- The runtime of issue 4: runs that wait (a timer or a correlated event wakes them), leases so a
-- run whose worker died is taken over, the signals a run has received (events and manager
-- decisions, in order, so the planner and replay see the same history), correlation keys that route
-- an incoming event to the run waiting for it, and the outcome figures KPIs are computed from.

ALTER TABLE agent_run DROP CONSTRAINT agent_run_status_check;
ALTER TABLE agent_run ADD CONSTRAINT agent_run_status_check
    CHECK (status IN ('QUEUED', 'RUNNING', 'WAITING', 'COMPLETED', 'FAILED', 'ESCALATED', 'CANCELLED'));
ALTER TABLE agent_run
    ADD COLUMN wake_at      timestamptz,
    ADD COLUMN lease_until  timestamptz,
    ADD COLUMN outcome_json jsonb;
-- the wait sweep: waiting runs whose timer is due
CREATE INDEX agent_run_wake_idx ON agent_run (wake_at) WHERE status = 'WAITING';
-- the stall sweep: running runs whose worker stopped renewing its lease
CREATE INDEX agent_run_lease_idx ON agent_run (lease_until) WHERE status = 'RUNNING';

CREATE TABLE agent_run_key (
    key        text        PRIMARY KEY,
    run_id     uuid        NOT NULL REFERENCES agent_run (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL
);
CREATE INDEX agent_run_key_run_idx ON agent_run_key (run_id);

CREATE TABLE agent_run_signal (
    id          uuid        PRIMARY KEY,
    run_id      uuid        NOT NULL REFERENCES agent_run (id) ON DELETE CASCADE,
    seq         integer     NOT NULL CHECK (seq >= 0),
    kind        text        NOT NULL CHECK (kind IN ('EVENT', 'DECISION')),
    source      text        NOT NULL,
    payload     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    received_at timestamptz NOT NULL,
    CONSTRAINT agent_run_signal_seq_uq UNIQUE (run_id, seq),
    -- one event or decision reaches a run once, however often it is delivered
    CONSTRAINT agent_run_signal_source_uq UNIQUE (run_id, source)
);

ALTER TABLE agent_exception
    ADD COLUMN step_order    integer,
    ADD COLUMN decision_json jsonb;
