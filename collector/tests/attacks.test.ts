import { describe, expect, it } from 'vitest'
import { publishQuestionnaire } from '../src/core/publish.ts'
import { DEFAULT_RULES, type PublicationRules, type PublishedCell, type SubmissionRow } from '../src/core/types.ts'
import { afterMinusBefore, parentMinusChildren, revealing } from './support/attacker.ts'
import { applyPublication, findCell, makeRow, makeRows } from './support/rows.ts'

/**
 * The differencing attacks of DESIGN.md "Anonymous submission", tried against the publishing core:
 * an attacker who sees every snapshot and wants one business's score (the target scores 97, all
 * others score 50) adds and subtracts published groups. Every attempt must come out as 0 or at
 * least 10 submissions, never as the target alone.
 */

const NOVEMBER = new Date('2026-11-29T12:00:00Z')
const TARGET_SCORE = 97

/** Only the group-size threshold, no release in steps: the control that shows the attacks work. */
const WITHOUT_STEPS: PublicationRules = { ...DEFAULT_RULES, minDelta: 1 }

/** Runs publications in order, as the job would; returns every snapshot's cells. */
function publishRounds(rounds: { add: SubmissionRow[]; now?: Date }[], rules: PublicationRules = DEFAULT_RULES): PublishedCell[][] {
  let rows: SubmissionRow[] = []
  let previous: PublishedCell[] = []
  const snapshots: PublishedCell[][] = []
  for (const round of rounds) {
    rows = [...rows, ...round.add]
    const output = publishQuestionnaire({ rows, previousCells: previous, now: round.now ?? NOVEMBER, rules })
    rows = applyPublication(rows, output)
    previous = output.cells
    snapshots.push(output.cells)
  }
  return snapshots
}

const target = (overrides: Partial<SubmissionRow> = {}) => makeRow({ overall: { score: TARGET_SCORE, level: 5 }, ...overrides })

describe('differencing attacks', () => {
  it('overlapping groups: a state minus its published sector groups (or size classes) never isolates a lone business', () => {
    // The target is the only Handel business in DE-NI and the only one with 250+ employees.
    const rows = [...makeRows(30), ...makeRows(15, { employees: '1-9' }), ...makeRows(12, { state: 'DE-HB' }), target({ sectorGroup: 'handel', employees: '250+' })]
    const [cells] = publishRounds([{ add: rows }])
    expect(findCell(cells!, 'state', { state: 'DE-NI' })).toBeDefined()
    expect(revealing(parentMinusChildren(cells!))).toEqual([])
    // The target's group is not published, and the state's figures do not include it either.
    expect(findCell(cells!, 'state-sector', { state: 'DE-NI', sectorGroup: 'handel' })).toBeUndefined()
    expect(findCell(cells!, 'state', { state: 'DE-NI' })!.n).toBe(45)
  })

  it('overlapping tables: a district minus a campaign held inside it never isolates the one business without the campaign', () => {
    // All ten campaign submissions come from district 03241; the target is there too, without the campaign.
    const rows = [...makeRows(10, { district: '03241', campaign: 'hwk-hannover-2027' }), ...makeRows(20), target({ district: '03241' })]
    const [cells] = publishRounds([{ add: rows }])
    // Control: with a group-size threshold alone, district minus campaign is the target.
    const [lax] = publishRounds([{ add: rows.map((row) => ({ ...row, releasedMask: 0, coarseMask: 0 })) }], WITHOUT_STEPS)
    const laxDifference = findCell(lax!, 'district', { state: 'DE-NI', district: '03241' })!.n - findCell(lax!, 'campaign', { campaign: 'hwk-hannover-2027' })!.n
    expect(laxDifference).toBe(1)

    const campaign = findCell(cells!, 'campaign', { campaign: 'hwk-hannover-2027' })!
    const district = findCell(cells!, 'district', { state: 'DE-NI', district: '03241' })!
    expect(campaign.n).toBe(10)
    const difference = district.n - campaign.n
    expect(difference === 0 || difference >= 10).toBe(true)
    expect(revealing(parentMinusChildren(cells!))).toEqual([])
  })

  it('before and after one more submission: every figure stays exactly as it was', () => {
    const rounds = () => [{ add: [...makeRows(25), ...makeRows(10, { sectorGroup: 'handel' })] }, { add: [target()] }]
    const [before, after] = publishRounds(rounds())
    expect(after).toEqual(before)
    expect(revealing(afterMinusBefore(before!, after!))).toEqual([])
    // Control: released at once, the national figures before and after give the target's score
    // up to the rounding of the mean (± n/2 points).
    const [laxBefore, laxAfter] = publishRounds(rounds(), WITHOUT_STEPS)
    const leak = revealing(afterMinusBefore(laxBefore!, laxAfter!)).find((derivation) => derivation.how.startsWith('national{}@all'))!
    expect(leak.n).toBe(1)
    expect(Math.abs(leak.scoreSum - TARGET_SCORE)).toBeLessThanOrEqual(36 / 2)
  })

  it('before and after: the target enters only with nine others, and then only their average shows', () => {
    const snapshots = publishRounds([
      { add: makeRows(25) },
      { add: [target()] },
      ...Array.from({ length: 8 }, () => ({ add: makeRows(1) })),
      { add: makeRows(1) },
    ])
    for (let index = 1; index < snapshots.length; index += 1) {
      expect(revealing(afterMinusBefore(snapshots[index - 1]!, snapshots[index]!))).toEqual([])
      expect(revealing(parentMinusChildren(snapshots[index]!))).toEqual([])
    }
    const change = afterMinusBefore(snapshots.at(-2)!, snapshots.at(-1)!).find((derivation) => derivation.how.startsWith('national{}@all'))!
    expect(change.n).toBe(10)
    expect(change.scoreSum / change.n).not.toBe(TARGET_SCORE)
  })

  it('a fresh parent and a child still waiting: parent minus child never shows the one the child waits for', () => {
    // Round 2 brings 10 to Handwerk-Bau and the target to Handel: only the ten enter, all groups together.
    const [first, second] = publishRounds([
      { add: [...makeRows(30), ...makeRows(10, { sectorGroup: 'handel' })] },
      { add: [...makeRows(10), target({ sectorGroup: 'handel' })] },
    ])
    for (const derivation of afterMinusBefore(first!, second!)) expect([0, 10]).toContain(derivation.n)
    expect(revealing(parentMinusChildren(second!))).toEqual([])
    const pairs = afterMinusBefore(first!, second!)
    const state = pairs.find((derivation) => derivation.how.startsWith('state{"state":"DE-NI"}@all'))!
    const bau = pairs.find((derivation) => derivation.how.startsWith('state-sector{"state":"DE-NI","sectorGroup":"handwerk-bau"}@all'))!
    expect(state.n - bau.n).toBe(0)
  })

  it('a small group that grows: its earlier state never becomes derivable once it is published', () => {
    // Three in this quarter next to 22 from an earlier one; later ten more join this quarter.
    const [first, second] = publishRounds([
      { add: [...makeRows(22, { month: '2026-08', receivedMonth: '2026-08' }), ...makeRows(3)] },
      { add: makeRows(10) },
    ])
    const q4Before = findCell(first!, 'national', {}, '2026-Q4')
    expect(q4Before).toBeUndefined()
    expect(findCell(first!, 'national')!.n).toBe(22)
    expect(findCell(second!, 'national', {}, '2026-Q4')!.n).toBe(13)
    expect(findCell(second!, 'national')!.n).toBe(35)
    // Q4 now minus the change of the all-time figure = Q4 before = 0, not the three.
    const q4Now = findCell(second!, 'national', {}, '2026-Q4')!
    expect(q4Now.n - (findCell(second!, 'national')!.n - findCell(first!, 'national')!.n)).toBe(0)
    expect(revealing([...afterMinusBefore(first!, second!), ...parentMinusChildren(second!)])).toEqual([])
  })

  it('a target that waited too long is published without its district, still not alone anywhere', () => {
    const december = new Date('2027-02-10T12:00:00Z')
    const snapshots = publishRounds([
      { add: [...makeRows(20, { district: '03241', month: '2026-11' }), ...makeRows(15, { month: '2026-11' }), target({ district: '03251', month: '2026-11' })] },
      { add: [], now: december },
    ])
    for (const cells of snapshots) expect(revealing(parentMinusChildren(cells))).toEqual([])
    expect(revealing(afterMinusBefore(snapshots[0]!, snapshots[1]!))).toEqual([])
  })
})
