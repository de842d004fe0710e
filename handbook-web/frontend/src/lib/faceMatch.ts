// Face matching at the kiosk: the descriptors never leave the kiosk's browser; the rule is here so it is
// tested on its own, away from the camera and the model.

/** face-api's own advice is 0.6; the hall's kiosk errs on the side of "scan your card" rather than a wrong name. */
export const MATCH_THRESHOLD = 0.5
/**
 * Two enrolled faces almost equally close (twins, a blurred frame) are not a match: the second must be at
 * least this much farther than the first.
 */
export const AMBIGUITY_MARGIN = 0.04
/** The same delegate is not posted again within this time (they stay in front of the camera for a while). */
export const REPEAT_AFTER_MS = 15_000

export interface EnrolledFace {
  delegateId: number
  fullName: string
  seat?: string
  descriptor: ArrayLike<number>
}

export type MatchResult =
  | { kind: 'match'; face: EnrolledFace; distance: number }
  | { kind: 'unknown'; distance: number | null }
  | { kind: 'ambiguous'; distance: number }

export function euclidean(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`descriptor lengths differ: ${a.length} ≠ ${b.length}`)
  let sum = 0
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    sum += d * d
  }
  return Math.sqrt(sum)
}

/** The nearest enrolled face if it is within the threshold and clearly nearer than any other delegate's. */
export function bestMatch(
  probe: ArrayLike<number>,
  enrolled: readonly EnrolledFace[],
  threshold = MATCH_THRESHOLD,
  margin = AMBIGUITY_MARGIN,
): MatchResult {
  let best: { face: EnrolledFace; distance: number } | null = null
  let second = Infinity
  for (const face of enrolled) {
    if (face.descriptor.length !== probe.length) continue
    const distance = euclidean(probe, face.descriptor)
    if (!best || distance < best.distance) {
      if (best && best.face.delegateId !== face.delegateId) second = Math.min(second, best.distance)
      best = { face, distance }
    } else if (face.delegateId !== best.face.delegateId) {
      second = Math.min(second, distance)
    }
  }
  if (!best) return { kind: 'unknown', distance: null }
  if (best.distance >= threshold) return { kind: 'unknown', distance: best.distance }
  if (second - best.distance < margin) return { kind: 'ambiguous', distance: best.distance }
  return { kind: 'match', face: best.face, distance: best.distance }
}

/**
 * Remembers whom the kiosk has just checked in, so a delegate standing in front of the camera is posted once,
 * not at every frame; someone else may be checked in meanwhile.
 */
export class RepeatGuard {
  private readonly last = new Map<number, number>()

  constructor(private readonly quietMs = REPEAT_AFTER_MS) {}

  /** True (and remembered) if this delegate was not let through within the quiet time. */
  admit(delegateId: number, now: number): boolean {
    const before = this.last.get(delegateId)
    if (before !== undefined && now - before < this.quietMs) return false
    this.last.set(delegateId, now)
    return true
  }

  /** Forget a delegate whose post failed (a network error), so that the next frame tries again. */
  forget(delegateId: number): void {
    this.last.delete(delegateId)
  }
}
