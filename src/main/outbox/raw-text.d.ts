/** Template files bundled as text (vite `?raw`), so they travel inside the app bundle. */
declare module '*.md?raw' {
  const text: string
  export default text
}
