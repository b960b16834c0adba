-- The sandbox PMS: its own schema, applied by the sandbox's own Flyway instance (history table
-- sandbox.flyway_schema_history), never by OpsCore's migrations. Every table is qualified.

-- the simulated world's settings: the seed it was built from, its clock, and how many times it was
-- (re)built: the epoch prefixes webhook refs, so that OpsCore does not take a rebuilt world's
-- happenings for duplicates of the previous one's (one row)
CREATE TABLE sandbox.world_state (
    id       smallint    PRIMARY KEY CHECK (id = 1),
    seed     bigint      NOT NULL,
    epoch    integer     NOT NULL,
    now_at   timestamptz NOT NULL,
    start_at timestamptz NOT NULL
);

-- transactional id counters (a rolled-back create consumes no id, so ids are reproducible)
CREATE TABLE sandbox.id_counter (
    kind       text   PRIMARY KEY,
    last_value bigint NOT NULL
);

CREATE TABLE sandbox.property (
    id                     text PRIMARY KEY,
    portfolio_id           text NOT NULL,
    name                   text NOT NULL,
    address                text NOT NULL,
    timezone               text NOT NULL,
    emergency_instructions text NOT NULL
);

CREATE TABLE sandbox.unit (
    id          text    PRIMARY KEY,
    property_id text    NOT NULL REFERENCES sandbox.property (id),
    number      text    NOT NULL,
    floor       integer NOT NULL
);
CREATE INDEX unit_property_idx ON sandbox.unit (property_id);

CREATE TABLE sandbox.tenant (
    id                 text PRIMARY KEY,
    property_id        text NOT NULL REFERENCES sandbox.property (id),
    unit_id            text NOT NULL REFERENCES sandbox.unit (id),
    name               text NOT NULL,
    phone              text NOT NULL,
    email              text NOT NULL,
    preferred_language text NOT NULL
);
CREATE INDEX tenant_unit_idx ON sandbox.tenant (unit_id);

CREATE TABLE sandbox.lease (
    id           text          PRIMARY KEY,
    property_id  text          NOT NULL REFERENCES sandbox.property (id),
    unit_id      text          NOT NULL REFERENCES sandbox.unit (id),
    tenant_ids   jsonb         NOT NULL,
    start_date   date          NOT NULL,
    end_date     date          NOT NULL,
    monthly_rent numeric(10, 2) NOT NULL CHECK (monthly_rent >= 0),
    status       text          NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'RENEWAL_OFFERED', 'ENDED'))
);

CREATE TABLE sandbox.vendor (
    id                   text          PRIMARY KEY,
    name                 text          NOT NULL,
    trades               jsonb         NOT NULL,
    property_ids         jsonb         NOT NULL,
    hourly_rate          numeric(10, 2) NOT NULL CHECK (hourly_rate >= 0),
    callout_fee          numeric(10, 2) NOT NULL CHECK (callout_fee >= 0),
    max_open_work_orders integer       NOT NULL CHECK (max_open_work_orders >= 0),
    rating               numeric(3, 2) NOT NULL,
    on_time_rate         numeric(3, 2) NOT NULL,
    phone                text          NOT NULL,
    email                text          NOT NULL,
    active               boolean       NOT NULL
);

-- how a vendor behaves in the simulated world; never served through the contract
CREATE TABLE sandbox.vendor_behaviour (
    vendor_id              text             PRIMARY KEY REFERENCES sandbox.vendor (id),
    accept_probability     double precision NOT NULL CHECK (accept_probability BETWEEN 0 AND 1),
    ignore_probability     double precision NOT NULL CHECK (ignore_probability BETWEEN 0 AND 1),
    response_delay_minutes integer          NOT NULL CHECK (response_delay_minutes >= 0),
    no_show_probability    double precision NOT NULL CHECK (no_show_probability BETWEEN 0 AND 1),
    duration_minutes       integer          NOT NULL CHECK (duration_minutes > 0),
    cost_spread            double precision NOT NULL CHECK (cost_spread BETWEEN 0 AND 1),
    CHECK (accept_probability + ignore_probability <= 1)
);

CREATE TABLE sandbox.work_order (
    id             text          PRIMARY KEY,
    seq            bigint        NOT NULL UNIQUE,
    property_id    text          NOT NULL REFERENCES sandbox.property (id),
    unit_id        text          REFERENCES sandbox.unit (id),
    tenant_id      text          REFERENCES sandbox.tenant (id),
    category       text          NOT NULL CHECK (category IN ('PLUMBING', 'HVAC', 'ELECTRICAL', 'APPLIANCE', 'PEST',
                                                              'LOCKS_DOORS', 'GENERAL')),
    priority       text          NOT NULL CHECK (priority IN ('EMERGENCY', 'URGENT', 'ROUTINE')),
    status         text          NOT NULL CHECK (status IN ('NEW', 'TRIAGED', 'DISPATCHED', 'SCHEDULED', 'IN_PROGRESS',
                                                            'COMPLETED', 'CLOSED', 'ON_HOLD', 'CANCELLED', 'REOPENED')),
    title          text          NOT NULL,
    description    text,
    vendor_id      text          REFERENCES sandbox.vendor (id),
    estimated_cost numeric(12, 2) CHECK (estimated_cost >= 0),
    not_to_exceed  numeric(12, 2) CHECK (not_to_exceed >= 0),
    actual_cost    numeric(12, 2) CHECK (actual_cost >= 0),
    photo_urls     jsonb         NOT NULL DEFAULT '[]',
    notes          jsonb         NOT NULL DEFAULT '[]',
    scheduled_for  timestamptz,
    completed_at   timestamptz,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    -- the world's bookkeeping: how often the status changed and the order was dispatched, and when
    status_changes integer       NOT NULL DEFAULT 0,
    dispatch_count integer       NOT NULL DEFAULT 0,
    dispatched_at  timestamptz,
    started_at     timestamptz
);
CREATE INDEX work_order_status_idx ON sandbox.work_order (status);
CREATE INDEX work_order_property_idx ON sandbox.work_order (property_id);
CREATE INDEX work_order_vendor_idx ON sandbox.work_order (vendor_id);

CREATE TABLE sandbox.bid (
    id            text          PRIMARY KEY,
    seq           bigint        NOT NULL UNIQUE,
    work_order_id text          NOT NULL REFERENCES sandbox.work_order (id),
    vendor_id     text          NOT NULL REFERENCES sandbox.vendor (id),
    status        text          NOT NULL CHECK (status IN ('REQUESTED', 'SUBMITTED', 'DECLINED', 'ACCEPTED',
                                                           'REJECTED', 'EXPIRED')),
    amount        numeric(12, 2) CHECK (amount >= 0),
    requested_at  timestamptz   NOT NULL,
    due_by        timestamptz   NOT NULL,
    responded_at  timestamptz,
    notes         text
);
CREATE INDEX bid_work_order_idx ON sandbox.bid (work_order_id);
CREATE INDEX bid_status_idx ON sandbox.bid (status);

CREATE TABLE sandbox.message_thread (
    id              text        PRIMARY KEY,
    seq             bigint      NOT NULL UNIQUE,
    property_id     text        NOT NULL REFERENCES sandbox.property (id),
    unit_id         text        REFERENCES sandbox.unit (id),
    tenant_id       text        NOT NULL REFERENCES sandbox.tenant (id),
    subject         text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'PORTAL', 'VOICE_TRANSCRIPT')),
    status          text        NOT NULL CHECK (status IN ('OPEN', 'WAITING_ON_TENANT', 'CLOSED')),
    created_at      timestamptz NOT NULL,
    last_message_at timestamptz NOT NULL
);
CREATE INDEX message_thread_tenant_idx ON sandbox.message_thread (tenant_id);

CREATE TABLE sandbox.message (
    id          text        PRIMARY KEY,
    seq         bigint      NOT NULL UNIQUE,
    thread_id   text        NOT NULL REFERENCES sandbox.message_thread (id),
    direction   text        NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    author      text        NOT NULL,
    body        text        NOT NULL,
    sent_at     timestamptz NOT NULL,
    -- an OUTBOUND satisfaction ping, and the tenant's answer once the world has given it
    asks_rating boolean     NOT NULL DEFAULT false,
    answered_by text
);
CREATE INDEX message_thread_idx ON sandbox.message (thread_id);
CREATE INDEX message_unanswered_ping_idx ON sandbox.message (sent_at) WHERE asks_rating AND answered_by IS NULL;

CREATE TABLE sandbox.compliance_item (
    id            text        PRIMARY KEY,
    property_id   text        NOT NULL REFERENCES sandbox.property (id),
    type          text        NOT NULL,
    description   text        NOT NULL,
    due_date      date        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'COMPLETED')),
    work_order_id text        REFERENCES sandbox.work_order (id),
    completed_at  timestamptz
);

CREATE TABLE sandbox.pm_schedule (
    id                  text    PRIMARY KEY,
    property_id         text    NOT NULL REFERENCES sandbox.property (id),
    unit_id             text    REFERENCES sandbox.unit (id),
    category            text    NOT NULL,
    task                text    NOT NULL,
    interval_days       integer NOT NULL CHECK (interval_days > 0),
    next_due_date       date    NOT NULL,
    last_completed_date date,
    active              boolean NOT NULL
);

CREATE TABLE sandbox.inspection (
    id            text        PRIMARY KEY,
    seq           bigint      NOT NULL UNIQUE,
    property_id   text        NOT NULL REFERENCES sandbox.property (id),
    unit_id       text        REFERENCES sandbox.unit (id),
    type          text        NOT NULL CHECK (type IN ('MOVE_IN', 'MOVE_OUT', 'ROUTINE', 'SAFETY')),
    scheduled_for timestamptz NOT NULL,
    status        text        NOT NULL CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED')),
    findings      text,
    completed_at  timestamptz
);

CREATE TABLE sandbox.rental_application (
    id             text        PRIMARY KEY,
    property_id    text        NOT NULL REFERENCES sandbox.property (id),
    unit_id        text        REFERENCES sandbox.unit (id),
    applicant_name text        NOT NULL,
    email          text        NOT NULL,
    phone          text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('SUBMITTED', 'SCREENING', 'APPROVED', 'DENIED', 'WITHDRAWN')),
    submitted_at   timestamptz NOT NULL
);

CREATE TABLE sandbox.notification (
    id             text        PRIMARY KEY,
    seq            bigint      NOT NULL UNIQUE,
    recipient_type text        NOT NULL CHECK (recipient_type IN ('TENANT', 'VENDOR', 'STAFF')),
    recipient_id   text        NOT NULL,
    channel        text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'IN_APP')),
    subject        text,
    body           text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    created_at     timestamptz NOT NULL
);
CREATE INDEX notification_recipient_idx ON sandbox.notification (recipient_id);

-- Stripe-style idempotency: the first successful response to a key, replayed for its duplicates
CREATE TABLE sandbox.idempotency_key (
    idem_key     text        PRIMARY KEY,
    method       text        NOT NULL,
    path         text        NOT NULL,
    request_hash text        NOT NULL,
    status       integer,
    content_type text,
    body         bytea,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

-- what the world told OpsCore (or tried to): nothing is lost silently
CREATE TABLE sandbox.webhook_outbox (
    id           bigserial   PRIMARY KEY,
    type         text        NOT NULL CHECK (type IN ('VENDOR_RESPONSE', 'WORK_ORDER_STATUS_CHANGED', 'TENANT_MESSAGE')),
    ref          text        NOT NULL UNIQUE,
    property_id  text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    payload      jsonb       NOT NULL,
    delivered    boolean     NOT NULL DEFAULT false,
    attempts     integer     NOT NULL DEFAULT 0,
    last_status  integer,
    last_error   text,
    delivered_at timestamptz
);
CREATE INDEX webhook_outbox_undelivered_idx ON sandbox.webhook_outbox (id) WHERE NOT delivered;
