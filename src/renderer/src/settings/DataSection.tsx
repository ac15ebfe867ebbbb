/**
 * Import a spreadsheet (CSV) or an Afterview/other JSON file; export everything.
 */
import { ExportButtons, ImportButton } from '../components/ImportExport'

export function DataSection() {
  return (
    <div className="stack">
      <div>
        <h3 className="subheading">Import</h3>
        <p className="muted small">A .csv with columns like Company, Role, Applied, Status, Contact, Email, or a .json file. Nothing is imported if a line has a problem; you will see which line and field.</p>
        <ImportButton />
      </div>
      <div>
        <h3 className="subheading">Export</h3>
        <p className="muted small">Everything Afterview knows about your applications, as JSON (complete) or CSV (one line per application).</p>
        <ExportButtons />
      </div>
    </div>
  )
}
