/**
 * Import a spreadsheet (CSV) or an Afterview/other JSON file; export everything. The date
 * order says how an import reads a date like 03/04/2026 that could be either.
 */
import type { DateOrder } from '../../../shared/model'
import { ExportButtons, ImportButton } from '../components/ImportExport'
import { Field } from '../components/Field'
import { useSettings } from './useSettings'

export function DataSection() {
  const { settings, error, save } = useSettings()
  return (
    <div className="stack">
      <div>
        <h3 className="subheading">Import</h3>
        <p className="muted small">
          A .csv (or a CSV saved as .txt) with columns like Company, Role, Applied, Status, Contact, Email, or a .json file. Nothing is
          imported if a line has a problem; you will see every problem with its line and column.
        </p>
        <Field
          label="Dates like 03/04/2026 in your files"
          error={error}
          hint="Dates that can only be read one way (2026-11-22, 11/22/2026, Nov 22, 2026) are always read right."
        >
          <select
            value={settings?.dateOrder ?? ''}
            disabled={!settings}
            onChange={(e) => void save({ dateOrder: e.target.value as DateOrder })}
          >
            <option value="">Ask me: list them as problems to fix</option>
            <option value="day-first">Day first: 03/04/2026 is 3 April 2026</option>
            <option value="month-first">Month first: 03/04/2026 is March 4, 2026</option>
          </select>
        </Field>
        <ImportButton />
      </div>
      <div>
        <h3 className="subheading">Export</h3>
        <p className="muted small">
          Everything Afterview knows about your applications, as JSON (complete) or CSV (one line per application).
        </p>
        <ExportButtons />
      </div>
    </div>
  )
}
