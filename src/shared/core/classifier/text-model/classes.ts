/** The model's classes, in the order its weights are stored. */
export const CLASSES = ['acknowledgement', 'interview_request', 'assessment', 'rejection', 'offer', 'update', 'unrelated'] as const
