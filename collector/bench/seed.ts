import type { Database } from '../src/db/database.ts'

/**
 * Stores `count` synthetic submissions with SQL alone (no HTTP, no JSON per row), spread over the
 * last twelve months, most of them in one region: the publication bench's input in seconds.
 */
export async function seedSubmissions(db: Database, count: number, questionnaire = 'bench-seed@1.0.0'): Promise<void> {
  const batch = 20_000
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start)
    await db.query(
      `INSERT INTO submissions (key, payload_hash, payload_version, questionnaire, month, received_month, state, district, campaign,
         sector_group, employees, overall_score, overall_level, dimensions, context, plan)
       SELECT gen_random_uuid(), md5(i::text) || md5((i + 1)::text), 2, $2, m, m,
         CASE WHEN r1 < 0.8 THEN 'DE-NI' ELSE (ARRAY['DE-HB','DE-HH','DE-NW','DE-BY'])[1 + floor(r1 * 1000)::int % 4] END,
         CASE WHEN r1 < 0.8 AND r2 < 0.6 THEN (ARRAY['03241','03251','03252','03254','03255'])[1 + floor(r2 * 1000)::int % 5] END,
         CASE WHEN r1 < 0.8 AND r3 < 0.3 THEN 'hwk-hannover-2027' END,
         (ARRAY['handwerk-bau','handwerk-produktion','handwerk-personen','industrie','handel','dienstleistung','gastgewerbe','sonstige'])[1 + floor(r3 * 8)::int],
         (ARRAY['1-9','10-49','50-249','250+'])[1 + floor(r4 * 4)::int],
         score, least(5, 1 + score / 20),
         jsonb_build_object('bildung', jsonb_build_array(score, least(5, 1 + score / 20)), 'reifegrad', jsonb_build_array(100 - score, least(5, 1 + (100 - score) / 20)),
           'fachkraefte', jsonb_build_array(score / 2, least(5, 1 + score / 40))),
         jsonb_build_object('bb-available-at-address', (ARRAY['fibre','cable','dsl','none'])[1 + floor(r2 * 4)::int]),
         jsonb_build_object('reifegrad', jsonb_build_array(4, floor(r4 * 5)::int))
       FROM (
         SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, floor(random() * 101)::int AS score,
           to_char(date_trunc('month', now()) - (floor(random() * 12)::int * interval '1 month'), 'YYYY-MM') AS m
         FROM generate_series($1::int + 1, $1::int + $3::int) AS i
       ) AS generated`,
      [start, questionnaire, size],
    )
  }
}
