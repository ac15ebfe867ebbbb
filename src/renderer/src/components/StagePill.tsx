import type { Stage } from '../../../shared/model'
import { stageLabel } from '../lib/format'

export function StagePill({ stage }: { stage: Stage }) {
  return <span className={`pill pill-${stage}`}>{stageLabel(stage)}</span>
}
