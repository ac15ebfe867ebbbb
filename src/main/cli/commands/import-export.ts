import { readFileSync, writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { UsageError, type Command } from '../command'
import { DEMO_FILE_NAME, demoImport } from '../../demo/demo-import'

export const importCommand: Command = {
  name: 'import',
  summary: 'import applications from a JSON or CSV file (or the demo employer with --demo)',
  usage: `afterview import FILE [--date-order day-first|month-first] [--data-dir DIR]
       afterview import --demo   (the employer of the npm run mail:dev demo mailbox)
  JSON or CSV is read from the content, whatever the file is called (a CSV saved as .txt works).
  --date-order day-first|month-first: how to read dates like 03/04/2026 that could be either;
  without it they follow the settings, else each one is listed to fix.`,
  // --format is still accepted from older scripts; the content decides.
  options: { format: { type: 'string' }, demo: { type: 'boolean' }, 'date-order': { type: 'string' } },
  async run({ values, positionals }, ctx) {
    const file = positionals[0]
    const format = values.format as string | undefined
    if (format !== undefined && format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`)
    const dateOrder = values['date-order'] as string | undefined
    if (dateOrder !== undefined && dateOrder !== 'day-first' && dateOrder !== 'month-first')
      throw new UsageError(`--date-order must be day-first (22/11/2026) or month-first (11/22/2026), not "${dateOrder}"`)
    let content: string
    let fileName: string
    if (values.demo) {
      if (file) throw new UsageError('Give either --demo or a file, not both.')
      content = demoImport({ now: ctx.now() })
      fileName = DEMO_FILE_NAME
    } else {
      if (!file) throw new UsageError('Which file? Give the path of a .json or .csv file (or --demo for the demo employer).')
      try {
        content = readFileSync(file, 'utf8')
      } catch (error) {
        ctx.io.err(
          `Could not read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}`
        )
        return 1
      }
      fileName = file
    }
    const result = await ctx.api().importData({ ...(format ? { format } : {}), ...(dateOrder ? { dateOrder } : {}), content, fileName })
    ctx.io.out(
      `Imported ${result.imported} new application${result.imported === 1 ? '' : 's'}${result.updated ? `, updated ${result.updated}` : ''} into ${ctx.dataDir}.`
    )
    return 0
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export all applications as JSON (re-importable) or CSV',
  usage: 'afterview export [--format json|csv] [FILE] [--data-dir DIR]',
  options: { format: { type: 'string' } },
  async run({ values, positionals }, ctx) {
    const file = positionals[0]
    const format = (values.format as string | undefined) ?? (file && extname(file).toLowerCase() === '.csv' ? 'csv' : 'json')
    if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`)
    const { content } = await ctx.api().exportData({ format })
    if (!file) {
      process.stdout.write(content.endsWith('\n') ? content : `${content}\n`)
      return 0
    }
    writeFileSync(file, content)
    ctx.io.err(`Wrote ${file}.`)
    return 0
  }
}
