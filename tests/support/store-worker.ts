/**
 * A second process writing to the same data directory: adds `count` notes to one
 * application as fast as it can. Used by the store concurrency test.
 */
import { openStore } from '../../src/main/store'

const [dataDir, id, count, label] = process.argv.slice(2)
const store = openStore(dataDir)
async function run() {
  for (let i = 0; i < Number(count); i++) {
    await store.applications.update(id, (app) => {
      app.events.push({ id: `${label}-${i}`, at: new Date().toISOString(), type: 'note', text: `${label} ${i}` })
      return app
    })
  }
  store.close()
}
run().catch((error) => {
  process.stderr.write(String(error))
  process.exit(1)
})
