/**
 * Fans events out to every connected window or browser tab. Services only know `emit`.
 */
import type { EventName, EventPayload } from '../../shared/api'

export type EventSink = (event: EventName, payload: unknown) => void

export class EventHub {
  private readonly sinks = new Set<EventSink>()

  emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    for (const sink of this.sinks) {
      try {
        sink(event, payload)
      } catch {
        /* a closed window or tab must not stop the others */
      }
    }
  }

  subscribe(sink: EventSink): () => void {
    this.sinks.add(sink)
    return () => this.sinks.delete(sink)
  }
}
