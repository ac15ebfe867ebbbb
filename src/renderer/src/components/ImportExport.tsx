/**
 * Import a JSON or CSV file (read here with FileReader; the services tell JSON from CSV by
 * the content, so a CSV saved as .txt works) and
 * export everything as JSON or CSV (downloaded through a Blob URL).
 */
import { useRef, useState } from 'react'
import { client } from '../api-client'
import { errorText } from '../lib/format'
import { useToast } from './Toasts'

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? ''))
    reader.onerror = () => reject(new Error(`Could not read ${file.name}.`))
    reader.readAsText(file)
  })
}

export function ImportButton({ label = 'Import', className = 'btn' }: { label?: string; className?: string }) {
  const input = useRef<HTMLInputElement>(null)
  const toast = useToast()
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)

  const onFile = async (file: File | undefined) => {
    if (!file) return
    setBusy(true)
    try {
      const content = await readFile(file)
      const result = await client.importData({ content, fileName: file.name })
      setProblem(undefined)
      const parts = [`Imported ${result.imported} application${result.imported === 1 ? '' : 's'}`]
      if (result.updated) parts.push(`updated ${result.updated}`)
      toast(parts.join(', '))
    } catch (e) {
      setProblem(errorText(e))
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <div className="import">
      <button type="button" className={className} onClick={() => input.current?.click()} disabled={busy}>
        {busy ? 'Importing…' : label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,.txt,.tsv,application/json,text/csv,text/plain"
        className="visually-hidden"
        aria-hidden="true"
        data-testid="import-file"
        tabIndex={-1}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {problem && (
        <div className="form-error import-error" role="alert">
          {!/nothing was imported/i.test(problem) && <strong>Nothing was imported. </strong>}
          {problem.split('\n').map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      )}
    </div>
  )
}

export function ExportButtons() {
  const toast = useToast()
  const download = async (format: 'json' | 'csv') => {
    try {
      const { content, fileName } = await client.exportData({ format })
      const blob = new Blob([content], { type: format === 'json' ? 'application/json' : 'text/csv' })
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = fileName
      document.body.append(a)
      a.click()
      a.remove()
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
  }
  return (
    <div className="button-row">
      <button type="button" className="btn" onClick={() => void download('json')}>
        Export JSON
      </button>
      <button type="button" className="btn" onClick={() => void download('csv')}>
        Export CSV
      </button>
    </div>
  )
}
