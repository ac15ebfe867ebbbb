/**
 * A mail's sender, shown safely (safeSender: bidi and zero-width characters neutralized,
 * an address inside the name called out, lookalike domains flagged).
 */
import { safeSender } from '../../../shared/core/safe-sender'

export function SenderLine({ from, knownDomains, prefix = 'From ' }: { from: string; knownDomains?: string[]; prefix?: string }) {
  const s = safeSender(from, { knownDomains })
  return (
    <div className="message-from">
      {prefix}
      {s.label || 'unknown sender'}
      {s.warnings.map((w) => (
        <div key={w} className="sender-warning small" role="note">
          Careful: {w}.
        </div>
      ))}
    </div>
  )
}
