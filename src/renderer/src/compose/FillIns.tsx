/**
 * The values a draft still misses ("[first name?]"), as chips: choose one, type the value,
 * and it is filled in everywhere it is missing in the subject and the message.
 */
import { useState } from 'react'
import { labelOf } from '../../../shared/core/templates'

export function FillIns({ missing, onFill }: { missing: string[]; onFill: (name: string, value: string) => void }) {
  const [open, setOpen] = useState<string>()
  const [value, setValue] = useState('')
  if (!missing.length) return null
  const fill = () => {
    if (open && value.trim()) onFill(open, value.trim())
    setOpen(undefined)
    setValue('')
  }
  return (
    <div className="fill-ins" role="group" aria-label="Missing details">
      <span className="small muted">Missing details:</span>
      {missing.map((name) => (
        <button
          key={name}
          type="button"
          className={open === name ? 'chip chip-open' : 'chip'}
          aria-expanded={open === name}
          onClick={() => {
            setOpen(open === name ? undefined : name)
            setValue('')
          }}
        >
          {labelOf(name)}?
        </button>
      ))}
      {open && (
        <span className="fill-in-editor">
          <input
            aria-label={`Fill in ${labelOf(open)}`}
            value={value}
            autoFocus
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                fill()
              }
              if (e.key === 'Escape') {
                e.stopPropagation()
                e.preventDefault()
                setOpen(undefined)
              }
            }}
          />
          <button type="button" className="btn btn-small" disabled={!value.trim()} onClick={fill}>
            Fill in
          </button>
        </span>
      )}
    </div>
  )
}
