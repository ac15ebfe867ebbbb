/**
 * Regular expressions compiled straight to machine code from the first mail a process reads
 * (issue 14). By default V8 compiles a regular expression to bytecode on its first run and
 * again to machine code on its second. The classifier's phrase patterns (Unicode,
 * case-insensitive, with letter classes) cost about 0.6 ms per compile, so the first
 * classifications of a process paid twice: 10 mails took 95 ms instead of 42. Set only once
 * mail is about to be read: the start-up code's own expressions, run once each, are cheaper
 * as bytecode (a sync with nothing new stays as it was). Matches are the same either way.
 */
import { setFlagsFromString } from 'node:v8'

let set = false

export function compileRegExpsToMachineCode(): void {
  if (set) return
  set = true
  setFlagsFromString('--no-regexp-tier-up')
}
