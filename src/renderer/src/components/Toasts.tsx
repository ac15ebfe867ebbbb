/**
 * Short messages at the bottom of the window ("Marked done · Undo", errors).
 * Announced to screen readers through a polite live region.
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react'

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: { label: string; run: () => void }
}
type ShowToast = (message: string, options?: { tone?: Toast['tone']; action?: Toast['action'] }) => void

const ToastContext = createContext<ShowToast>(() => {})
export const useToast = () => useContext(ToastContext)

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const next = useRef(1)
  const close = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), [])
  const show = useCallback<ShowToast>(
    (message, options) => {
      const id = next.current++
      setToasts((list) => [...list.slice(-2), { id, message, tone: options?.tone ?? 'info', action: options?.action }])
      window.setTimeout(() => close(id), options?.tone === 'error' ? 10_000 : 7_000)
    },
    [close]
  )
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`}>
            <span>{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="btn btn-link"
                onClick={() => {
                  t.action?.run()
                  close(t.id)
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" className="btn-icon" aria-label="Close message" onClick={() => close(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}
