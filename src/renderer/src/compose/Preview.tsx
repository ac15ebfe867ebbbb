/**
 * The message as the recipient will read it; a value still missing shows as a marked
 * "[first name?]" so it is seen before sending (Send stays off until it is filled in).
 */
import { previewParts } from '../../../shared/core/templates'

function Marked({ text }: { text: string }) {
  return (
    <>
      {previewParts(text).map((p, i) =>
        'text' in p ? (
          <span key={i}>{p.text}</span>
        ) : (
          <mark key={i} className="compose-missing" title={`Fill in ${p.missing}`}>
            {p.marker}
          </mark>
        )
      )}
    </>
  )
}

export function Preview({ subject, body }: { subject: string; body: string }) {
  return (
    <section className="compose-preview" aria-label="Preview">
      <h3 className="small muted">Preview</h3>
      <p className="compose-preview-subject">
        <Marked text={subject} />
      </p>
      {/* Focusable, so a long message can be scrolled with the keyboard. */}
      <div className="compose-preview-body pre-line" tabIndex={0} role="region" aria-label="What they will read">
        <Marked text={body} />
      </div>
    </section>
  )
}
