import type { Questionnaire } from '../questionnaire/types'
import { roundToOneDecimal } from './score-assessment'
import type { AssessmentResult } from '../shapes/result'
import type { DimensionId, LevelNumber } from '../indicator-fields'

/** Target levels the user chose per dimension; a missing entry means "use the default". */
export type Targets = Partial<Record<DimensionId, LevelNumber>>

export interface DimensionTarget {
  dimension: DimensionId
  /** Null when nothing in the dimension was answered. */
  currentLevel: LevelNumber | null
  targetLevel: LevelNumber
  /** The `minScore` of the target level: the score at which the target is reached. */
  targetScore: number
  /** max(0, targetScore − score); the whole targetScore when the dimension has no score. */
  gap: number
  /** True when the user chose this target, false for the default. */
  chosen: boolean
}

/**
 * The level every field should reach by default: "Anwender", the level at which digital practice is
 * part of daily work. A field further down gets this as its target, not just the next level, so a
 * very weak field never looks closer to its target than a middling one.
 */
export const BASELINE_TARGET_LEVEL: LevelNumber = 3

/**
 * Resolves the target per dimension of a result. Default: one level above today, and at least
 * BASELINE_TARGET_LEVEL (the baseline too when the dimension has no score yet), capped at 5. The
 * target score is always the `minScore` of the target level, so a dimension already at level 5 (or
 * above a chosen lower target) has a gap of 0: it has reached its target.
 */
export function resolveTargets(
  result: AssessmentResult,
  questionnaire: Questionnaire,
  chosen: Targets,
): DimensionTarget[] {
  return result.dimensions.map(({ dimension, score, level }) => {
    const chosenLevel = chosen[dimension]
    const targetLevel = chosenLevel ?? nextLevel(level)
    const targetScore = minScoreOf(questionnaire, targetLevel)
    const gap = score === null ? targetScore : Math.max(0, roundToOneDecimal(targetScore - score))
    return {
      dimension,
      currentLevel: level,
      targetLevel,
      targetScore,
      gap,
      chosen: chosenLevel !== undefined,
    }
  })
}

function nextLevel(level: LevelNumber | null): LevelNumber {
  if (level === null) return BASELINE_TARGET_LEVEL
  return Math.min(5, Math.max(level + 1, BASELINE_TARGET_LEVEL)) as LevelNumber
}

/** A validated questionnaire always has all five levels; 100 is only a guard for a broken file. */
function minScoreOf(questionnaire: Questionnaire, level: LevelNumber): number {
  return questionnaire.levels.find((l) => l.level === level)?.minScore ?? 100
}
