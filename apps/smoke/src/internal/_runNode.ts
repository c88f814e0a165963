import { execFile } from 'node:child_process'

/** What a child `node` process printed and how it ended. */
export type NodeRun = { code: number; stdout: string; stderr: string }

/**
 * Runs plain `node <args>` in `cwd`: no `--conditions` flag and an empty `NODE_OPTIONS`, so the `@k/source` export
 * condition (monorepo only) is never active and every `@k/*` import resolves the way a user's would.
 */
export function runNode(args: readonly string[], cwd: string, timeoutMs = 30_000): Promise<NodeRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...args],
      { cwd, timeout: timeoutMs, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ code, stdout, stderr })
      },
    )
  })
}
