/** The sync state's schema lives with the store that saves it (src/main/store/sync-state.ts). */
export { MailboxRole, SyncState, syncStateId } from '../../store/sync-state'
