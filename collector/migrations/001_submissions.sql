-- Anonymous submissions, one row per idempotency key. Classes, codes and scores only: no IP
-- address, no user agent, no name, no free text, no time finer than the month.
CREATE TABLE submissions (
  -- The random UUID the app made for this one send; UNIQUE makes a send count exactly once.
  key uuid PRIMARY KEY,
  -- SHA-256 of the canonical payload: a retry must carry the same payload (else 409).
  payload_hash char(64) NOT NULL,
  payload_version smallint NOT NULL CHECK (payload_version IN (1, 2)),
  questionnaire text NOT NULL CHECK (questionnaire ~ '^[a-z][a-z0-9-]*@[0-9]+\.[0-9]+\.[0-9]+$'),
  -- The month the business states for its check, and the month the collector stored it.
  month char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  received_month char(7) NOT NULL CHECK (received_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  state char(5) NOT NULL CHECK (state ~ '^DE-[A-Z]{2}$'),
  district char(5) CHECK (district ~ '^[0-9]{5}$'),
  campaign text CHECK (campaign ~ '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$'),
  sector_group text NOT NULL,
  employees text NOT NULL CHECK (employees IN ('1-9', '10-49', '50-249', '250+')),
  overall_score smallint NOT NULL CHECK (overall_score BETWEEN 0 AND 100),
  overall_level smallint NOT NULL CHECK (overall_level BETWEEN 1 AND 5),
  -- {"<dimension>": [score, level]}, {"<question>": "<answer>"}, {"<dimension>": [planned, done]}
  dimensions jsonb NOT NULL DEFAULT '{}',
  context jsonb NOT NULL DEFAULT '{}',
  plan jsonb NOT NULL DEFAULT '{}',
  -- Publication state (collector/METHOD.md): which measures are in the published figures, and
  -- which attributes this submission is published without. Set only by the publishing job.
  released_mask smallint NOT NULL DEFAULT 0,
  coarse_mask smallint NOT NULL DEFAULT 0
);

-- The publishing job reads one questionnaire at a time; retention deletes by month of receipt.
CREATE INDEX submissions_questionnaire ON submissions (questionnaire);
CREATE INDEX submissions_received_month ON submissions (received_month);
