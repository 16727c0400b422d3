// The floor has no start-up work. Without its own file, `next build bench/floor` (Next 16.4,
// Turbopack root at the repository) compiled the app's instrumentation.ts and failed on its imports.
export function register() {}
