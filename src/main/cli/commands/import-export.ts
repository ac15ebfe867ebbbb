import { readFileSync, writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { UsageError, type Command } from '../command'

export const importCommand: Command = {
  name: 'import',
  summary: 'import applications from a JSON or CSV file',
  usage: 'afterview import FILE [--format json|csv] [--data-dir DIR]',
  options: { format: { type: 'string' } },
  async run({ values, positionals }, ctx) {
    const file = positionals[0]
    if (!file) throw new UsageError('Which file? Give the path of a .json or .csv file.')
    const format = (values.format as string | undefined) ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : 'json')
    if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`)
    let content: string
    try {
      content = readFileSync(file, 'utf8')
    } catch (error) {
      ctx.io.err(`Could not read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}`)
      return 1
    }
    const result = await ctx.services().importData({ format, content, fileName: file })
    ctx.io.out(`Imported ${result.imported} new application${result.imported === 1 ? '' : 's'}${result.updated ? `, updated ${result.updated}` : ''} into ${ctx.dataDir}.`)
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
    const { content } = await ctx.services().exportData({ format })
    if (!file) {
      process.stdout.write(content.endsWith('\n') ? content : `${content}\n`)
      return 0
    }
    writeFileSync(file, content)
    ctx.io.err(`Wrote ${file}.`)
    return 0
  }
}
