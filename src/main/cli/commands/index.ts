import type { Command } from '../command'
import { due } from './due'
import { exportCommand, importCommand } from './import-export'
import { serve } from './serve'
import { account } from './account'
import { sync } from './sync'
import { classify, explain } from './classify'
import { calendar, stats } from './stats'

/** Every CLI command: what each does (catalog.ts has what help says of them, and their order). */
export const commands: Command[] = [serve, importCommand, exportCommand, due, account, sync, classify, explain, stats, calendar]
