import type { StageInReview } from '../../../shared/api'
import type { Stage } from '../../../shared/model'
import { stageLabel } from '../lib/format'
import { hrefTo } from '../lib/router'

export function StagePill({ stage }: { stage: Stage }) {
  return <span className={`pill pill-${stage}`}>{stageLabel(stage)}</span>
}

/** What a mail seems to say, by the stage it would move the application to. */
const READING: Partial<Record<Stage, string>> = { rejected: 'Rejection', offer: 'Offer' }

/**
 * Beside the stage: a rejection (or offer) read from the mail waits in Review, so the stage shown is not settled.
 * A link where it can be one (the application page); plain words inside a row that is a link already (the list).
 */
export function StageInReviewHint({ inReview, link = false }: { inReview: StageInReview; link?: boolean }) {
  const text = `${READING[inReview.stage] ?? stageLabel(inReview.stage)}? Check in Review`
  const title = 'Afterview read this in their mail and waits for you to confirm it: nothing has changed yet.'
  return link ? (
    <a className="stage-in-review" href={hrefTo({ page: 'review', proposal: inReview.proposalId })} title={title}>
      {text}
    </a>
  ) : (
    <span className="stage-in-review" title={title}>
      {text}
    </span>
  )
}
