/**
 * When the machine wakes. Timers stand still while it sleeps: reminders are planned again, and the mail is checked at
 * once. A connection watching the INBOX (IDLE) is dead after a sleep, and nothing told this end: left alone, new mail
 * waited for the connection's next write (the IDLE restart, connection.ts) while the status said "watching".
 */
export interface PowerEvents {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown
}

export function followWake(power: PowerEvents, on: { replan: () => void; checkMail: () => void }): void {
  power.on('resume', () => {
    on.replan()
    on.checkMail()
  })
  power.on('unlock-screen', () => on.replan())
}
