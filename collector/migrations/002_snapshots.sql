-- Published snapshots of the aggregates. A snapshot is written once and never changes: the
-- triggers below refuse any UPDATE of it or of its cells.
CREATE TABLE snapshots (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  published_at timestamptz NOT NULL,
  min_group_size smallint NOT NULL,
  min_delta smallint NOT NULL
);

CREATE TABLE snapshot_cells (
  snapshot_id integer NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  questionnaire text NOT NULL,
  breakdown text NOT NULL,
  -- The group as text with its keys sorted, e.g. 'sectorGroup=handwerk-bau;state=DE-NI'.
  group_key text NOT NULL,
  period text NOT NULL,
  n integer NOT NULL CHECK (n > 0),
  -- Position in the published list (breakdown, period, group), so the answer keeps its order.
  ordinal integer NOT NULL,
  -- The published cell exactly as the API answers it.
  cell jsonb NOT NULL,
  -- Serves both endpoints: all cells of a questionnaire, and the one cell of a v1 benchmark query.
  PRIMARY KEY (snapshot_id, questionnaire, breakdown, group_key, period)
);

CREATE FUNCTION refuse_snapshot_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published snapshots never change (%)', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER snapshots_immutable BEFORE UPDATE ON snapshots FOR EACH ROW EXECUTE FUNCTION refuse_snapshot_update();
CREATE TRIGGER snapshot_cells_immutable BEFORE UPDATE ON snapshot_cells FOR EACH ROW EXECUTE FUNCTION refuse_snapshot_update();
