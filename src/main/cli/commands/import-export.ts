import { readFileSync, writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { UsageError, type Command } from '../command'
import { CATALOG } from '../catalog'
import { DEMO_FILE_NAME, demoImport } from '../../demo/demo-import'

export const importCommand: Command = {
  ...CATALOG['import'],
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
  ...CATALOG['export'],
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
