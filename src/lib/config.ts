/*
 * Everything the build is told by its environment, read here so that no other module touches
 * `import.meta.env`.
 */
const env = import.meta.env

/** The Nextoria API root, including its version segment. */
export const apiBaseUrl: string = env.VITE_API_BASE_URL || 'https://api.nextoriahub.com/v1'
