/** A day and time as the app shows them ("Thu, Dec 10, 14:00"), in UTC: the tests run the browser in UTC. */
export const shownDayTime = (when: Date | string): string =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).format(new Date(when))
