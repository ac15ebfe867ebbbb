/**
 * Starting the desktop app: who it is to Windows (the AppUserModelID that toasts are
 * attributed to), and what happens when setting up fails: a dialog with the reason and a
 * clean exit, instead of a windowless process that holds the single-instance lock so
 * that relaunching does nothing.
 */
import type { App, Dialog } from 'electron'

/** The appId in electron-builder.yml: Windows matches toasts to the Start-menu shortcut by it. */
export const APP_USER_MODEL_ID = 'app.afterview.desktop'

export function identifyApp(app: Pick<App, 'setAppUserModelId'>, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
}

export function startupFailureText(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `Afterview could not start: ${reason}\n\nYour data was not changed. If this keeps happening, start Afterview from a terminal (afterview serve works without the desktop app) and report the message above.`
}

/** Runs the setup once Electron is ready; any failure (thrown or rejected) is shown and ends the app. */
export function startWhenReady(
  app: Pick<App, 'whenReady' | 'exit' | 'releaseSingleInstanceLock'>,
  dialog: Pick<Dialog, 'showErrorBox'>,
  setup: () => void | Promise<void>,
  log: (error: unknown) => void = (error) => console.error(error)
): Promise<void> {
  return app
    .whenReady()
    .then(setup)
    .catch((error: unknown) => {
      log(error)
      try {
        dialog.showErrorBox('Afterview could not start', startupFailureText(error))
      } finally {
        app.releaseSingleInstanceLock()
        app.exit(1)
      }
    })
}
