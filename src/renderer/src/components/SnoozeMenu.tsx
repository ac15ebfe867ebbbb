/**
 * "Snooze" button with a small menu: 1 hour, tomorrow morning 9:00, or a chosen time.
 * Escape closes it and returns focus to the button.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { fromLocalInput, toLocalInput, tomorrowMorning } from '../lib/format'

export function SnoozeMenu({ onSnooze, label = 'Snooze' }: { onSnooze: (until: string) => void; label?: string }) {
  const [open, setOpen] = useState(false)
  const [picked, setPicked] = useState('')
  const [problem, setProblem] = useState<string>()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const id = useId()

  useEffect(() => {
    if (!open) return
    const onDown = (e: MouseEvent) => {
      if (!panel.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    panel.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus()
    return () => document.removeEventListener('mousedown', onDown)
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const choose = (until: string) => {
    setOpen(false)
    onSnooze(until)
  }
  const pick = () => {
    const until = fromLocalInput(picked)
    if (!until) return setProblem('Choose a date and time.')
    if (Date.parse(until) <= Date.now()) return setProblem('Choose a time in the future.')
    setProblem(undefined)
    choose(until)
  }

  return (
    <div
      className="menu-wrap"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          close()
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn btn-small"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={id}
        onClick={(e) => {
          e.stopPropagation()
          setOpen(!open)
        }}
      >
        {label}
      </button>
      {open && (
        <div ref={panel} id={id} className="menu" role="menu" aria-label="Snooze until" onClick={(e) => e.stopPropagation()}>
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() => choose(new Date(Date.now() + 3_600_000).toISOString())}
          >
            For 1 hour
          </button>
          <button type="button" role="menuitem" className="menu-item" onClick={() => choose(tomorrowMorning(Date.now()))}>
            Tomorrow morning, 9:00
          </button>
          <div className="menu-pick">
            <label htmlFor={`${id}-at`}>Until</label>
            <input
              id={`${id}-at`}
              type="datetime-local"
              value={picked}
              min={toLocalInput(Date.now())}
              onChange={(e) => setPicked(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') pick()
              }}
            />
            <button type="button" className="btn btn-small btn-primary" onClick={pick}>
              Snooze until then
            </button>
            {problem && (
              <p className="field-error" role="alert">
                {problem}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
