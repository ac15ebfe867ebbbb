/**
 * Settings: a list of sections on the left (from settings/sections.ts), the chosen one
 * on the right. Each section has its own deep link, #/settings/<id>.
 */
import { settingsSections } from '../settings/sections'
import { hrefTo } from '../lib/router'

export function SettingsPage({ section }: { section?: string }) {
  const current = settingsSections.find((s) => s.id === section) ?? settingsSections[0]
  const Section = current.component
  return (
    <div className="page">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <div className="settings">
        <nav aria-label="Settings sections" className="settings-nav">
          <ul>
            {settingsSections.map((s) => (
              <li key={s.id}>
                <a
                  href={hrefTo({ page: 'settings', section: s.id })}
                  className={s.id === current.id ? 'nav-link active' : 'nav-link'}
                  aria-current={s.id === current.id ? 'page' : undefined}
                >
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <section className="card settings-panel" aria-labelledby="settings-section-heading">
          <header className="settings-panel-header">
            <h2 id="settings-section-heading">{current.title}</h2>
            {current.description && <p className="muted small">{current.description}</p>}
          </header>
          <Section key={current.id} />
        </section>
      </div>
    </div>
  )
}
